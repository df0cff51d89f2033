/**
 * For a reporter in France, content hosted in another country: PHAROS and Point de Contact still
 * take it. Vigie does not know where content is hosted (it makes no network request to find out);
 * it knows the platform it detected and the page's address. So the note is said conditionally
 * (« if it is hosted outside France »), for content on a platform or a site that is not French,
 * and only when the route offers PHAROS or Point de Contact. Pure.
 *
 * Sources:
 * - Service-public.fr, F31979 (read 2026-11-28): the content reported on PHAROS « peut avoir été
 *   conçu en France ou à l’étranger ».
 * - Préfecture du Puy-de-Dôme, « Pharos : un outil de lutte contre la haine en ligne » (17/11/2022,
 *   read 2026-12-05): PHAROS « recueille, traite et redirige vers les services adéquats, en France
 *   ou à l’étranger » the reports it receives.
 * - Point de Contact, process (shared/reference/official-channels.md, pointdecontact.net, read
 *   2026-11-28): after locating the server, a notice to the host in France, or to the INHOPE partner
 *   hotline of the hosting country.
 */
import type { Localized } from '@/utils/localized';
import { reportsFromAbroad } from '@/utils/report/qualification';
import type { ChannelId } from '../registry';

export const HOSTED_ABROAD_SOURCES = [
  'https://www.service-public.fr/particuliers/vosdroits/F31979',
  'https://puy-de-dome.gouv.fr/index.php/layout/set/print/Actions-de-l-Etat/Securite-et-protection-des-populations/Securite-publique-et-ordre-public/Informations-et-conseils-de-prevention/Pharos-un-outil-de-lutte-contre-la-haine-en-ligne-et-la-cybercriminalite',
  'https://www.pointdecontact.net/champ_competences/',
] as const;

/** Platforms Vigie detects whose company is established in France. */
const FRENCH_PLATFORMS = new Set(['leboncoin', 'dailymotion']);

const NOTE: Localized = {
  fr: 'Contenu hébergé hors de France ? Signalez-le ici quand même : PHAROS prend les contenus conçus en France ou à l’étranger et les transmet aux services compétents, en France ou à l’étranger.',
  en: 'Content hosted outside France? Report it here all the same: PHAROS takes content made in France or abroad and passes it to the competent services, in France or abroad.',
};
const NOTE_CSAM: Localized = {
  fr: 'Contenu hébergé hors de France ? Signalez-le ici quand même : Point de Contact transmet ces images à la hotline INHOPE du pays d’hébergement, et PHAROS aux services compétents à l’étranger. Inutile de chercher la hotline de ce pays.',
  en: 'Content hosted outside France? Report it here all the same: Point de Contact passes these images to the INHOPE hotline of the hosting country, and PHAROS to the competent services abroad. No need to look for that country’s hotline.',
};

/**
 * The note for a reporter in France, or `null`: when the route offers PHAROS or Point de Contact
 * and the content is on a platform or site that is not French (a `.fr` address, or a French
 * platform, gets no note).
 */
export function hostedAbroadNote(input: {
  country: string | undefined;
  platformId: string | null;
  url: string | null;
  channelIds: readonly ChannelId[];
  urlOnly: boolean;
}): Localized | null {
  if (reportsFromAbroad(input)) return null;
  if (!input.channelIds.some((id) => id === 'pharos' || id === 'point-de-contact')) return null;
  if (input.platformId !== null ? FRENCH_PLATFORMS.has(input.platformId) : frenchHost(input.url)) return null;
  return input.urlOnly ? NOTE_CSAM : NOTE;
}

function frenchHost(url: string | null): boolean {
  if (url === null) return true; // nothing known: say nothing
  try {
    return new URL(url).hostname.endsWith('.fr');
  } catch {
    return true;
  }
}
