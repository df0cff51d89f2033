import { link, segments, valid, type PlatformSpec } from './common';
import { readerFor, withConfirmedAuthor } from './shared-social';

export const SHEIN_DOMAINS = ['shein.com'] as const;
/** `…-p-ID.html` (optionally `…-p-ID-cat-CAT.html`): a product page. */
const PRODUCT = /-p-(\d{4,15})(?:-cat-\d{1,10})?\.html$/;
/** Shein serves each country on its own subdomain (fr.shein.com, de.shein.com…): kept in the permalink. */
const HOST = /^(?:[a-z]{1,4}\.)?shein\.com$/;
const PREFIX = /^[a-z]{2}(?:-[a-z]{2})?$/;
/** Marketplace sellers' store codes. */
const STORE_CODE = /^\d{4,15}$/;

export const shein: PlatformSpec = {
  parse(url) {
    const parts = segments(url);
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    const origin = `https://${HOST.test(host) ? host : 'www.shein.com'}`;
    // /store/home?store_code=CODE: a marketplace seller's store.
    if (parts[0] === 'store' && parts[1] === 'home' && parts.length === 2) {
      const code = valid(url.searchParams.get('store_code'), STORE_CODE);
      const authorUrl = code && link(origin, ['store', 'home'], { store_code: code });
      return code && authorUrl
        ? { contentType: 'profile', contentId: code, authorId: code, authorUrl, permalink: authorUrl }
        : undefined;
    }
    const last = parts.at(-1);
    const id = last ? PRODUCT.exec(last)?.[1] : undefined;
    // One segment, or two under a country/language prefix (m.shein.com/fr/…).
    if (!id || parts.length > 2 || (parts.length === 2 && !PREFIX.test(parts[0]!))) return undefined;
    return { contentType: 'product', contentId: id, permalink: link(origin, parts) };
  },
  refine(fields, facts) {
    // A product URL names no seller: the page's seller claims must be about that product.
    return fields.contentType === 'product' ? withConfirmedAuthor(fields, facts, read, ['Product']) : fields;
  },
};

const read = readerFor(shein, SHEIN_DOMAINS);
