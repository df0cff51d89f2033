/**
 * What the last "Add the selection's links to the batch" did, said in the interface language: the
 * links added, then those left out with their reason (the toolbar button's tooltip, the batch page).
 */
import { t, tCount, uiLanguage, type MessageKey } from '@/utils/i18n';
import type { LinksNote } from '@/utils/db/batch-repo';
import { leftOutReasons, SELECTION_LINKS_MAX, type LeftOutReason } from '@/utils/capture/selection-links';

const LEFT_OUT: Record<LeftOutReason | 'batch-full', { one: MessageKey; other: MessageKey }> = {
  scheme: { one: 'batchLinksSchemeOne', other: 'batchLinksSchemeOther' },
  'too-long': { one: 'batchLinksTooLongOne', other: 'batchLinksTooLongOther' },
  duplicate: { one: 'batchLinksDuplicateOne', other: 'batchLinksDuplicateOther' },
  'over-limit': { one: 'batchLinksOverLimitOne', other: 'batchLinksOverLimitOther' },
  'batch-full': { one: 'batchLinksFullOne', other: 'batchLinksFullOther' },
};

/** The note in the interface language: what was added, then what was left out and why. */
export function linksNoteText(note: Pick<LinksNote, 'added' | 'leftOut' | 'unreadable'>): string {
  if (note.unreadable) return t('batchLinksUnreadable');
  const added =
    note.added === 0
      ? t('batchLinksNone')
      : tCount(note.added, { one: 'batchLinksAddedOne', other: 'batchLinksAddedOther' });
  const reasons = [...leftOutReasons, 'batch-full' as const].flatMap((r) => {
    const n = note.leftOut[r] ?? 0;
    return n > 0 ? [tCount(n, LEFT_OUT[r], [String(SELECTION_LINKS_MAX)])] : [];
  });
  return reasons.length === 0
    ? added
    : `${added} ${t('batchLinksLeftOut', reasons.join(uiLanguage() === 'fr' ? ' ; ' : '; '))}`;
}
