import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/db/settings-repo';

/**
 * The user's settings, read once per page (`null` until read; the defaults if they cannot be
 * read). The settings module (its schema and migrations) loads with the read, not with the page's
 * first render: until then the composer shows its defaults (captures blurred).
 */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    import('@/utils/db/settings-repo')
      .then((m) => m.readSettings())
      .then(setSettings)
      .catch(() => setSettings(null));
  }, []);
  return settings;
}
