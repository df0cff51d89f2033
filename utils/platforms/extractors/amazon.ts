import { fill, link, segments, textDay, valid, type PlatformSpec } from './common';

const ASIN = /^[A-Z0-9]{10}$/;
const SELLER_ID = /^A[A-Z0-9]{9,20}$/;
const REVIEW_ID = /^R[A-Z0-9]{8,20}$/;
/** Path segments followed by an ASIN: /dp/, /gp/product/, /gp/aw/d/, /exec/obidos/ASIN/, /o/ASIN/. */
const ASIN_MARKERS = new Set(['dp', 'product', 'd', 'asin', 'o']);
/** Redirectors: the target is only known after following them. */
const SHORT_DOMAINS = new Set(['amzn.to', 'amzn.eu', 'a.co']);

export const amazon: PlatformSpec = {
  authorAnchors: true,
  refine(fields, facts) {
    // A review page dates its review in words: "Reviewed in France on 2 November 2026",
    // « Commenté en France le 2 novembre 2026 » (the first review-date is the review itself).
    if (fields.contentType !== 'comment') return fields;
    const date = facts.elements.find((e) => e.attrs.some((a) => a.name === 'data-hook' && a.value === 'review-date'));
    return fill(fields, 'text', { publishedAt: textDay(date?.text) }, 'medium');
  },
  parse(url, domain) {
    if (SHORT_DOMAINS.has(domain)) return undefined;
    const origin = `https://www.${domain}`;
    const parts = segments(url);
    const at = parts.findIndex(
      (s, i) => ASIN_MARKERS.has(s.toLowerCase()) && ASIN.test(parts[i + 1]?.toUpperCase() ?? ''),
    );
    if (at >= 0) {
      const asin = parts[at + 1]!.toUpperCase();
      return { contentType: 'product', contentId: asin, permalink: link(origin, ['dp', asin]) };
    }
    // Seller pages: /sp?seller=ID, /gp/help/seller/at-a-glance.html?seller=ID, storefront /s?me=ID.
    const sellerPage = parts[0] === 'sp' || (parts[0] === 'gp' && parts[2] === 'seller');
    const seller = valid(
      sellerPage ? url.searchParams.get('seller') : parts[0] === 's' ? url.searchParams.get('me') : null,
      SELLER_ID,
    );
    if (seller) {
      const authorUrl = link(origin, ['sp'], { seller });
      return { contentType: 'profile', contentId: seller, authorHandle: seller, authorUrl, permalink: authorUrl };
    }
    const review = parts[0] === 'gp' && parts[1] === 'customer-reviews' ? valid(parts[2], REVIEW_ID) : undefined;
    return review
      ? { contentType: 'comment', contentId: review, permalink: link(origin, ['gp', 'customer-reviews', review]) }
      : undefined;
  },
};
