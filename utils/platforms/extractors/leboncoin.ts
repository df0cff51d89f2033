import {
  embeddedValue,
  fill,
  isoDate,
  link,
  segments,
  valid,
  withAuthor,
  type Fields,
  type PlatformSpec,
} from './common';

const ORIGIN = 'https://www.leboncoin.fr';
const AD_ID = /^\d{6,12}$/;
const CATEGORY = /^[a-z0-9_]{2,40}$/;
const PROFILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STORE_ID = /^\d{3,12}$/;

const listing = (id: string | undefined, path: (id: string) => string[]): Fields | undefined =>
  id ? { contentType: 'listing', contentId: id, permalink: link(ORIGIN, path(id)) } : undefined;

const profile = (id: string | undefined, kind: string): Fields | undefined => {
  const authorUrl = id && link(ORIGIN, [kind, id]);
  return authorUrl
    ? { contentType: 'profile', contentId: id, authorId: id, authorUrl, permalink: authorUrl }
    : undefined;
};

/** `2026-11-02 10:00:00` (Paris time, no offset stated): only the day is certain. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(?::\d{2})?$/;

export const leboncoin: PlatformSpec = {
  authorAnchors: true,
  refine(fields, facts) {
    // The ad in __NEXT_DATA__ ("ad":{"list_id","first_publication_date","owner":{"name"}}), when it is this ad.
    if (fields.contentType !== 'listing' || embeddedValue(facts, 'list_id') !== fields.contentId) return fields;
    const day = LOCAL_DATE_TIME.exec(embeddedValue(facts, 'first_publication_date') ?? '')?.[1];
    const out = fill(fields, 'embedded-state', { publishedAt: isoDate(day) });
    // The ad's owner is the seller, over any profile link (the signed-in user's own, first on the
    // page); its name only with it.
    const owner = profile(valid(embeddedValue(facts, 'user_id', 'owner'), PROFILE_ID)?.toLowerCase(), 'profil');
    if (!owner) return out;
    return withAuthor(out, { ...owner, authorName: embeddedValue(facts, 'name', 'owner') }, 'embedded-state');
  },
  parse(url) {
    const [first = '', second, third] = segments(url);
    const htm = (s: string | undefined) => valid(s?.replace(/\.htm$/, ''), AD_ID);
    // /ad/CATEGORY/ID (current), /vi/ID.htm and /CATEGORY/ID.htm (older links still served).
    if (first === 'ad') {
      const category = valid(second, CATEGORY);
      return category ? listing(valid(third, AD_ID), (id) => ['ad', category, id]) : undefined;
    }
    if (first === 'vi') return listing(htm(second), (id) => ['vi', `${id}.htm`]);
    if (first === 'profil' || first === 'profile') return profile(valid(second, PROFILE_ID)?.toLowerCase(), 'profil');
    if (first === 'boutique') return profile(valid(second, STORE_ID), 'boutique');
    const category = valid(first, CATEGORY);
    return category && second?.endsWith('.htm') ? listing(htm(second), (id) => ['ad', category, id]) : undefined;
  },
};
