import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { DraftStore } from './draft-store';
import type { Draft } from '@/utils/report/draft';
import { withoutTag, withTags } from '@/utils/report/tags';
import { TagChips } from './TagChips';
import { TagInput } from './TagInput';

/**
 * The campaigns and tags of one report, in the composer: the ones it has (each removable) and a
 * field to add some (comma-separated). Tidied by tags.ts on every write.
 */
export function TagsField({ draft, onChanged, drafts }: { draft: Draft; onChanged: () => void; drafts: DraftStore }) {
  const [error, setError] = useState<string | null>(null);
  const write = async (change: (tags: readonly string[]) => string[]) => {
    setError(null);
    try {
      await drafts.update(draft.id, (d) => ({ ...d, tags: change(d.tags) }));
      onChanged();
      return true;
    } catch (e) {
      setError(`${t('saveFailed')} ${e instanceof Error ? e.message : ''}`);
      return false;
    }
  };
  return (
    <div class="tags-field" data-testid="tags-field">
      <TagChips
        tags={draft.tags}
        testId="report-tags"
        onRemove={(name) => void write((tags) => withoutTag(tags, name))}
      />
      <TagInput
        id={`tags-${draft.id}`}
        button={t('tagsAdd')}
        onAdd={(added) => write((tags) => withTags(tags, added))}
        testIds={{ input: 'tags-input', button: 'tags-add' }}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
