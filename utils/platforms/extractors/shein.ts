import { link, segments, type PlatformSpec } from './common';

/** `…-p-ID.html` (optionally `…-p-ID-cat-CAT.html`): a product page. */
const PRODUCT = /-p-(\d{4,15})(?:-cat-\d{1,10})?\.html$/;
/** Shein serves each country on its own subdomain (fr.shein.com, de.shein.com…): kept in the permalink. */
const HOST = /^(?:[a-z]{1,4}\.)?shein\.com$/;
const PREFIX = /^[a-z]{2}(?:-[a-z]{2})?$/;

export const shein: PlatformSpec = {
  parse(url) {
    const parts = segments(url);
    const last = parts.at(-1);
    const id = last ? PRODUCT.exec(last)?.[1] : undefined;
    // One segment, or two under a country/language prefix (m.shein.com/fr/…).
    if (!id || parts.length > 2 || (parts.length === 2 && !PREFIX.test(parts[0]!))) return undefined;
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    const origin = `https://${HOST.test(host) ? host : 'www.shein.com'}`;
    return { contentType: 'product', contentId: id, permalink: link(origin, parts) };
  },
};
