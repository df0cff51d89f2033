// @vitest-environment happy-dom
/**
 * The rules every platform keeps, checked on every fixture page its unit test reads at a stated
 * address: never the viewer, never a commenter, never a comment's time, never a link's text as a
 * name. Each page is read as it is, then with the signed-in viewer and a commenter added where
 * real pages put them (the viewer's links and state first, a comment's JSON-LD before the page's
 * own, a dated comment in the body); what Vigie reads must not change. Then every link's text is
 * replaced by an interface label (and, where links do not name sellers, by a name the page states
 * nowhere else): none may come out as the author's name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFacts, fixture } from './helpers';
import { detectPlatform, platforms } from '@/utils/platforms/registry';
import type { PlatformData } from '@/utils/report/platform-data';

const VIEWER = 'spectapiege';
const COMMENTER = 'commentpiege';
const COMMENT_TIME = '2026-11-29T09:09:09Z';

/** Where each platform puts a person's profile (the viewer's, a commenter's), on the page's origin. */
const PROFILE: Record<string, (origin: string, name: string, n: number) => string> = {
  youtube: (_, name) => `https://www.youtube.com/@${name}`,
  x: (_, name) => `https://x.com/${name}`,
  tiktok: (_, name) => `https://www.tiktok.com/@${name}`,
  instagram: (_, name) => `https://www.instagram.com/${name}/`,
  facebook: (_, name) => `https://www.facebook.com/${name}`,
  twitch: (_, name) => `https://www.twitch.tv/${name}`,
  kick: (_, name) => `https://kick.com/${name}`,
  telegram: (_, name) => `https://t.me/${name}`,
  reddit: (_, name) => `https://www.reddit.com/user/${name}/`,
  discord: (_, _name, n) => `https://discord.com/users/99999999999999999${n}`,
  vinted: (origin, name, n) => `${origin}/member/99999${n}-${name}`,
  leboncoin: (_, _name, n) => `https://www.leboncoin.fr/profil/99999999-9999-4999-8999-99999999999${n}`,
  amazon: (origin, name) => `${origin}/gp/profile/amzn1.account.${name.toUpperCase()}`,
  snapchat: (_, name) => `https://www.snapchat.com/add/${name}`,
  linkedin: (_, name) => `https://www.linkedin.com/in/${name}/`,
  pinterest: (origin, name) => `${origin}/${name}/`,
  aliexpress: (origin) => `${origin}/p/account/index.html`,
  temu: (origin) => `${origin}/bgp_user_profile.html`,
  shein: (origin) => `${origin}/user/index`,
  threads: (_, name) => `https://www.threads.com/@${name}`,
  mastodon: (origin, name) => `${origin}/@${name}`,
  bluesky: (_, name) => `https://bsky.app/profile/${name}.bsky.social`,
  dailymotion: (_, name) => `https://www.dailymotion.com/${name}`,
  vimeo: (_, name) => `https://vimeo.com/${name}`,
  wish: (origin) => `${origin}/profile`,
};
/** Marketplaces: the listing's link to its seller shows the store's name (`authorAnchors`). */
const SELLER_LINKS = new Set(['aliexpress', 'amazon', 'leboncoin', 'vinted']);

/**
 * Every fixture page: at each literal address its platform's unit test reads it at, else (as the
 * bench does) at the address the page claims (og:url, canonical).
 */
function cases(): { platform: string; fixture: string; url: string }[] {
  const dir = resolve(process.cwd(), 'tests/unit/platforms');
  const found = new Map<string, { platform: string; fixture: string; url: string }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
    const text = readFileSync(resolve(dir, file), 'utf8');
    for (const m of text.matchAll(/fixture:\s*'([^']+)',\s*url:\s*'([^']+)'/g))
      found.set(`${m[1]} ${m[2]}`, { platform: m[1]!.split('/')[0]!, fixture: m[1]!, url: m[2]! });
  }
  const root = resolve(process.cwd(), 'tests/fixtures/platforms');
  for (const platform of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(resolve(root, platform.name)).filter((f) => f.endsWith('.html'))) {
      const name = `${platform.name}/${file.replace(/\.html$/, '')}`;
      if ([...found.values()].some((c) => c.fixture === name)) continue;
      const html = fixture(name);
      const claimed = (/<meta property="og:url" content="([^"]+)"/.exec(html) ??
        /<link rel="canonical" href="([^"]+)"/.exec(html))?.[1]?.replace(/&amp;/g, '&');
      if (claimed) found.set(`${name} ${claimed}`, { platform: platform.name, fixture: name, url: claimed });
    }
  }
  return [...found.values()];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page with the signed-in viewer and a commenter where real pages have them. */
