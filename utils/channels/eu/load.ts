/**
 * The member states whose doors a page has loaded. Their data and their routing are not in the
 * pages' first render (26 countries of sources and names): a page loads the reporter's country
 * (`loadCountry`) before routing for it, and `route()` reads it here. Loading registers the
 * country's doors as channels, so every page finds them by id. France needs nothing: its channels
 * and rules are always there.
 */
import type { LocalizedList, Localized } from '@/utils/localized';
import type { CategoryId } from '@/utils/qualify/taxonomy';
import type { ChannelId } from '../registry';
import type { Facts, StepKind } from '../rules.schema';
import type { Country } from './country.schema';

/** A loaded country and the routing of its doors (`route-abroad.ts`). */
export interface LoadedCountry {
  country: Country;
  route: (
    input: { categoryId: CategoryId; platformId: string | null },
    facts: Facts,
  ) => {
    steps: { channelId: ChannelId; kind: StepKind; reason: Localized; needs: LocalizedList }[];
    notes: Localized[];
  };
}

const loaded = new Map<string, LoadedCountry>();

/** Called by `abroad.ts` once a country's doors are registered. */
export function setLoadedCountry(entry: LoadedCountry): void {
  loaded.set(entry.country.code, entry);
}

/** The loaded entry of a member state, if any. */
export function loadedCountry(code: string): LoadedCountry | undefined {
  return loaded.get(code);
}

/**
 * Loads a member state other than France (its data and routing are a separate chunk). Resolves
 * to `null` for France, and for a code Vigie has no entry for (routing then stays French).
 */
export async function loadCountry(code: string | undefined): Promise<Country | null> {
  if (code === undefined || code === 'FR') return null;
  const ready = loaded.get(code);
  if (ready) return ready.country;
  const { registerCountry } = await import('./abroad');
  return registerCountry(code);
}
