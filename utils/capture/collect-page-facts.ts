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
  /** `<time datetime>` elements kept (document order). */
  maxTimes: number;
  /** Author markup kept (`rel="author"` links, `itemprop="author"` elements). */
  maxAuthors: number;
  /** Platform elements (`elementSelector`) kept, with their `elementAttributes` only. */
  maxElements: number;
  elementSelector: string;
  elementAttributes: readonly string[];
  /**
   * Embedded state (`<script>` blocks holding the page's data): only blocks where one of
   * `embeddedMarkers` occurs are kept; a JSON block whole when it fits in `maxEmbedded`, else
   * (and for inline JavaScript, always) excerpts around the first occurrence of each marker.
   */
  maxEmbeddedBlocks: number;
  maxEmbedded: number;
  /** Total characters of embedded state kept. */
  maxEmbeddedTotal: number;
  embeddedMarkers: readonly string[];
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
  maxTimes: 20,
  maxAuthors: 20,
  maxElements: 20,
  elementSelector:
    'shreddit-post, shreddit-comment, [data-author], [data-utime], [data-timestamp], [data-post], [data-hook="review-date"], a[data-testid="post_author_link"], a[data-testid="comment_author_link"]',
  elementAttributes: [
    'author',
    'author-id',
    'created-timestamp',
    'created',
    'permalink',
    'post-id',
    'thingid',
    'subreddit-prefixed-name',
    'post-type',
    'content-href',
    'data-author',
    'data-author-fullname',
    'data-fullname',
    'data-permalink',
    'data-timestamp',
    'data-subreddit-prefixed',
    'data-type',
    'data-utime',
    'data-post',
    'data-hook',
    'data-testid',
    'href',
  ],
  maxEmbeddedBlocks: 6,
  maxEmbedded: 20000,
  maxEmbeddedTotal: 60000,
  embeddedMarkers: [
    '"owner"',
    '"author"',
    '"actors"',
    '"username"',
    '"ownerProfileUrl"',
    '"videoDetails"',
    '"ownerChannelName"',
    '"externalChannelId"',
    '"publishDate"',
    '"uploadDate"',
    '"creation_time"',
    '"publish_time"',
    '"taken_at"',
    '"taken_at_timestamp"',
    '"createTime"',
    '"uniqueId"',
    '"screen_name"',
    '"itemStruct"',
    '"first_publication_date"',
    '"created_at_ts"',
  ],
};

