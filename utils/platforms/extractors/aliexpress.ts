import { link, segments, valid, type PlatformSpec } from './common';

const ITEM_ID = /^\d{8,20}$/;
const STORE_ID = /^\d{3,15}$/;

export const aliexpress: PlatformSpec = {
  authorAnchors: true,
  parse(url, domain) {
    const origin = `https://www.${domain}`;
    const [first, second] = segments(url);
    // /item/ID.html (every country site: fr.aliexpress.com…) and the mobile /i/ID.html.
    if (first === 'item' || first === 'i') {
      const id = valid(second?.replace(/\.html$/, ''), ITEM_ID);
      return id
        ? { contentType: 'product', contentId: id, permalink: link(origin, ['item', `${id}.html`]) }
        : undefined;
    }
    // /store/ID (and its pages /store/ID/…): the seller's shop.
    if (first === 'store') {
      const id = valid(second, STORE_ID);
      const authorUrl = id && link(origin, ['store', id]);
      return id && authorUrl
        ? { contentType: 'profile', contentId: id, authorId: id, authorUrl, permalink: authorUrl }
        : undefined;
    }
    return undefined;
  },
};
