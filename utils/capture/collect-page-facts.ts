/**
 * Collects what a page says about itself. Injected with `scripting.executeScript({ func })`,
 * so it must be **self-contained**: no imports, no closures, only its arguments.
 *
 * Everything returned is a *claim* by the page, bounded here and validated again by
 * `pageFactsSchema` in the extension. Prototype methods are captured first so a page that
 * clobbers element properties (e.g. `<form><input name="getAttribute">`) cannot redirect them.
 */
export interface CollectLimits {
  /** Maximum number of DOM nodes looked at in any single query loop. */
  maxNodes: number;
  /** Time budget in milliseconds for the whole walk. */
  maxMillis: number;
  /** Maximum length of any single string. */
  maxText: number;
  /** Maximum length of the selected text. */
  maxSelection: number;
  /** Maximum length of one JSON-LD block. */
  maxJsonLd: number;
  maxMeta: number;
  maxLinks: number;
  maxAnchors: number;
  maxJsonLdBlocks: number;
}

export const DEFAULT_COLLECT_LIMITS: CollectLimits = {
  maxNodes: 5000,
  maxMillis: 250,
  maxText: 2000,
  maxSelection: 10000,
  maxJsonLd: 20000,
  maxMeta: 200,
  maxLinks: 100,
  maxAnchors: 300,
  maxJsonLdBlocks: 10,
};

export function collectPageFacts(limits: CollectLimits, targetSrcUrl: string | null) {
  const started = Date.now();
  const getAttr = Element.prototype.getAttribute;
  const qsa = Document.prototype.querySelectorAll;
  const closest = Element.prototype.closest;
  const textOf = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')?.get;
  let truncated = false;
  let visited = 0;

  const cut = (value: unknown, max: number): string | null => {
    if (typeof value !== 'string') return null;
    if (value.length > max) {
      truncated = true;
      return value.slice(0, max);
    }
    return value;
  };
  const attr = (el: Element, name: string) => cut(getAttr.call(el, name), limits.maxText);
  const budgetLeft = () => {
    if (visited >= limits.maxNodes || Date.now() - started > limits.maxMillis) {
      truncated = true;
      return false;
    }
    visited++;
    return true;
  };
  const all = (selector: string): Element[] => Array.from(qsa.call(document, selector));
  const absolute = (href: string | null): string | null => {
    if (!href) return null;
    try {
      return cut(new URL(href, document.baseURI).href, 8192);
    } catch {
      return null;
    }
  };

  const meta: { key: string; value: string }[] = [];
  for (const el of all('meta')) {
    if (meta.length >= limits.maxMeta) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    const key = attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop');
    const value = attr(el, 'content');
    if (key && value !== null) meta.push({ key: key.toLowerCase().slice(0, 200), value });
  }

  const links: { rel: string; href: string }[] = [];
  for (const el of all('link[rel][href], link[itemprop][href]')) {
    if (links.length >= limits.maxLinks) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    const rel = attr(el, 'rel') ?? `itemprop:${attr(el, 'itemprop') ?? ''}`;
    const href = absolute(getAttr.call(el, 'href'));
    if (href) links.push({ rel: rel.toLowerCase().slice(0, 200), href });
  }

  const jsonLd: string[] = [];
  for (const el of all('script[type="application/ld+json"]')) {
    if (jsonLd.length >= limits.maxJsonLdBlocks) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    const text = cut(textOf ? textOf.call(el) : null, limits.maxJsonLd);
    if (text) jsonLd.push(text);
  }

  const anchors: { href: string; text: string }[] = [];
  for (const el of all('a[href]')) {
    if (anchors.length >= limits.maxAnchors) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    const href = absolute(getAttr.call(el, 'href'));
    const text = cut((textOf ? textOf.call(el) : '') ?? '', 200) ?? '';
    if (href) anchors.push({ href, text: text.replace(/\s+/g, ' ').trim() });
  }

  // The element the context menu pointed at (image, video, audio): its alt text and the
  // nearest link around it, which on feeds is usually the post's permalink.
  let target: { alt: string | null; enclosingHref: string | null } | null = null;
  if (targetSrcUrl) {
    for (const el of all('img[src], video[src], audio[src], source[src], video[poster]')) {
      if (!budgetLeft()) break;
      const src = absolute(getAttr.call(el, 'src')) ?? absolute(getAttr.call(el, 'poster'));
      if (src === targetSrcUrl) {
        const link = closest.call(el, 'a[href]');
        target = {
          alt: attr(el, 'alt'),
          enclosingHref: link ? absolute(getAttr.call(link, 'href')) : null,
        };
        break;
      }
    }
  }

  const selection = cut(globalThis.getSelection?.()?.toString() ?? '', limits.maxSelection) ?? '';
  const root = document.documentElement;
  const now = new Date();
  let timeZone: string | null;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    timeZone = null;
  }

  return {
    url: cut(location.href, 8192),
    title: cut(document.title, limits.maxText),
    lang: root ? attr(root, 'lang') : null,
    canonical: links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href ?? null,
    meta,
    links,
    jsonLd,
    anchors,
    target,
    selection,
    viewport: {
      width: innerWidth,
      height: innerHeight,
      devicePixelRatio,
      scrollX,
      scrollY,
      scrollWidth: root ? root.scrollWidth : 0,
      scrollHeight: root ? root.scrollHeight : 0,
    },
    time: { iso: now.toISOString(), timeZone, offsetMinutes: -now.getTimezoneOffset() },
    truncated,
    nodesVisited: visited,
    elapsedMs: Date.now() - started,
  };
}

export type RawPageFacts = ReturnType<typeof collectPageFacts>;
