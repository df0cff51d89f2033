import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { parseTagInput } from '@/utils/report/tags';

/**
 * A field to type campaigns or tags (comma- or semicolon-separated) and the button that adds them
 * (or Enter), enabled once something is typed and `enabled` is not false; `known` tags are offered
 * as suggestions. The field empties once they are added (`onAdd` resolves `true`), and keeps what
 * was typed when saving failed.
 */
export function TagInput(props: {
  id: string;
  button: string;
  onAdd: (tags: string[]) => Promise<boolean>;
  enabled?: boolean;
  known?: readonly string[];
  testIds: { input: string; button: string };
}) {
  const [input, setInput] = useState('');
  const added = parseTagInput(input);
  const ready = added.length > 0 && props.enabled !== false;
  const listId = props.known ? `${props.id}-known` : undefined;
  return (
    <form
      class="row tag-input"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void props.onAdd(added).then((saved) => saved && setInput(''));
      }}
    >
      <label for={props.id}>{t('historyTagLabel')}</label>{' '}
      <input
        id={props.id}
        type="text"
        list={listId}
        value={input}
        maxLength={400}
        placeholder={t('historyTagPlaceholder')}
        data-testid={props.testIds.input}
        onInput={(e) => setInput((e.target as HTMLInputElement).value)}
      />
      {props.known && (
        <datalist id={listId}>
          {props.known.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}{' '}
      <button type="submit" class="small" disabled={!ready} data-testid={props.testIds.button}>
        {props.button}
      </button>
    </form>
  );
}
