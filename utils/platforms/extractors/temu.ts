import { link, segments, type PlatformSpec } from './common';

const ORIGIN = 'https://www.temu.com';
/** `…-g-ID.html`: a product (goods) page, under an optional country/language prefix (`/fr/`). */
const GOODS = /-g-(\d{6,20})\.html$/;
const PREFIX = /^[a-z]{2}(?:-[a-z]{2})?$/;

export const temu: PlatformSpec = {
  parse(url) {
    const parts = segments(url);
    const last = parts.at(-1);
    const id = last ? GOODS.exec(last)?.[1] : undefined;
    // The product slug is kept (Temu serves its pages under it); query and tracking dropped.
    if (!id || parts.length > 2 || (parts.length === 2 && !PREFIX.test(parts[0]!))) return undefined;
    return { contentType: 'product', contentId: id, permalink: link(ORIGIN, parts) };
  },
};
