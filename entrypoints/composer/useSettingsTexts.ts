import { uiLanguage } from '@/utils/i18n';
import { identityForNotices, textLanguageOf } from '@/utils/db/settings-repo';
import type { ReporterIdentity } from '@/utils/handoff/types';
import { useSettings } from './useSettings';

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
