import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/**
 * "What happened", in the user's words, with a prompt fitted to the category, and the time of
 * publication when known (read on the page, or typed by the user). Saving is the parent's job.
 */
export function NarrativeField(props: {
  description: string;
  max: number;
  guidance: string;
  /** `YYYY-MM-DDTHH:mm` in the user's zone, or '' when unknown. */
  publishedLocal: string;
  publishedSource: 'page' | 'platform' | 'user' | null;
  /** The platform's time was computed by Vigie from the content's id, not stated by the page. */
  publishedDerived?: boolean;
  saveState: 'idle' | 'saving' | 'saved' | 'error';
  onDescription: (text: string) => void;
  onPublished: (local: string) => void;
  /** Asked only when the page did not say who posted the content (`null`: not asked). */
  author: string | null;
  onAuthor: (text: string) => void;
}) {
  const left = props.max - props.description.length;
  // The browser keeps a paste within the limit without a word: how much it dropped is said here.
  const [cutBy, setCutBy] = useState(0);
  return (
    <section class="narrative" data-testid="narrative">
      <label for="description">
        <strong>{t('narrativeLabel')}</strong>
      </label>
      <p class="muted small" id="description-hint">
        {props.guidance}
      </p>
      <textarea
        id="description"
        data-testid="description"
        rows={5}
        maxLength={props.max}
        aria-describedby={`description-hint description-count${cutBy > 0 ? ' description-cut' : ''}`}
        value={props.description}
        onPaste={(e) => {
          const area = e.currentTarget;
          const pasted = e.clipboardData?.getData('text/plain').replace(/\r\n?/g, '\n') ?? '';
          const room = props.max - (area.value.length - (area.selectionEnd - area.selectionStart));
          setCutBy(Math.max(0, pasted.length - room));
        }}
        onInput={(e) => {
          if ((e as unknown as InputEvent).inputType !== 'insertFromPaste') setCutBy(0);
          props.onDescription((e.target as HTMLTextAreaElement).value);
        }}
      />
      {cutBy > 0 && (
        <p class="error small" role="alert" id="description-cut" data-testid="description-cut">
          {t('narrativeCut', String(cutBy))}
        </p>
      )}
      <div class="row small muted">
        <span id="description-count">{t('narrativeLeft', String(left))}</span>
        <span role="status" aria-live="polite" data-testid="description-state">
          {props.saveState === 'saving'
            ? t('narrativeSaving')
            : props.saveState === 'saved'
              ? t('narrativeSaved')
              : props.saveState === 'error'
                ? t('saveFailed')
                : ''}
        </span>
      </div>
      <p>
        <label for="published-at">{t('narrativePublished')}</label>{' '}
        <input
          id="published-at"
          type="datetime-local"
          data-testid="published-at"
          aria-describedby={props.publishedSource && props.publishedSource !== 'user' ? 'published-source' : undefined}
          value={props.publishedLocal}
          onChange={(e) => props.onPublished((e.target as HTMLInputElement).value)}
        />
        {props.publishedSource && props.publishedSource !== 'user' && (
          <span class="muted small" id="published-source" data-testid="published-source">
            {' '}
            {t(
              props.publishedSource === 'page'
                ? 'narrativePublishedFromPage'
                : props.publishedDerived
                  ? 'narrativePublishedDerived'
                  : 'narrativePublishedFromPlatform',
            )}
          </span>
        )}
      </p>
      {props.author !== null && (
        <p>
          <label for="author-given">{t('narrativeAuthor')}</label>{' '}
          <input
            id="author-given"
            type="text"
            maxLength={300}
            autocomplete="off"
            data-testid="author-given"
            aria-describedby="author-given-hint"
            value={props.author}
            onChange={(e) => props.onAuthor((e.target as HTMLInputElement).value)}
          />
          <span class="muted small" id="author-given-hint">
            {' '}
            {t('narrativeAuthorHint')}
          </span>
        </p>
      )}
    </section>
  );
}
