// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { NarrativeField } from '@/components/handoff/NarrativeField';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function Field() {
  const [description, setDescription] = useState('Déjà écrit. ');
  return (
    <NarrativeField
      description={description}
      max={40}
      guidance=""
      publishedLocal=""
      publishedSource={null}
      saveState="idle"
      onDescription={setDescription}
      onPublished={() => undefined}
      author={null}
      onAuthor={() => undefined}
    />
  );
}

const area = () => root.querySelector<HTMLTextAreaElement>('[data-testid=description]')!;
const cut = () => root.querySelector('[data-testid=description-cut]');

/** A paste as the browser delivers it: the paste event, then the text (kept within maxlength) and its input event. */
async function paste(text: string) {
  const field = area();
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  await act(() => void field.dispatchEvent(event));
  const room = field.maxLength - (field.value.length - (field.selectionEnd - field.selectionStart));
  field.setRangeText(text.slice(0, Math.max(0, room)), field.selectionStart, field.selectionEnd, 'end');
  const input = new Event('input', { bubbles: true });
  Object.defineProperty(input, 'inputType', { value: 'insertFromPaste' });
  await act(() => void field.dispatchEvent(input));
}

describe('the description field', () => {
  it('says how many pasted characters the limit dropped, until the user types again', async () => {
    useLocale('en');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Field />, root));
    const field = area();
    field.setSelectionRange(field.value.length, field.value.length);
    await paste('Un texte court.');
    expect(cut()).toBeNull();

    field.setSelectionRange(field.value.length, field.value.length);
    await paste('0123456789'.repeat(3)); // 30 characters, 13 of room
    expect(field.value).toHaveLength(40);
    expect(cut()!.textContent).toBe(
      'The pasted text was over the limit: its last 17 characters were not kept. Shorten it, then paste the end if needed.',
    );
    expect(field.getAttribute('aria-describedby')).toContain('description-cut');

    const typed = new Event('input', { bubbles: true });
    Object.defineProperty(typed, 'inputType', { value: 'deleteContentBackward' });
    field.value = field.value.slice(0, -1);
    await act(() => void field.dispatchEvent(typed));
    expect(cut()).toBeNull();
  });
});

describe('the note beside a publication time from the platform data', () => {
  function note(props: { publishedDerived?: boolean }) {
    root = document.createElement('div');
    document.body.append(root);
    render(
      <NarrativeField
        description=""
        max={40}
        guidance=""
        publishedLocal="2024-05-13T14:43"
        publishedSource="platform"
        {...props}
        saveState="idle"
        onDescription={() => undefined}
        onPublished={() => undefined}
        author={null}
        onAuthor={() => undefined}
      />,
      root,
    );
    return root.querySelector('[data-testid=published-source]')?.textContent ?? '';
  }

  it('says a time computed from the id is not the page’s, in both languages', () => {
    useLocale('fr');
    expect(note({ publishedDerived: true })).toContain("calculée d'après l'identifiant du contenu");
    render(null, root);
    root.remove();
    useLocale('en');
    expect(note({ publishedDerived: true })).toContain("computed from the content's id");
  });

  it('a stated one keeps its note', () => {
    useLocale('en');
    expect(note({})).toContain('given by the platform');
  });
});
