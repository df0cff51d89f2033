import { embeddedValue, fill, isoDate, link, segments, valid, withAuthor, type PlatformSpec } from './common';

const ID = /^\d{3,15}$/;
const LOGIN = /^[A-Za-z0-9._-]{2,40}$/;

/** `ID-slug` path segments: the id and what follows the first dash. */
function idAndSlug(segment: string | undefined): [string | undefined, string | undefined] {
  const dash = segment?.indexOf('-') ?? -1;
  return dash < 0 ? [valid(segment, ID), undefined] : [valid(segment!.slice(0, dash), ID), segment!.slice(dash + 1)];
}

export const vinted: PlatformSpec = {
  authorAnchors: true,
  refine(fields, facts) {
    // The item in the embedded state ("item":{"id","created_at_ts","user":{"login"}}), when it is this item.
    if (fields.contentType !== 'listing' || embeddedValue(facts, 'id', 'item') !== fields.contentId) return fields;
    const out = fill(fields, 'embedded-state', {
      publishedAt: isoDate(embeddedValue(facts, 'created_at_ts', 'item')),
    });
    // The item's user is the seller, over any member link (the signed-in user's own, first on the page).
    const id = valid(embeddedValue(facts, 'id', ['item', 'user']), ID);
    if (!id || !fields.permalink) return out;
    const origin = new URL(fields.permalink).origin;
    const login = valid(embeddedValue(facts, 'login', ['item', 'user']), LOGIN);
    const authorUrl = link(origin, ['member', id]);
    return withAuthor(out, { authorId: id, authorHandle: login, authorUrl }, 'embedded-state');
  },
  parse(url, domain) {
    const origin = `https://www.${domain}`;
    const parts = segments(url);
    const [id, slug] = idAndSlug(parts[1]);
    if (!id) return undefined;
    if (parts[0] === 'items') return { contentType: 'listing', contentId: id, permalink: link(origin, ['items', id]) };
    if (parts[0] !== 'member') return undefined;
    // /member/ID-login: the slug is the member's login.
    const authorUrl = link(origin, ['member', id]);
    return {
      contentType: 'profile',
      contentId: id,
      authorId: id,
      authorHandle: valid(slug, LOGIN),
      authorUrl,
      permalink: authorUrl,
    };
  },
};
