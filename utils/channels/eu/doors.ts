/**
 * Another member state's doors as channels: one `Channel` row per door of a `Country` entry, so
 * that routes, the side panel, packs, the PDF and the history use them like France's channels. Pure.
 *
 * Ids are the country's prefix and the door's slot (`de-hotline`), or a listed entry's stable
 * name (`de-emergency-national-110`, `de-trusted-flagger-hateaid`), never its place in the list:
 * inserting a row renumbers nothing, so a stored hand-off keeps its door. A finite set read from the
 * data's types, so `ChannelId` stays an exact union. Names stay in the
 * door's own language, with the French or English name beside it when the data gives one.
 */
import { categoryIds, type CategoryId } from '@/utils/qualify/taxonomy';
import type { Localized } from '@/utils/localized';
import type { Channel } from '../channel.schema';
import type { ChannelId, DoorPrefix, DoorSlot } from '../registry';
import type { Country, Door, MemberState } from './country.schema';

/** The other member states' doors' prefix (France has none: its channels are its own rows). */
export const doorPrefix = (code: Exclude<MemberState, 'FR'>) => code.toLowerCase() as DoorPrefix;
export const slotId = (code: Exclude<MemberState, 'FR'>, slot: DoorSlot): ChannelId => `${doorPrefix(code)}-${slot}`;
/** A national number's door: named by its digits, unique in its country (`de-emergency-national-110`). */
export const nationalNumberId = (code: Exclude<MemberState, 'FR'>, phone: string) =>
  `${doorPrefix(code)}-emergency-national-${phone}` as ChannelId;
/** A trusted flagger's door: named by its stable id in the data (`de-trusted-flagger-hateaid`). */
export const trustedFlaggerId = (code: Exclude<MemberState, 'FR'>, id: string) =>
  `${doorPrefix(code)}-trusted-flagger-${id}` as ChannelId;

/** What a hotline takes: child sexual abuse material and the sexual images of children. */
export const HOTLINE_CATEGORIES: readonly CategoryId[] = [
  'child-sexual-abuse-material',
  'grooming',
  'sextortion',
  'non-consensual-intimate-images',
  'sexual-deepfake',
  'illegal-product-marketplace',
];

/** The victims' right to report a crime to the police, in every member state (Directive 2012/29/EU, Art. 5). */
export const VICTIMS_DIRECTIVE = 'https://eur-lex.europa.eu/eli/dir/2012/29/oj';
/** The date the directive's text was read for the generic police door. */
const VICTIMS_DIRECTIVE_CHECKED = '2026-12-05';

const ONLINE: Localized = { fr: 'Signaler en ligne', en: 'Report online' };
const ASKS_URL_ONLY = {
  fr: ['L’adresse (URL) uniquement — aucune capture, aucun téléchargement'],
  en: ['The address (URL) only — no screenshot, no download'],
};
const ASKS_URGENT = {
  fr: ['Ce qui se passe, où, et qui est en danger'],
  en: ['What is happening, where, and who is in danger'],
};
const ASKS_REPORT = {
  fr: ['L’adresse (URL) du contenu', 'La date et l’heure où vous l’avez vu', 'Ce qui est illégal, en quelques mots'],
  en: ['The address (URL) of the content', 'The date and time you saw it', 'What is illegal, in a few words'],
};
const ASKS_LISTEN = {
  fr: ['Ce qui s’est passé, avec vos mots'],
  en: ['What happened, in your own words'],
};