export function collectPageFacts(limits: CollectLimits, targetSrcUrl: string | null) {
  const started = Date.now();
  const getAttr = Element.prototype.getAttribute;
  const qsa = Document.prototype.querySelectorAll;
  const closest = Element.prototype.closest;
  const querySelector = Element.prototype.querySelector;
  const localNameOf = Object.getOwnPropertyDescriptor(Element.prototype, 'localName')?.get;
  const parentOf = Object.getOwnPropertyDescriptor(Node.prototype, 'parentElement')?.get;
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

  // Links in the site's own header or navigation (not a post's header inside an article): where the
  // signed-in user's own profile link sits, never the content's author.
  const inSiteChrome = (el: Element) => {
    const chrome = closest.call(el, 'header, nav, [role="banner"], [role="navigation"]');
    return chrome !== null && closest.call(chrome, 'article, [role="article"], main') === null;
  };
  const anchors: { href: string; text: string; chrome: boolean }[] = [];
  for (const el of all('a[href]')) {
    if (anchors.length >= limits.maxAnchors) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    const href = absolute(getAttr.call(el, 'href'));
    const text = cut((textOf ? textOf.call(el) : '') ?? '', 200) ?? '';
    if (href) anchors.push({ href, text: text.replace(/\s+/g, ' ').trim(), chrome: inSiteChrome(el) });
  }

  const times: { datetime: string; text: string; href: string | null }[] = [];
  for (const el of all('time[datetime]')) {
    if (times.length >= limits.maxTimes) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    const datetime = cut(getAttr.call(el, 'datetime'), 100);
    const text = cut((textOf ? textOf.call(el) : '') ?? '', 200) ?? '';
    // The link around a time is, on feeds and threads, the permalink of the item it dates.
    const around = closest.call(el, 'a[href]');
    const href = around ? absolute(getAttr.call(around, 'href')) : null;
    if (datetime) times.push({ datetime, text: text.replace(/\s+/g, ' ').trim(), href });
  }

  // Author markup: rel="author" links, itemprop="author" elements (their name/url inside).
  const authors: { via: string; name: string; href: string | null }[] = [];
  for (const el of all('a[rel~="author"][href], [itemprop="author"]')) {
    if (authors.length >= limits.maxAuthors) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    if (getAttr.call(el, 'itemprop') === 'author') {
      const inner = (prop: string) => querySelector.call(el, `[itemprop="${prop}"]`);
      const nameEl = inner('name');
      const urlEl = inner('url');
      const name = nameEl
        ? (attr(nameEl, 'content') ?? cut((textOf ? textOf.call(nameEl) : '') ?? '', 200))
        : cut((textOf ? textOf.call(el) : '') ?? '', 200);
      const href = urlEl
        ? absolute(getAttr.call(urlEl, 'href') ?? getAttr.call(urlEl, 'content'))
        : absolute(getAttr.call(el, 'href'));
      authors.push({ via: 'itemprop', name: (name ?? '').replace(/\s+/g, ' ').trim().slice(0, 200), href });
    } else {
      const text = cut((textOf ? textOf.call(el) : '') ?? '', 200) ?? '';
      authors.push({ via: 'rel', name: text.replace(/\s+/g, ' ').trim(), href: absolute(getAttr.call(el, 'href')) });
    }
  }

  // Platform elements carrying the post's data as attributes (Reddit's <shreddit-post author=…>),
  // with the ids of their nearest ancestors that have one (which post or comment they sit in).
  const elements: { tag: string; attrs: { name: string; value: string }[]; text: string; within: string[] }[] = [];
  for (const el of all(limits.elementSelector)) {
    if (elements.length >= limits.maxElements) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    const attrs: { name: string; value: string }[] = [];
    for (const name of limits.elementAttributes) {
      const value = attr(el, name);
      if (value !== null) attrs.push({ name, value });
    }
    const text = (cut((textOf ? textOf.call(el) : '') ?? '', 400) ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    // Read through the prototype: on a <form>, a control named "localName" would shadow the property.
    const tag = localNameOf ? String(localNameOf.call(el)).slice(0, 60) : '';
    const within: string[] = [];
    let up: unknown = parentOf ? parentOf.call(el) : null;
    for (let depth = 0; depth < 12 && within.length < 3 && up instanceof Element; depth++) {
      const id = getAttr.call(up, 'id');
      if (id) within.push(id.slice(0, 100));
      up = parentOf ? parentOf.call(up) : null;
    }
    if (attrs.length > 0) elements.push({ tag, attrs, text, within });
  }

  // Embedded state: bounded blocks or excerpts around the markers, parsed (or scanned) later.
  const embedded: { id: string; type: string; text: string; partial: boolean }[] = [];
  let embeddedTotal = 0;
  for (const el of all('script:not([src])')) {
    if (embedded.length >= limits.maxEmbeddedBlocks || embeddedTotal >= limits.maxEmbeddedTotal) {
      truncated = true;
      break;
    }
    if (!budgetLeft()) break;
    const type = (getAttr.call(el, 'type') ?? '').toLowerCase().trim();
    const json = type === 'application/json';
    if (!json && type !== '' && type !== 'text/javascript') continue;
    const body = textOf ? textOf.call(el) : null;
    if (typeof body !== 'string' || body.length === 0) continue;
    const found: number[] = [];
    for (const marker of limits.embeddedMarkers.slice(0, 30)) {
      const at = body.indexOf(marker);
      if (at >= 0) found.push(at);
    }
    if (found.length === 0) continue;
    const room = Math.min(limits.maxEmbedded, limits.maxEmbeddedTotal - embeddedTotal);
    let text: string;
    let partial = false;
    if (json && body.length <= room) text = body;
    else {
      partial = true;
      const ranges = found
        .sort((a, b) => a - b)
        .map((at) => [Math.max(0, at - 100), Math.min(body.length, at + 900)] as [number, number]);
      const merged: [number, number][] = [];
      for (const r of ranges) {
        const last = merged[merged.length - 1];
        if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
        else merged.push(r);
      }
      text = merged
        .map(([a, b]) => body.slice(a, b))
        .join('\n')
        .slice(0, room);
      truncated = true;
    }
    embeddedTotal += text.length;
    embedded.push({ id: (attr(el, 'id') ?? '').slice(0, 200), type: type.slice(0, 100), text, partial });
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
    times,
    authors,
    elements,
    embedded,
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
