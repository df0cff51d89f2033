import { link, segments, type PlatformSpec } from './common';
import { readerFor, withConfirmedAuthor } from './shared-social';

export const TEMU_DOMAINS = ['temu.com'] as const;
const ORIGIN = 'https://www.temu.com';
/** `…-g-ID.html`: a product (goods) page, under an optional country/language prefix (`/fr/`). */
const GOODS = /-g-(\d{6,20})\.html$/;
/** `…-m-ID.html`: a seller's store (mall) page. */
const MALL = /-m-(\d{6,20})\.html$/;
const PREFIX = /^[a-z]{2}(?:-[a-z]{2})?$/;

export const temu: PlatformSpec = {
  parse(url) {
    const parts = segments(url);
    const last = parts.at(-1);
    if (!last || parts.length > 2 || (parts.length === 2 && !PREFIX.test(parts[0]!))) return undefined;
    // The slug is kept (Temu serves its pages under it); query and tracking dropped.
    const id = GOODS.exec(last)?.[1];
    if (id) return { contentType: 'product', contentId: id, permalink: link(ORIGIN, parts) };
    const mall = MALL.exec(last)?.[1];
    if (!mall) return undefined;
    const authorUrl = link(ORIGIN, parts);
    return { contentType: 'profile', contentId: mall, authorId: mall, authorUrl, permalink: authorUrl };
  },
  refine(fields, facts) {
    // A product URL names no seller: the page's seller claims must be about that product.
    return fields.contentType === 'product' ? withConfirmedAuthor(fields, facts, read, ['Product']) : fields;
  },
};

const read = readerFor(temu, TEMU_DOMAINS);
