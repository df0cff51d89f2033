import { t } from '@/utils/i18n';

/**
 * A capture, blurred until the user chooses to see it: reported content can be violent or
 * shocking, and a parent may be reporting with a child nearby.
 */
export function ScreenshotViewer(props: { src: string; alt: string; revealed: boolean; onToggle: () => void }) {
  return (
    <figure class={`shot ${props.revealed ? 'revealed' : 'blurred'}`}>
      <img src={props.src} alt={props.alt} data-testid="screenshot" />
      <figcaption>
        <button type="button" aria-pressed={props.revealed} onClick={props.onToggle} data-testid="reveal">
          {props.revealed ? t('screenshotHide') : t('screenshotReveal')}
        </button>
      </figcaption>
    </figure>
  );
}
