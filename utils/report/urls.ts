import { browser } from 'wxt/browser';

/** The composer page for one draft. The id travels in the fragment: never sent anywhere. */
export function composerUrl(draftId: string, step?: ComposerStep): string {
  const query = step ? `?${COMPOSER_STEP_PARAM}=${step}` : '';
  return `${browser.runtime.getURL('/composer.html')}${query}#${encodeURIComponent(draftId)}`;
}

/** The composer's steps a link may open on: « Le transmettre » holds the description. */
export const composerSteps = ['hand-over'] as const;
export type ComposerStep = (typeof composerSteps)[number];
/** The query parameter naming the step a link opens the composer on. */
export const COMPOSER_STEP_PARAM = 'step';

/** The step a composer link asked for (`?step=hand-over`), or `null`. */
export function composerStepOf(search: string): ComposerStep | null {
  const asked = new URLSearchParams(search).get(COMPOSER_STEP_PARAM);
  return composerSteps.find((s) => s === asked) ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The draft id from a page's fragment (`location.hash`, with or without its `#`), or `null` if
 * the fragment is malformed (bad percent-encoding, which `decodeURIComponent` throws on) or is
 * not a draft id. Never throws: a hostile or truncated address must not blank the page.
 */
export function draftIdFromFragment(hash: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
  } catch {
    return null;
  }
  return UUID.test(id) ? id : null;
}
