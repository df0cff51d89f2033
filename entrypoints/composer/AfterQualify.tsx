import { browser } from 'wxt/browser';
import { FollowUpEditor } from '@/components/history/FollowUpEditor';
import type { FollowUpDeps } from '@/components/history/draft-store';
import { draftsRepository } from '@/utils/db/drafts-repo';
import type { Artefact, Draft } from '@/utils/report/draft';
import { ComplaintPdf } from './ComplaintPdf';
import { Evidence } from './Evidence';

/** The follow-up's reads and writes: the drafts repository, and the browser's tabs. */
const followUp: FollowUpDeps = {
  drafts: draftsRepository,
  openTab: (url) => browser.tabs.create({ url, active: true }),
};

/**
 * What comes once the report is qualified — the complaint PDF, the evidence package and the
 * follow-up — loaded after the first render, like the qualification, so the composer shows the
 * capture at once.
 */
export function AfterQualify(props: { draft: Draft; artefacts: Artefact[]; onChanged: () => void }) {
  const { draft, artefacts } = props;
  return (
    <>
      <ComplaintPdf draft={draft} artefacts={artefacts} />
      <Evidence draft={draft} artefacts={artefacts} />
      {draft.qualification.categoryId !== null && (
        <FollowUpEditor {...followUp} draft={draft} onChanged={props.onChanged} withTags />
      )}
    </>
  );
}
