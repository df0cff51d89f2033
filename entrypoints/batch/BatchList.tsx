/**
 * The batch's items: what each is, its warnings, and its own description, edited inline and saved
 * in its draft a moment after the volunteer stops typing (at once when the field is left).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { channelName } from '@/components/history/labels';
import { readyToHandOff, type BatchWarning } from '@/utils/handoff/batch';
import { descriptionProblem } from '@/utils/handoff/batch-items';
import { hostOf } from '@/utils/handoff/text';
import { formatDateTime, t, uiLanguage } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { categoryById, isCategoryId } from '@/utils/qualify/taxonomy';
import type { Draft } from '@/utils/report/draft';
import { composerUrl } from '@/utils/report/urls';

const SAVE_DELAY_MS = 600;

function WarningLine({ warning }: { warning: BatchWarning }) {
  const parts: string[] = [];
  if (warning.sentBefore)
    parts.push(
      t('batchSentBefore', [
        warning.sentBefore.channelIds.map(channelName).join(', '),
        formatDateTime(warning.sentBefore.at),
      ]),
    );
  if (warning.repeatedInBatch) parts.push(t('batchRepeated'));
  if (warning.lists.length > 0) parts.push(t('batchOnList', warning.lists.join(', ')));
  return (
    <p class="notice small" data-testid="batch-warning">
      {parts.join(' ')}
    </p>
  );
}

/** One item's description: its own words, saved through `onSave`; too long is said and kept here, never cut. */
function ItemDescription(props: { draft: Draft; index: number; onSave: (id: string, text: string) => Promise<void> }) {
  const stored = props.draft.narrative.description;
  const [text, setText] = useState(stored);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The shared text written into the draft (or another page's edit) shows here unless the volunteer is typing.
  useEffect(() => {
    if (pending.current === null) setText(stored);
  }, [stored]);
  const problem = descriptionProblem(text);
  const tooLong = problem?.kind === 'too-long' ? problem : null;

  const flush = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    if (descriptionProblem(value)?.kind === 'too-long') return;
    setState('saving');
    try {
      await props.onSave(props.draft.id, value);
      setState('saved');
    } catch {
      setState('error');
    }
  };
  useEffect(() => () => void flush(), []);

  const id = `batch-description-${props.draft.id}`;
  return (
    <div class="batch-description">
      <label for={id} class="small">
        {t('batchItemDescription')}
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-invalid={tooLong !== null}
        aria-describedby={tooLong ? `${id}-error` : undefined}
        onInput={(e) => {
          const value = (e.target as HTMLTextAreaElement).value;
          setText(value);
          pending.current = value;
          setState('idle');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
        }}
        onBlur={() => void flush()}
        data-testid="batch-item-description"
      />
      {tooLong && (
        <p class="error small" role="alert" id={`${id}-error`} data-testid="batch-description-error">
          {t('batchDescriptionTooLong', [String(tooLong.length), String(tooLong.max)])}
        </p>
      )}
      <p class="muted small" aria-live="polite" data-testid="batch-description-state" data-state={state}>
        {state === 'saving' && t('narrativeSaving')}
        {state === 'saved' && t('narrativeSaved')}
        {state === 'error' && t('saveFailed')}
      </p>
    </div>
  );
}

export function BatchList(props: {
  items: Draft[];
  warnings: Map<string, BatchWarning>;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onSelectAll: (all: boolean) => void;
  onSaveDescription: (id: string, text: string) => Promise<void>;
}) {
  const lang = uiLanguage();
  const all = props.items.every((d) => props.selected.has(d.id));
  return (
    <table class="batch-list" data-testid="batch-list">
      <caption class="sr-only">{t('batchTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              checked={all}
              aria-label={t('batchSelectAll')}
              onChange={() => props.onSelectAll(!all)}
              data-testid="batch-select-all"
            />
          </th>
          <th scope="col">{t('batchColumnContent')}</th>
          <th scope="col">{t('batchColumnCategory')}</th>
          <th scope="col">{t('batchColumnCaptured')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((d, index) => {
          const categoryId = d.qualification.categoryId;
          const place = d.platform?.platformName ?? hostOf(d.target.url) ?? d.target.url.slice(0, 60);
          return (
            <tr key={d.id} data-testid="batch-item" data-draft={d.id}>
              <td>
                <input
                  type="checkbox"
                  checked={props.selected.has(d.id)}
                  onChange={() => props.onToggle(d.id)}
                  aria-label={t('batchSelectItem', d.target.url.slice(0, 200))}
                />
              </td>
              <td>
                <strong>
                  {t('batchItemNumber', String(index + 1))} · {place}
                </strong>
                {d.platform?.authorHandle ? ` · ${d.platform.authorHandle}` : ''}
                <br />
                <a href={composerUrl(d.id)} target="_blank" rel="noopener" class="url">
                  {d.target.url.slice(0, 300)}
                </a>
                {props.warnings.has(d.id) && <WarningLine warning={props.warnings.get(d.id)!} />}
                <ItemDescription draft={d} index={index} onSave={props.onSaveDescription} />
              </td>
              <td>
                {categoryId && isCategoryId(categoryId)
                  ? inLang(categoryById[categoryId].label, lang)
                  : t('batchToQualify')}
                {readyToHandOff(d) ? ` · ${t('batchReady')}` : ''}
              </td>
              <td>{formatDateTime(d.observed.capturedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