const SCOPE: Record<DoorSlot | 'national' | 'trusted-flagger', Localized> = {
  'emergency-112': {
    fr: 'Urgence : une vie ou la sécurité de quelqu’un est menacée maintenant. Gratuit, partout dans l’Union.',
    en: 'Emergency: someone’s life or safety is threatened now. Free, anywhere in the Union.',
  },
  national: {
    fr: 'Numéro d’urgence national, à côté du 112.',
    en: 'National emergency number, beside 112.',
  },
  'child-helpline': {
    fr: 'Ligne d’aide aux enfants et aux jeunes (116 111) : écoute, conseil, aide pour faire retirer un contenu.',
    en: 'Child and youth helpline (116 111): listening, advice, help to get content removed.',
  },
  'victim-support': {
    fr: 'Aide aux victimes (116 006) : écoute, information sur vos droits et la plainte.',
    en: 'Victim support (116 006): listening, information on your rights and on reporting to the police.',
  },
  hotline: {
    fr: 'Hotline du réseau INHOPE : images d’abus sexuels sur mineurs, signalées par leur adresse seulement.',
    en: 'INHOPE network hotline: child sexual abuse material, reported by its address only.',
  },
  'police-portal': {
    fr: 'Signalement en ligne à la police.',
    en: 'Online report to the police.',
  },
  police: {
    fr: 'La police reçoit la plainte de toute victime d’une infraction, dans chaque État membre.',
    en: 'The police take a report from any victim of a crime, in every member state.',
  },
  'trusted-flagger': {
    fr: 'Signaleur de confiance désigné (DSA, art. 22) : ses notifications sont traitées en priorité par les plateformes.',
    en: 'Designated trusted flagger (DSA, Art. 22): platforms handle its notices with priority.',
  },
};

/** « native (French) » / "native (English)": the door's own name first, the interface's beside it. */
/** Where a channel's facts come from, as the registry says it: the source, its date, and what is left to check. */
function provenanceOf(fact: { source: string; checked: string; verified: boolean; toCheck?: string | undefined }) {
  return {
    sourceUrl: fact.source,
    lastVerified: fact.checked,
    confidence: fact.verified ? ('verified' as const) : ('to-check' as const),
    ...(fact.toCheck ? { toCheck: [fact.toCheck] } : {}),
  };
}

function nameOf(name: Door['name']): Localized {
  const beside = (other: string | undefined) =>
    other && other !== name.native ? `${name.native} (${other})` : name.native;
  return { fr: beside(name.fr), en: beside(name.en) };
}

function doorChannel(
  country: Country,
  id: ChannelId,
  door: Door,
  slot: DoorSlot,
  categories: readonly CategoryId[],
  asks: { fr: string[]; en: string[] },
): Channel {
  return {
    id,
    name: nameOf(door.name),
    kind: door.url ? 'web-form' : 'phone',
    ...(door.url
      ? { url: door.url, entry: { label: ONLINE, verified: door.verified, source: door.source, checked: door.checked } }
      : {}),
    ...(door.infoUrl ? { infoUrl: door.infoUrl } : {}),
    ...(door.phone ? { phone: door.phone } : {}),
    scope: SCOPE[slot],
    categories: [...categories],
    anonymousAllowed: door.anonymousAllowed ?? false,
    asks,
    ...provenanceOf(door),
    official: door.operator === 'state',
    operator: door.operator,
    trustedFlagger: false,
    country: country.code,
    language: door.name.language,
  };
}

