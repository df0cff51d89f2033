import { link, segments, valid, type PlatformSpec } from './common';

const ITEM_ID = /^\d{8,20}$/;
const STORE_ID = /^\d{3,15}$/;

export const aliexpress: PlatformSpec = {
  authorAnchors: true,
  parse(url, domain) {
    const origin = `https://www.${domain}`;
    const parts = segments(url);
    const [first, second] = parts;
    // /item/ID.html (every country site: fr.aliexpress.com…) and the mobile /i/ID.html.
    if (first === 'item' || first === 'i') {
      const id = valid(second?.replace(/\.html$/, ''), ITEM_ID);
      return id
        ? { contentType: 'product', contentId: id, permalink: link(origin, ['item', `${id}.html`]) }
        : undefined;
    }
    // /store/product/TITLE/STOREID_ITEMID.html: the older product address, which names its store.
    if (first === 'store' && second === 'product') {
      const m = /^(\d{3,15})_(\d{8,20})\.html$/.exec(parts[3] ?? '');
      const store = valid(m?.[1], STORE_ID);
      const id = valid(m?.[2], ITEM_ID);
      if (!store || !id) return undefined;
      const authorUrl = link(origin, ['store', store]);
      return {
        contentType: 'product',
        contentId: id,
        authorId: store,
        authorUrl,
        permalink: link(origin, ['item', `${id}.html`]),
      };
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
