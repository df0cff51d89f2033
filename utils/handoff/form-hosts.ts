/**
 * The only sites Vigie may ever be allowed to fill: the hosts of the web forms in the channel
 * registry, as match patterns. They are `optional_host_permissions`: nothing is granted at
 * install; the side panel asks for one origin when the user clicks "Fill the visible fields".
 *
 * Plain data with no imports, because `wxt.config.ts` reads it when it writes the manifest. A
 * meta-test (`tests/meta/handoff-hosts.test.ts`) checks that it equals the registry's form hosts.
 */
export const FORM_HOST_PATTERNS = [
  'https://17cyber.gouv.fr/*',
  'https://addictions-france.org/*',
  'https://alpa.paris/*',
  'https://phishing-initiative.fr/*',
  'https://signal.conso.gouv.fr/*',
  'https://www.crif.org/*',
  'https://www.ifaw.org/*',
  'https://www.indecosa.fr/*',
  'https://www.internet-signalement.gouv.fr/*',
  'https://www.licra.org/*',
  'https://www.pointdecontact.net/*',
  'https://www.service-public.fr/*',
  'https://www.signal-spam.fr/*',
] as const;

/** The match pattern covering a form URL: its scheme and host, any path. */
export function hostPatternOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}/*`;
}
