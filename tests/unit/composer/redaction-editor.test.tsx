// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { RedactionEditor } from '@/components/evidence/RedactionEditor';
import type { RedactionRegion } from '@/utils/export/redact';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement;
let saved: RedactionRegion[][];
beforeEach(() => {
  useLocale('en');
  saved = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(onCancel = () => undefined) {
  await act(() =>
    render(
      <RedactionEditor
        src="data:image/png;base64,"
        alt="Screenshot"
        size={{ width: 400, height: 200 }}
        saving={false}
        onSave={(regions) => saved.push(regions)}
        onCancel={onCancel}
      />,
      root,
    ),
  );
}

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid=${id}]`)!;
const items = () => [...root.querySelectorAll<HTMLButtonElement>('[data-testid=redact-region]')];
const live = () => byTestId('redact-live').textContent ?? '';

async function press(target: HTMLElement, key: string, mods: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
  await act(() => void target.dispatchEvent(event));
  return event;
}

describe('redaction editor, by keyboard', () => {
  it('adds a region with the button, focuses it, moves, resizes and removes it with keys, announcing each step', async () => {
    await show();
    expect((byTestId('redact-save') as HTMLButtonElement).disabled).toBe(true);
    await act(() => byTestId('redact-add').click());
    expect(items()).toHaveLength(1);
    expect(document.activeElement).toBe(items()[0]);
    expect(items()[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(items()[0]!.getAttribute('aria-describedby')).toBe('redact-help');
    expect(items()[0]!.textContent).toBe('Region 1 (blur): x 150, y 75, 100 × 50 px');
    expect(live()).toContain('Region added.');
    expect(byTestId('redact-live').getAttribute('aria-live')).toBe('polite');

    const move = await press(items()[0]!, 'ArrowRight');
    expect(move.defaultPrevented).toBe(true);
    expect(items()[0]!.textContent).toBe('Region 1 (blur): x 151, y 75, 100 × 50 px');
    await press(items()[0]!, 'ArrowDown', { shiftKey: true });
    expect(items()[0]!.textContent).toContain('x 151, y 85,');
    expect(live()).toBe('Region 1 (blur): x 151, y 85, 100 × 50 px');
    await press(items()[0]!, 'ArrowRight', { altKey: true, shiftKey: true });
    await press(items()[0]!, 'ArrowUp', { ctrlKey: true });
    expect(items()[0]!.textContent).toContain('110 × 49 px');
    // A key that is not ours is left to the browser (Tab moves the focus on).
    expect((await press(items()[0]!, 'Tab')).defaultPrevented).toBe(false);

    // The on-image rectangle follows, in percent of the image.
    const box = byTestId('redact-box');
    expect(box.style.left).toBe(`${(151 / 400) * 100}%`);
    expect(box.style.width).toBe(`${(110 / 400) * 100}%`);
    expect(box.className).toContain('selected');

    // Black mode for the next one, added by keyboard too.
    const select = byTestId('redact-mode') as HTMLSelectElement;
    select.value = 'black';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await act(() => byTestId('redact-add').click());
    expect(items()).toHaveLength(2);
    expect(document.activeElement).toBe(items()[1]);
    expect(items()[1]!.textContent).toContain('Region 2 (black)');

    await press(items()[1]!, 'Delete');
    expect(items()).toHaveLength(1);
    expect(live()).toContain('Region removed.');
    expect(document.activeElement).toBe(items()[0]);
    await press(items()[0]!, 'Backspace');
    expect(items()).toHaveLength(0);
    expect(document.activeElement).toBe(byTestId('redact-add'));
  });

  it('saves the regions as edited; cancel leaves without saving', async () => {
    const cancel = vi.fn();
    await show(cancel);
    await act(() => byTestId('redact-add').click());
    await press(items()[0]!, 'ArrowLeft', { shiftKey: true });
    await act(() => byTestId('redact-save').click());
    expect(saved).toEqual([[{ x: 140, y: 75, width: 100, height: 50, mode: 'blur' }]]);
    await act(() => byTestId('redact-cancel').click());
    expect(cancel).toHaveBeenCalledOnce();
  });

  it('moves stop at the image edge', async () => {
    await show();
    await act(() => byTestId('redact-add').click());
    for (let i = 0; i < 40; i++) await press(items()[0]!, 'ArrowRight', { shiftKey: true });
    expect(items()[0]!.textContent).toContain('x 300, y 75, 100 × 50');
  });
});

describe('redaction editor, by pointer', () => {
  async function drag(from: [number, number], to: [number, number]) {
    const stage = root.querySelector<HTMLElement>('.redact-stage')!;
    // Shown at half its size: 200 × 100 screen pixels for a 400 × 200 image.
    stage.getBoundingClientRect = () => ({ left: 0, top: 0, width: 200, height: 100 }) as DOMRect;
    const at = (type: string, [x, y]: [number, number]) =>
      act(() => void stage.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true })));
    await at('pointerdown', from);
    await at('pointermove', to);
    await at('pointerup', to);
  }

  it('a drag draws a region in image pixels, in the chosen mode; a click draws nothing', async () => {
    await show();
    await drag([60, 40], [10, 10]);
    expect(items().map((i) => i.textContent)).toEqual(['Region 1 (blur): x 20, y 20, 100 × 60 px']);
    await drag([100, 50], [101, 51]);
    expect(items()).toHaveLength(1);
    await act(() => byTestId('redact-save').click());
    expect(saved).toEqual([[{ x: 20, y: 20, width: 100, height: 60, mode: 'blur' }]]);
  });
});
