import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSelectionLinks } from '@/utils/background/batch-links';
import { readLinksNote } from '@/utils/db/batch-repo';

const post = (i: number) => `https://x.com/compte_${i}/status/17900000000000${i}`;

function pageAnswers(results: { frameId: number; result: unknown }[] | Error) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation((() =>
      results instanceof Error ? Promise.reject(results) : Promise.resolve(results)) as never);
}

describe('addSelectionLinks', () => {
  it('adds one item per link of the clicked frame, and keeps the note of what was left out', async () => {
    const run = pageAnswers([
      { frameId: 3, result: { hrefs: [post(1), 'javascript:alert(1)', post(2), post(2)], more: 0 } },
    ]);
    const added: string[] = [];
    const note = await addSelectionLinks({ tabId: 7, frameId: 3 }, async (url) => {
      added.push(url);
      return 'added';
    });
    expect(run.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7, frameIds: [3] } });
    expect(added).toEqual([post(1), post(2)]);
    expect(note).toMatchObject({ added: 2, leftOut: { scheme: 1, duplicate: 1 }, unreadable: false });
    expect(await readLinksNote()).toMatchObject({ added: 2, leftOut: { scheme: 1, duplicate: 1 } });
  });

  it('takes no answer from another frame than the one clicked', async () => {
    pageAnswers([{ frameId: 0, result: { hrefs: [post(1)], more: 0 } }]);
    const add = vi.fn(async () => 'added' as const);
    const note = await addSelectionLinks({ tabId: 7, frameId: 3 }, add);
    expect(add).not.toHaveBeenCalled();
    expect(note).toMatchObject({ added: 0, unreadable: true });
  });

  it('adds nothing from an answer of another shape, or a page that refused the script', async () => {
    for (const answer of [[{ frameId: 0, result: { hrefs: 'x', more: 0 } }], new Error('Cannot access contents')]) {
      pageAnswers(answer);
      const add = vi.fn(async () => 'added' as const);
      expect(await addSelectionLinks({ tabId: 7 }, add)).toMatchObject({ added: 0, unreadable: true });
      expect(add).not.toHaveBeenCalled();
    }
  });

  it('stops at a full batch and says how many links it left', async () => {
    pageAnswers([{ frameId: 0, result: { hrefs: [post(1), post(2), post(3), post(4)], more: 0 } }]);
    let room = 1;
    const note = await addSelectionLinks({ tabId: 7 }, async () => (room-- > 0 ? 'added' : 'full'));
    expect(note).toMatchObject({ added: 1, leftOut: { 'batch-full': 3 } });
  });
});
