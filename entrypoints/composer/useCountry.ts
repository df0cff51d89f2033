import { useEffect, useState } from 'preact/hooks';
import { browserLanguageTag } from './browser-language';
import type { MemberState } from '@/utils/channels/eu/country.schema';
import { countryOf } from '@/utils/channels/eu/propose';
import { loadCountry, loadedCountry } from '@/utils/channels/eu/load';
import type { Draft } from '@/utils/report/draft';
import type { Settings } from '@/utils/db/settings-repo';

export interface CountryState {
  /** The country shown in « Country: … · change »: the draft's, else the settings', else the proposal. */
  shown: MemberState;
  /** The country the draft is routed for now (France until the draft records another). */
  routed: string;
  /** The doors of both are loaded (their data is a separate chunk, loaded here). */
  ready: boolean;
  /** Vigie has no entry for the routed country: it cannot route there. */
  missing: boolean;
}

/** The member state routing follows for this draft, and whether its doors are loaded. */
export function useCountry(draft: Draft, settings: Settings | null): CountryState {
  const shown = countryOf(draft.qualification.country, settings?.country, browserLanguageTag());
  const routed = draft.qualification.country ?? 'FR';
  const known = (c: string) => c === 'FR' || loadedCountry(c) !== undefined;
  const [missing, setMissing] = useState<string[]>([]);
  useEffect(() => {
    for (const code of new Set([shown, routed]))
      if (!known(code))
        void loadCountry(code)
          .catch(() => null)
          .then((c) => setMissing((m) => (c ? [...m] : [...m, code])));
  }, [shown, routed]);
  const settled = (c: string) => known(c) || missing.includes(c);
  return { shown, routed, ready: settled(shown) && settled(routed), missing: missing.includes(routed) };
}

/**
 * Whether the doors of a draft's country are loaded (always for France and drafts without one);
 * loads them. For pages that show a stored draft's route (side panel, exports).
 */
export function useDoorsOf(code: string | undefined): boolean {
  const ready = () => code === undefined || code === 'FR' || loadedCountry(code) !== undefined;
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (!ready())
      void loadCountry(code)
        .catch(() => null)
        .then(() => setLoads((n) => n + 1));
  }, [code]);
  return ready();
}