/** Every door of a member state other than France, as channel rows (validated by the registry). */
export function countryChannels(country: Country): Channel[] {
  if (country.code === 'FR') throw new Error('France’s channels are its own rows');
  const code = country.code;
  const language = country.languages[0]!;
  const e = country.emergency;
  const rows: Channel[] = [
    {
      id: slotId(code, 'emergency-112'),
      name: { fr: '112 Numéro d’urgence européen', en: '112 European emergency number' },
      kind: 'phone',
      phone: '112',
      scope: SCOPE['emergency-112'],
      categories: [...categoryIds],
      anonymousAllowed: false,
      asks: ASKS_URGENT,
      hours: { fr: '24 h/24, 7 j/7, gratuit', en: '24/7, free' },
      ...provenanceOf(e),
      official: true,
      operator: 'state',
      trustedFlagger: false,
      country: code,
      language,
    },
    ...e.national.map((n): Channel => ({
      id: nationalNumberId(code, n.phone),
      name: { fr: `${n.phone} — ${n.for.fr}`, en: `${n.phone} — ${n.for.en}` },
      kind: 'phone',
      phone: n.phone,
      scope: SCOPE.national,
      categories: [...categoryIds],
      anonymousAllowed: false,
      asks: ASKS_URGENT,
      ...provenanceOf(e),
      official: true,
      operator: 'state',
      trustedFlagger: false,
      country: code,
      language,
    })),
    doorChannel(
      country,
      slotId(code, 'child-helpline'),
      country.childHelpline,
      'child-helpline',
      categoryIds,
      ASKS_LISTEN,
    ),
    doorChannel(country, slotId(code, 'hotline'), country.hotline, 'hotline', HOTLINE_CATEGORIES, ASKS_URL_ONLY),
  ];
  const v = country.victimSupport;
  if ('id' in v)
    rows.push(doorChannel(country, slotId(code, 'victim-support'), v, 'victim-support', categoryIds, ASKS_LISTEN));
  if (country.policePortal)
    rows.push(
      doorChannel(
        country,
        slotId(code, 'police-portal'),
        country.policePortal,
        'police-portal',
        categoryIds,
        ASKS_REPORT,
      ),
    );
  rows.push({
    id: slotId(code, 'police'),
    name: { fr: `Police (${country.name.fr})`, en: `Police (${country.name.en})` },
    kind: 'web-form',
    inApp: {
      fr: [
        'Rendez-vous dans un poste de police, ou appelez son numéro non urgent.',
        'Apportez l’adresse (URL) du contenu, la date et l’heure, et ce que vous avez gardé.',
      ],
      en: [
        'Go to a police station, or call its non-emergency number.',
        'Bring the address (URL) of the content, the date and time, and what you kept.',
      ],
    },
    scope: SCOPE.police,
    categories: [...categoryIds],
    anonymousAllowed: false,
    asks: ASKS_REPORT,
    sourceUrl: VICTIMS_DIRECTIVE,
    lastVerified: VICTIMS_DIRECTIVE_CHECKED,
    confidence: 'verified',
    official: true,
    operator: 'state',
    trustedFlagger: false,
    country: code,
    language,
  });
  country.trustedFlaggers.list.forEach((tf) => {
    // A flagger with no public way in, or no category of Vigie's, is named in a note, never a door.
    if (tf.categories.length === 0 || (tf.url === undefined && tf.email === undefined)) return;
    const list = country.trustedFlaggers;
    rows.push({
      id: trustedFlaggerId(code, tf.id),
      name: { fr: tf.name, en: tf.name },
      kind: tf.url ? 'web-form' : 'email',
      ...(tf.url
        ? { url: tf.url, entry: { label: ONLINE, verified: list.verified, source: list.source, checked: list.checked } }
        : {
            inApp: {
              fr: [`Écrivez à ${tf.email!} : l’adresse (URL) du contenu, la date, ce qui est illégal.`],
              en: [`Write to ${tf.email!}: the address (URL) of the content, the date, what is illegal.`],
            },
          }),
      scope: {
        fr: `${SCOPE['trusted-flagger'].fr} Domaines : ${tf.expertise.join(', ')}.`,
        en: `${SCOPE['trusted-flagger'].en} Areas: ${tf.expertise.join(', ')}.`,
      },
      categories: tf.categories,
      anonymousAllowed: false,
      asks: ASKS_REPORT,
      ...provenanceOf(list),
      official: false,
      operator: 'association',
      trustedFlagger: true,
      country: code,
      language,
    });
  });
  return rows;
}

/** The trusted flaggers of a country whose scope covers a category, each with its channel id when it has a door. */
export function trustedFlaggersFor(
  country: Country,
  categoryId: CategoryId,
): { name: string; channelId: ChannelId | null }[] {
  if (country.code === 'FR') return [];
  const code = country.code;
  return country.trustedFlaggers.list.flatMap((tf) =>
    tf.categories.includes(categoryId)
      ? [
          {
            name: tf.name,
            channelId: tf.url !== undefined || tf.email !== undefined ? trustedFlaggerId(code, tf.id) : null,
          },
        ]
      : [],
  );
}
