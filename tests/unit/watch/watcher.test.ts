import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '@/utils/watch/watcher';

describe('watch badge: a tab that closes during a check', () => {
  it('is left alone: the browser refusing to badge a closed tab is no failure', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 5.'));
    vi.spyOn(fakeBrowser.action, 'setTitle').mockRejectedValue(new Error('No tab with id: 5.'));
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 5.'));
    await expect(refreshBadge(5, 'https://example.org/p')).resolves.toBeUndefined();
  });

  it('a failure on a tab still open is still reported', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('Something else'));
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 6 } as never);
    await expect(refreshBadge(6, 'https://example.org/p')).rejects.toThrow('Something else');
  });
});
