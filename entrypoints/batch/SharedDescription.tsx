/**
 * The volunteer's account written once for the batch: copied, in one action, into every item that
 * has no description of its own yet; each item's own field (in the list) is then adjusted inline.
 * An empty or too long text is said, and nothing is written in its place.
 */
import { useState } from 'preact/hooks';
import { descriptionProblem, itemsTakingShared } from '@/utils/handoff/batch-items';
import { t, tCount } from '@/utils/i18n';
import type { Draft } from '@/utils/report/draft';

export function SharedDescription(props: { items: Draft[]; onApply: (ids: string[], text: string) => Promise<void> }) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = itemsTakingShared(props.items);
  const problem = descriptionProblem(text);

  const apply = async () => {
    if (busy || targets.length === 0) return;
    if (problem?.kind === 'empty') return setMessage({ kind: 'error', text: t('batchSharedEmpty') });
    if (problem?.kind === 'too-long')
      return setMessage({
        kind: 'error',
        text: t('batchDescriptionTooLong', [String(problem.length), String(problem.max)]),
      });
    setBusy(true);
    try {
      await props.onApply(targets, text.trim());
      setMessage({
        kind: 'done',
        text: tCount(targets.length, { one: 'batchSharedAppliedOne', other: 'batchSharedAppliedOther' }),
      });
    } catch {
      setMessage({ kind: 'error', text: t('saveFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="batch-shared" aria-labelledby="batch-shared-heading" data-testid="batch-shared">
      <h2 id="batch-shared-heading">{t('batchSharedHeading')}</h2>
      <label for="batch-shared-text">{t('batchSharedLabel')}</label>
      <textarea
        id="batch-shared-text"
        rows={4}
        value={text}
        aria-describedby="batch-shared-hint"
        aria-invalid={problem?.kind === 'too-long'}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          setMessage(null);
        }}
        data-testid="batch-shared-text"
      />
      <p id="batch-shared-hint" class="muted small">
        {t('batchSharedHint')}
      </p>
      {targets.length > 0 ? (
        <p class="row">
          <button type="button" disabled={busy} onClick={() => void apply()} data-testid="batch-shared-apply">
            {tCount(targets.length, { one: 'batchSharedApplyOne', other: 'batchSharedApplyOther' })}
          </button>
        </p>
      ) : (
        <p class="muted small" data-testid="batch-shared-none">
          {t('batchSharedAllDescribed')}
        </p>
      )}
      {message && (
        <p
          class={message.kind === 'error' ? 'error' : 'small'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="batch-shared-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