function withViewerAndCommenter(html: string, viewerUrl: string, commenterUrl: string): string {
  const state = JSON.stringify({
    viewer: {
      username: VIEWER,
      uniqueId: VIEWER,
      screen_name: VIEWER,
      full_name: 'Spectateur Piège',
      id: '9999999999',
    },
  });
  const comment = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Comment',
    text: 'Un commentaire piège',
    dateCreated: COMMENT_TIME,
    author: { '@type': 'Person', name: 'Commentateur Piège', url: commenterUrl },
  });
  const head =
    `<script type="application/json" id="viewer-state">${state}</script>` +
    `<script type="application/ld+json">${comment}</script>`;
  const bodyStart =
    `<header><a href="${escapeHtml(viewerUrl)}">Spectateur Piège</a>` +
    `<a href="${escapeHtml(viewerUrl)}">Profil</a></header>`;
  const bodyEnd =
    `<section class="comments"><div class="comment"><a href="${escapeHtml(commenterUrl)}">Commentateur Piège</a>` +
    `<time datetime="${COMMENT_TIME}">il y a 6 jours</time><p>Un commentaire piège</p></div></section>`;
  return html
    .replace(/<head([^>]*)>/i, `<head$1>${head}`)
    .replace(/<body([^>]*)>/i, `<body$1>${bodyStart}`)
    .replace(/<\/body>/i, `${bodyEnd}</body>`);
}

/** Every plain-text link's text replaced by `text`. */
const relabelLinks = (html: string, text: string) =>
  html.replace(/(<a\b[^>]*>)[^<]{1,200}(<\/a>)/gi, (_, open: string, close: string) => `${open}${text}${close}`);

const read = (url: string, html: string): PlatformData | null => detectPlatform(url, url, collectFacts(url, html));

const people = (data: PlatformData | null) =>
  [data?.authorHandle, data?.authorUrl, data?.authorName].filter(Boolean).join(' ').toLowerCase();

describe('rules over every platform', () => {
  const all = cases();

  it('every platform of the registry has pages to check', () => {
    for (const p of platforms)
      expect(
        all.some((c) => c.platform === p.id),
        p.id,
      ).toBe(true);
    for (const p of platforms) expect(PROFILE[p.id], p.id).toBeDefined();
  });

  for (const c of all) {
    describe(`${c.fixture} at ${c.url}`, () => {
      const origin = new URL(c.url).origin;
      const viewerUrl = PROFILE[c.platform]!(origin, VIEWER, 1);
      const commenterUrl = PROFILE[c.platform]!(origin, COMMENTER, 2);

      it('never the viewer, never a commenter, never a comment’s time', () => {
        const html = fixture(c.fixture);
        const clean = read(c.url, html);
        const noisy = read(c.url, withViewerAndCommenter(html, viewerUrl, commenterUrl));
        expect(noisy).toEqual(clean);
        for (const data of [clean, noisy]) {
          expect(people(data)).not.toContain(VIEWER);
          expect(people(data)).not.toContain(COMMENTER);
          expect(people(data)).not.toContain('piège');
          expect(data?.publishedAt).not.toBe(new Date(COMMENT_TIME).toISOString());
        }
      });

      it('never a link’s text as a name', () => {
        const html = fixture(c.fixture);
        for (const label of ['See More Posts', 'Voir plus de publications', 'Preview channel', 'Posts']) {
          expect(read(c.url, relabelLinks(html, label))?.authorName, label).not.toBe(label);
        }
        if (!SELLER_LINKS.has(c.platform)) {
          const stranger = 'Zoé Lienpiège';
          expect(read(c.url, relabelLinks(html, stranger))?.authorName).not.toBe(stranger);
        }
      });
    });
  }
});
