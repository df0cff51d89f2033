import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { draftsRepository } from '@/utils/db/drafts-repo';
import type { Draft } from '@/utils/report/draft';
import { parseTagInput, withoutTag, withTags } from '@/utils/report/tags';
import { TagChips } from './TagChips';

/**
 * The campaigns and tags of one report, in the composer: the ones it has (each removable) and a
 * field to add some (comma-separated). Tidied by tags.ts on every write.
 */
export function TagsField({ draft, onChanged }: { draft: Draft; onChanged: () => void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const write = async (change: (tags: readonly string[]) => string[]) => {
    setError(null);
    try {
      await draftsRepository.update(draft.id, (d) => ({ ...d, tags: change(d.tags) }));
      onChanged();
    } catch (e) {
      setError(`${t('saveFailed')} ${e instanceof Error ? e.message : ''}`);
    }
  };
  const added = parseTagInput(input);
  const fieldId = `tags-${draft.id}`;
  return (
    <form
      class="tags-field"
      data-testid="tags-field"
      onSubmit={(e) => {
        e.preventDefault();
        if (added.length === 0) return;
        void write((tags) => withTags(tags, added)).then(() => setInput(''));
      }}
    >
      <label for={fieldId}>{t('historyTagLabel')}</label>{' '}
      <TagChips
        tags={draft.tags}
        testId="report-tags"
        onRemove={(name) => void write((tags) => withoutTag(tags, name))}
      />
      <input
        id={fieldId}
        type="text"
        value={input}
        maxLength={400}
        placeholder={t('historyTagPlaceholder')}
        data-testid="tags-input"
        onInput={(e) => setInput((e.target as HTMLInputElement).value)}
      />{' '}
      <button type="submit" class="small" disabled={added.length === 0} data-testid="tags-add">
        {t('tagsAdd')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
