import { useEffect, useState } from 'preact/hooks';
import type { Draft } from '@/utils/report/draft';
import type { FollowUpDeps } from './draft-store';

type Panel = typeof import('./FollowUpPanel').FollowUpPanel;

/**
 * The follow-up of one report (status steps, platform decision, prescription, "still online?"),
 * for the composer and the history. Loaded on demand: it reads the taxonomy and the channels.
 */
export function FollowUpEditor(
  props: FollowUpDeps & { draft: Draft; onChanged: () => void; withTags?: boolean; titled?: boolean },
) {
  const [panel, setPanel] = useState<{ Panel: Panel } | null>(null);
  useEffect(() => {
    let alive = true;
    void import('./FollowUpPanel').then((m) => alive && setPanel({ Panel: m.FollowUpPanel }));
    return () => {
      alive = false;
    };
  }, []);
  return panel ? <panel.Panel {...props} /> : null;
}
