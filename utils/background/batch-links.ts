/**
 * The context-menu entry "Add the selection's links to the batch" (watch-network volunteers): the
 * links inside the selection are read in the clicked frame (the menu click grants `activeTab`),
 * checked (`pickSelectionLinks`), and each becomes a URL-only item of the batch. What was added and
 * what was left out is said on the toolbar button and on the batch page.
 */
import { browser } from 'wxt/browser';
import { URL_MAX } from '@/utils/zod';
import {
  ANCHORS_SCANNED_MAX,
  collectSelectionLinks,
  pickSelectionLinks,
  RAW_MAX,
} from '@/utils/capture/selection-links';
import { writeLinksNote, type LinksNote } from '@/utils/db/batch-repo';

export interface SelectionClick {
  tabId: number;
  frameId?: number;
}

/**
 * Reads the selection's links in the clicked frame and adds one URL-only item per link through
 * `add` (the capture path, `linkOnly`); stops at a full batch. Never throws: the note says it.
 */
export async function addSelectionLinks(
  click: SelectionClick,
  add: (linkUrl: string) => Promise<'added' | 'full'>,
): Promise<LinksNote> {
  const frameId = click.frameId ?? 0;
  let raw: unknown;
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId: click.tabId, frameIds: [frameId] },
      func: collectSelectionLinks,
      args: [{ raw: RAW_MAX, scanned: ANCHORS_SCANNED_MAX, urlMax: URL_MAX }],
    });
    // Only the frame that was asked answers for the selection.
    const mine = results.find((r) => r.frameId === frameId);
    raw = mine?.result ?? null;
  } catch {
    raw = null;
  }
  const picked = pickSelectionLinks(raw);
  const at = new Date().toISOString();
  if (!picked) return finish({ at, added: 0, leftOut: {}, unreadable: true });
  const leftOut: LinksNote['leftOut'] = { ...picked.leftOut };
  let added = 0;
  for (const [i, link] of picked.links.entries()) {
    const result = await add(link).catch(() => 'failed' as const);
    if (result === 'full') {
      leftOut['batch-full'] = picked.links.length - i;
      break;
    }
    if (result === 'added') added++;
  }
  return finish({ at, added, leftOut, unreadable: false });
}

/** Kept for the batch page, which says it (the background says it on the toolbar button). */
async function finish(note: LinksNote): Promise<LinksNote> {
  await writeLinksNote(note).catch(() => undefined);
  return note;
}
