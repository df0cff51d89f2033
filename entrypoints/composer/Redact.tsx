import { useState } from 'preact/hooks';
import { ScreenshotViewer } from '@/components/ScreenshotViewer';
import { t } from '@/utils/i18n';
import type { Artefact, Draft } from '@/utils/report/draft';
import { lazy } from './lazy';

/** The redaction editor and its image code, loaded on "Hide parts" only (the composer stays small). */
const LazyRedact = lazy(() => import('./RedactEditor').then((m) => m.Redact), {
  fallback: () => <p class="muted">{t('loading')}</p>,
  failed: () => <p class="error">{t('redactFailed')}</p>,
});

/**
 * An original capture image with its redacted copies ("redacted copy of …") and the button that
 * opens the editor. Copies are made from originals only.
 */
export function RedactableImage(props: {
  draft: Draft;
  original: Artefact;
  copies: Artefact[];
  urls: Map<string, string>;
  alt: string;
  revealed: boolean;
  onToggle: () => void;
  onChanged: () => void;
}) {
  const { original } = props;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const src = props.urls.get(original.id);
  if (!src) return null;
  return (
    <div class="redactable" data-testid="redactable" data-artefact={original.id} data-kind={original.kind}>
      <ScreenshotViewer src={src} alt={props.alt} revealed={props.revealed} onToggle={props.onToggle} />
      {props.draft.mode === 'full' &&
        (editing ? (
          <LazyRedact
            draft={props.draft}
            original={original}
            src={src}
            alt={props.alt}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
              props.onChanged();
            }}
          />
        ) : (
          <p class="row">
            <button
              type="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              data-testid="redact-open"
            >
              {t('redactOpen')}
            </button>
            {saved && (
              <span role="status" data-testid="redact-saved">
                {t('redactSaved')}
              </span>
            )}
          </p>
        ))}
      {props.copies.map((copy) => {
        const url = props.urls.get(copy.id);
        return url ? (
          <div key={copy.id} class="redacted-copy" data-testid="redacted-copy" data-artefact={copy.id}>
            <p class="muted">{t('redactCopyOf', props.alt)}</p>
            <ScreenshotViewer
              src={url}
              alt={t('redactCopyOf', props.alt)}
              revealed={props.revealed}
              onToggle={props.onToggle}
            />
          </div>
        ) : null;
      })}
    </div>
  );
}
