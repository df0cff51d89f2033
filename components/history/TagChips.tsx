import { t } from '@/utils/i18n';

/** A report's campaigns and tags as a list, each with a button that removes it (named for screen readers). */
export function TagChips(props: { tags: readonly string[]; testId: string; onRemove: (tag: string) => void }) {
  if (props.tags.length === 0) return null;
  return (
    <ul class="tags" aria-label={t('historyTags')} data-testid={props.testId}>
      {props.tags.map((name) => (
        <li key={name} class="tag" data-tag={name}>
          {name}{' '}
          <button
            type="button"
            class="link small"
            aria-label={t('historyTagRemove', name)}
            data-testid="tag-remove"
            onClick={() => props.onRemove(name)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
