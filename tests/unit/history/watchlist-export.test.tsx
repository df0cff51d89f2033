// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { WatchlistExport } from '@/components/history/WatchlistExport';
import { toHistoryRow, type HistoryRow } from '@/utils/db/history-query';
import { normalizeUrl } from '@/utils/report/normalize-url';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

function row(url: string, csam = false): HistoryRow {
  return toHistoryRow({
    id: crypto.randomUUID(),
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    status: 'ready',
    csam,
    target: { url, normalizedUrl: normalizeUrl(url) },
    observed: {},
    qualification: { categoryId: csam ? 'csam' : 'terrorism' },
    handoffs: [],
    followUp: { steps: [], decision: null, onlineChecks: [] },
  })!;
}

async function show(rows: HistoryRow[]) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<WatchlistExport rows={rows} selectedCount={0} />, root));
}

const q = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

describe('watchlist export', () => {
  it('makes no file when no report can be listed, and says why', async () => {
    useLocale('en');
    const save = vi.spyOn(URL, 'createObjectURL');
    await show([row('https://images.example/1', true)]);
    await act(() => q('watchlist-export-button')!.click());
    await until(() => q('watchlist-export-status')!.dataset.state !== 'building');
    expect(q('watchlist-export-status')!.dataset.state).toBe('empty');
    expect(q('watchlist-export-status')!.textContent).toBe(
      'None of these reports has an address to put in a list: no file was made.',
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('saves the list and says how many reports are in it and what was left out', async () => {
    useLocale('en');
    const save = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    await show([
      row('https://example.org/a'),
      row('https://example.org/a?utm_source=x'),
      row('https://i.example/2', true),
    ]);
    await act(() => q('watchlist-export-button')!.click());
    await until(() => q('watchlist-export-status')!.dataset.state === 'done');
    expect(save).toHaveBeenCalledTimes(1);
    const blob = save.mock.calls[0]![0] as Blob;
    const list = JSON.parse(await blob.text()) as { name: string; sha256: string[] };
    expect(list.sha256).toHaveLength(1);
    expect(list.name).toMatch(/^Already reported \(Vigie, \d{4}-\d{2}-\d{2}\)$/);
    expect(q('watchlist-export-status')!.textContent).toMatch(
      /^2 reports in vigie-watchlist-\d{4}-\d{2}-\d{2}\.json\. 1 child sexual abuse report left out, as always\.$/,
    );
  });

  it('a name too long is said with its length, and nothing is exported until it is shortened', async () => {
    useLocale('en');
    const save = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    await show([row('https://example.org/a')]);
    const input = q('watchlist-name') as HTMLInputElement;
    input.value = 'é'.repeat(121);
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    expect(input.value).toHaveLength(121); // kept as typed
    expect(q('watchlist-name-error')!.textContent).toBe('This name is 121 characters long; 120 at most.');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)).toBe(q('watchlist-name-error'));
    expect((q('watchlist-export-button') as HTMLButtonElement).disabled).toBe(true);
    input.value = 'é'.repeat(120);
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    expect(q('watchlist-name-error')).toBeNull();
    await act(() => q('watchlist-export-button')!.click());
    await until(() => q('watchlist-export-status')!.dataset.state === 'done');
    const list = JSON.parse(await (save.mock.calls[0]![0] as Blob).text()) as { name: string };
    expect(list.name).toBe('é'.repeat(120));
  });

  it('cannot be asked for with no report', async () => {
    useLocale('en');
    await show([]);
    expect((q('watchlist-export-button') as HTMLButtonElement).disabled).toBe(true);
  });
});
