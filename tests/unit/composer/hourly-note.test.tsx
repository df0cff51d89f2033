// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { deleteDB } from 'idb';
import { HourlyNote } from '@/components/HourlyNote';
import { DB_NAME, openVigieDb } from '@/utils/db/database';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement;
afterEach(async () => {
  render(null, root);
  root.remove();
  await deleteDB(DB_NAME);
});

async function startedReports(recent: number, older: number) {
  const db = await openVigieDb();
  const now = Date.now();
  for (let i = 0; i < recent + older; i++) {
    const at = new Date(now - (i < recent ? 60_000 : 2 * 3600_000)).toISOString();
    await db.put('drafts', { id: crypto.randomUUID(), createdAt: at, updatedAt: at, status: 'ready' });
  }
  db.close();
}

async function show(): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<HourlyNote />, root));
  // The count is read from IndexedDB after the first paint.
  for (let i = 0; i < 50 && !root.querySelector('[data-testid=hourly-note]'); i++)
    await act(() => new Promise((r) => setTimeout(r, 10)));
  return root;
}

describe('the per-hour note in the composer', () => {
  it('appears, calm and with the support link, after more than 20 reports started in the hour', async () => {
    useLocale('en');
    await startedReports(21, 5);
    const note = (await show()).querySelector('[data-testid=hourly-note]');
    expect(note?.textContent).toContain('You started 21 reports in the last hour');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('/support.html');
    // A note, never a block: nothing to dismiss or confirm, nothing disabled.
    expect(note?.querySelector('button, input')).toBeNull();
  });

  it('stays away at 20, whatever came before the hour', async () => {
    useLocale('fr');
    await startedReports(20, 30);
    const shown = await show();
    expect(shown.querySelector('[data-testid=hourly-note]')).toBeNull();
    expect(shown.textContent).toBe('');
  });
});
