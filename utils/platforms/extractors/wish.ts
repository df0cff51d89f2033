import { link, segments, valid, type PlatformSpec } from './common';
import { readerFor, withConfirmedAuthor } from './shared-social';

export const WISH_DOMAINS = ['wish.com'] as const;
const ORIGIN = 'https://www.wish.com';
/** Product and merchant ids: 24 hexadecimal characters. */
const OBJECT_ID = /^[0-9a-f]{24}$/;
const MERCHANT = /^[A-Za-z0-9_-]{2,80}$/;

export const wish: PlatformSpec = {
  // No `authorAnchors`: feed pages show other merchants' links; the seller comes from the JSON-LD.
  parse(url) {
    const parts = segments(url);
    // /product/ID, also at the end of feed paths (/feed/tag_…/product/ID), and the /c/ID share form.
    const at = parts.findIndex((s, i) => (s === 'product' || (s === 'c' && i === 0)) && parts[i + 1] !== undefined);
    const id = at >= 0 ? valid(parts[at + 1]?.toLowerCase(), OBJECT_ID) : undefined;
    if (id) return { contentType: 'product', contentId: id, permalink: link(ORIGIN, ['product', id]) };
    // /merchant/NAME (or its id): the seller's store.
    const merchant = parts[0] === 'merchant' ? valid(parts[1], MERCHANT) : undefined;
    if (!merchant) return undefined;
    const authorUrl = link(ORIGIN, ['merchant', merchant]);
    return { authorHandle: merchant, authorUrl, contentType: 'profile', permalink: authorUrl };
  },
  refine(fields, facts) {
    // A product URL names no merchant: the seller must be that of the product the page is about.
    return fields.contentType === 'product' ? withConfirmedAuthor(fields, facts, read, ['Product']) : fields;
  },
};

const read = readerFor(wish, WISH_DOMAINS);
