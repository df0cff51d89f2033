import { useEffect, useState } from 'preact/hooks';
import { identityForNotices, readSettings } from '@/utils/db/settings-repo';
import type { ReporterIdentity } from '@/utils/handoff/types';

/** The optional identity for platform notices, from the settings (`null` until read, or when none). */
export function useNoticeIdentity(): ReporterIdentity | null {
  const [identity, setIdentity] = useState<ReporterIdentity | null>(null);
  useEffect(() => {
    readSettings()
      .then((s) => setIdentity(identityForNotices(s)))
      .catch(() => setIdentity(null));
  }, []);
  return identity;
}
