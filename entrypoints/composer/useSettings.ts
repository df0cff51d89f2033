import { useEffect, useState } from 'preact/hooks';
import { uiLanguage } from '@/utils/i18n';
import { identityForNotices, readSettings, textLanguageOf, type Settings } from '@/utils/db/settings-repo';
import type { ReporterIdentity } from '@/utils/handoff/types';

/** The user's settings, read once per page (`null` until read; the defaults if they cannot be read). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    readSettings()
      .then(setSettings)
      .catch(() => setSettings(null));
  }, []);
  return settings;
}

/** The optional identity for platform notices, from the settings (`null` until read, or when none). */
export function useNoticeIdentity(): ReporterIdentity | null {
  const settings = useSettings();
  return settings ? identityForNotices(settings) : null;
}

/** The language of the texts the user sends: the settings' choice, else the browser's. */
export function useTextLanguage(): 'fr' | 'en' {
  const settings = useSettings();
  return settings ? textLanguageOf(settings, uiLanguage()) : uiLanguage();
}
