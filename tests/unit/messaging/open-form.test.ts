/**
 * The background half of "open the official form": `handoff/open` opens the channel's form in a
 * new tab and sets Vigie's side panel for that tab only, with the draft and channel in its address.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { openFormTab } from '@/utils/background/open-form';
import { parseRequest } from '@/utils/messaging/requests';
import { draftInput } from '../db/helpers';

const setOptions = vi.fn(async () => undefined);

beforeEach(() => {
  setOptions.mockClear();
  Object.assign(fakeBrowser, { sidePanel: { setOptions } });
});
afterEach(async () => {
  await draftsRepository.close();
  indexedDB.deleteDatabase('vigie');
});

async function storedDraft() {
  const url = 'https://x.com/a';
  return draftsRepository.create(
    draftInput({
      status: 'ready',
      target: { context: 'page', url, pageUrl: url, normalizedUrl: url },
    }),
  );
}

describe('handoff/open', () => {
  it('opens the channel’s form in a new tab and sets the panel for that tab only', async () => {
    const draft = await storedDraft();
    const response = await openFormTab(draft.id, 'pharos');
    expect(response).toMatchObject({ ok: true, draftId: draft.id });
    const tabId = response.ok ? response.tabId! : -1;
    const tab = await fakeBrowser.tabs.get(tabId);
    expect(tab.url).toBe('https://www.internet-signalement.gouv.fr/PharosS1/');
    expect(setOptions).toHaveBeenCalledWith({
      tabId,
      path: `sidepanel.html#draft=${draft.id}&channel=pharos&tab=${tabId}`,
      enabled: true,
    });
  });

  it('refuses an unknown channel or draft without opening anything', async () => {
    const draft = await storedDraft();
    const tabsBefore = (await fakeBrowser.tabs.query({})).length;
    expect(await openFormTab(draft.id, 'not-a-channel')).toEqual({ ok: false, error: 'no-channel' });
    expect(await openFormTab(crypto.randomUUID(), 'pharos')).toEqual({ ok: false, error: 'no-draft' });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabsBefore);
    expect(setOptions).not.toHaveBeenCalled();
  });

  it('is a validated message: a uuid and a kebab-case channel id', () => {
    const ok = { type: 'handoff/open', draftId: crypto.randomUUID(), channelId: 'pharos' };
    expect(parseRequest(ok)).toBeDefined();
    expect(parseRequest({ ...ok, draftId: 'x' })).toBeUndefined();
    expect(parseRequest({ ...ok, channelId: '../evil' })).toBeUndefined();
    expect(parseRequest({ ...ok, channelId: 'a'.repeat(81) })).toBeUndefined();
  });
});
