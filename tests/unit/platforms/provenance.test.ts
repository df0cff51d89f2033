// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, loadPage } from './helpers';
import { collectPageFacts, DEFAULT_COLLECT_LIMITS } from '@/utils/capture/collect-page-facts';
import {
  embeddedValue,
  fill,
  from,
  isoDate,
  makeExtractor,
  type PlatformSpec,
} from '@/utils/platforms/extractors/common';
import { pageFactsSchema, parsePageFacts, type PageFacts } from '@/utils/report/page-facts';
import { platformDataSchema } from '@/utils/report/platform-data';

describe('isoDate', () => {
  it.each([
    ['2026-11-02T10:00:00Z', '2026-11-02T10:00:00.000Z'],
    ['2026-11-02T10:00:00.123456+0000', '2026-11-02T10:00:00.123Z'],
    ['2026-11-02T10:00:00-08:00', '2026-11-02T18:00:00.000Z'],
    ['2026-11-02T10:00+01:00', '2026-11-02T09:00:00.000Z'],
    ['2026-11-02', '2026-11-02'],
    [1793613600, '2026-11-02T10:00:00.000Z'],
    ['1793613600000', '2026-11-02T10:00:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
    expect(platformDataSchema.shape.publishedAt.parse(expected)).toBe(expected);
  });

  it.each([
    ['2026-11-02T10:00:00'], // no offset: the time zone is unknown
    ['2026-02-30'],
    ['2026-02-30T10:00:00Z'],
    ['1970-01-01T00:00:00Z'],
    [0],
    ['hier'],
    ['2'.repeat(100)],
    [null],
  ])('refuses %s', (input) => {
    expect(isoDate(input)).toBeUndefined();
  });
});

describe('from / fill', () => {
  it('states the source of each value given, with the default confidence of that source', () => {
    expect(from('json-ld', { authorName: 'Nom', authorHandle: undefined })).toEqual({
      authorName: 'Nom',
      sources: { authorName: { source: 'json-ld', confidence: 'high' } },
    });
    const filled = fill({ authorName: 'Déjà' }, 'text', { authorName: 'Autre', publishedAt: '2026-11-02' }, 'low');
    expect(filled).toEqual({
      authorName: 'Déjà',
      publishedAt: '2026-11-02',
      sources: { publishedAt: { source: 'text', confidence: 'low' } },
    });
  });
});

const EMPTY_FACTS: PageFacts = pageFactsSchema.parse({});

/** A toy platform on exemple.test: /u/NAME is a profile, /u/NAME/p/ID a post. */
const toy = (refine?: PlatformSpec['refine']): PlatformSpec => ({
  parse(url) {
    const [u, name, p, id] = url.pathname.split('/').filter(Boolean);
    if (u !== 'u' || !name) return undefined;
    const author = { authorHandle: `@${name}`, authorUrl: `https://exemple.test/u/${name}` };
    if (p === 'p' && id) return { ...author, contentType: 'post', contentId: id, permalink: url.href };
    return { ...author, contentType: 'profile', permalink: author.authorUrl };
  },
  refine,
});
const POST = new URL('https://exemple.test/u/nom/p/42');

describe('provenance through makeExtractor', () => {
  it('fields from the URL are url/high; a refine that states nothing gets markup/medium', () => {
    const extract = makeExtractor(
      toy((f) => ({ ...f, authorName: 'Nom', publishedAt: '2026-11-02T10:00:00.000Z' })),
      ['exemple.test'],
    );
    const data = extract({ url: POST, pageUrl: POST, facts: { ...EMPTY_FACTS, url: POST.href } });
    expect(data.provenance).toEqual({
      permalink: { source: 'url', confidence: 'high' },
      contentId: { source: 'url', confidence: 'high' },
      contentType: { source: 'url', confidence: 'high' },
      authorHandle: { source: 'url', confidence: 'high' },
      authorUrl: { source: 'url', confidence: 'high' },
      authorName: { source: 'markup', confidence: 'medium' },
      publishedAt: { source: 'markup', confidence: 'medium' },
    });
  });

  it('a refine states its sources with fill; a field it overrides takes the new source', () => {
    const extract = makeExtractor(
      toy((f) => fill({ ...f, contentType: 'comment' }, 'embedded-state', { publishedAt: '2026-11-02' }, 'low')),
      ['exemple.test'],
    );
    const data = extract({ url: POST, pageUrl: POST, facts: { ...EMPTY_FACTS, url: POST.href } });
    expect(data.publishedAt).toBe('2026-11-02');
    expect(data.provenance?.publishedAt).toEqual({ source: 'embedded-state', confidence: 'low' });
    expect(data.provenance?.contentType).toEqual({ source: 'markup', confidence: 'medium' });
    expect(data.provenance?.contentId).toEqual({ source: 'url', confidence: 'high' });
  });

  it('a refine date that is not a date is dropped, with its provenance', () => {
    const extract = makeExtractor(
      toy((f) => ({ ...f, publishedAt: 'il y a 3 jours' })),
      ['exemple.test'],
    );
    const data = extract({ url: POST, pageUrl: POST, facts: { ...EMPTY_FACTS, url: POST.href } });
    expect(data.publishedAt).toBeUndefined();
    expect(data.provenance?.publishedAt).toBeUndefined();
  });

  it('a JSON-LD date and author name are json-ld; a meta date is meta', () => {
    const extract = makeExtractor(toy(), ['exemple.test']);
    const ld = JSON.stringify({
      '@type': 'SocialMediaPosting',
      datePublished: '2026-11-02T10:00:00+01:00',
      author: { '@type': 'Person', name: 'Nom Exemple', url: 'https://exemple.test/u/nom' },
    });
    const data = extract({ url: POST, pageUrl: POST, facts: { ...EMPTY_FACTS, url: POST.href, jsonLd: [ld] } });
    expect(data).toMatchObject({ authorName: 'Nom Exemple', publishedAt: '2026-11-02T09:00:00.000Z' });
    expect(data.provenance?.authorName).toEqual({ source: 'json-ld', confidence: 'high' });
    expect(data.provenance?.publishedAt).toEqual({ source: 'json-ld', confidence: 'high' });

    const meta = [{ key: 'article:published_time', value: '2026-11-03T08:00:00Z' }];
    const viaMeta = extract({ url: POST, pageUrl: POST, facts: { ...EMPTY_FACTS, url: POST.href, meta } });
    expect(viaMeta.publishedAt).toBe('2026-11-03T08:00:00.000Z');
    expect(viaMeta.provenance?.publishedAt).toEqual({ source: 'meta', confidence: 'high' });
  });

  it('a JSON-LD date about other content (another post) is not taken', () => {
    const extract = makeExtractor(toy(), ['exemple.test']);
    const ld = JSON.stringify({
      '@type': 'SocialMediaPosting',
      url: 'https://exemple.test/u/nom/p/43',
      datePublished: '2026-11-02T10:00:00Z',
    });
    const data = extract({ url: POST, pageUrl: POST, facts: { ...EMPTY_FACTS, url: POST.href, jsonLd: [ld] } });
    expect(data.publishedAt).toBeUndefined();
  });
});

describe('platformDataSchema.provenance', () => {
  it('is optional (old drafts stay valid) and bounded: unknown keys and values dropped', () => {
    expect(platformDataSchema.parse({ platformId: 'x', platformName: 'X' }).provenance).toBeUndefined();
    const parsed = platformDataSchema.parse({
      platformId: 'x',
      platformName: 'X',
      provenance: {
        authorName: { source: 'json-ld', confidence: 'high' },
        contentId: { source: 'rumour', confidence: 'high' },
        evil: { source: 'url', confidence: 'high' },
      },
    });
    expect(parsed.provenance).toEqual({ authorName: { source: 'json-ld', confidence: 'high' } });
    expect(
      platformDataSchema.parse({ platformId: 'x', platformName: 'X', provenance: 'x'.repeat(10) }).provenance,
    ).toBeUndefined();
  });
});

describe('page facts: the richer reading', () => {
  it('marks the links of the site header and navigation, not a post header inside an article', () => {
    const html = `<!doctype html><html><body>
      <header><a href="/moi">Moi</a></header>
      <nav><a href="/accueil">Accueil</a></nav>
      <div role="banner"><a href="/reglages">Réglages</a></div>
      <main><article><header><a href="/auteur">Auteur</a></header></article></main>
      <article><nav><a href="/suite">Suite</a></nav></article>
      </body></html>`;
    const facts = collectFacts('https://exemple.test/p/1', html);
    expect(facts.anchors.map((a) => [a.text, a.chrome])).toEqual([
      ['Moi', true],
      ['Accueil', true],
      ['Réglages', true],
      ['Auteur', false],
      ['Suite', false],
    ]);
  });

  it('old facts without the new parts still parse, with empty lists', () => {
    const facts = pageFactsSchema.parse({ url: 'https://exemple.test/', meta: [] });
    expect(facts).toMatchObject({ times: [], authors: [], elements: [], embedded: [] });
    // An element captured before `within` existed reads with an empty one.
    const older = pageFactsSchema.parse({ elements: [{ tag: 'shreddit-post', attrs: [], text: '' }] });
    expect(older.elements).toEqual([{ tag: 'shreddit-post', attrs: [], text: '', within: [] }]);
  });

  it('collects time elements, author markup, platform elements and embedded state', () => {
    const html = `<!doctype html><html><head>
      <script type="application/json" id="state">{"post":{"owner":{"username":"nom_exemple"},"taken_at":1793613600}}</script>
      <script type="application/json">{"unrelated":true}</script>
      <script>var ytInitialPlayerResponse = {"x":1,"ownerChannelName":"Nom"};</script>
      </head><body>
      <div id="t3_abc123"><div><shreddit-post author="nom_exemple" created-timestamp="2026-11-02T10:00:00.000000+0000" onclick="x"></shreddit-post></div></div>
      <a rel="author" href="/u/nom_exemple">Nom Exemple</a>
      <span itemprop="author" itemscope><link itemprop="url" href="https://exemple.test/@nom"><link itemprop="name" content="Nom"></span>
      <time datetime="2026-11-02T10:00:00Z"> il y a 3 jours </time>
      </body></html>`;
    const facts = collectFacts('https://exemple.test/p/1', html);
    expect(facts.times).toEqual([{ datetime: '2026-11-02T10:00:00Z', text: 'il y a 3 jours', href: null }]);
    expect(facts.anchors).toEqual([{ href: 'https://exemple.test/u/nom_exemple', text: 'Nom Exemple', chrome: false }]);
    expect(facts.authors).toEqual([
      { via: 'rel', name: 'Nom Exemple', href: 'https://exemple.test/u/nom_exemple' },
      { via: 'itemprop', name: 'Nom', href: 'https://exemple.test/@nom' },
    ]);
    expect(facts.elements).toEqual([
      {
        tag: 'shreddit-post',
        attrs: [
          { name: 'author', value: 'nom_exemple' },
          { name: 'created-timestamp', value: '2026-11-02T10:00:00.000000+0000' },
        ],
        text: '',
        // The ids of the elements it sits in, nearest first.
        within: ['t3_abc123'],
      },
    ]);
    expect(facts.embedded.map((b) => [b.id, b.partial])).toEqual([
      ['state', false],
      ['', true],
    ]);
    expect(embeddedValue(facts, 'username', 'owner')).toBe('nom_exemple');
    expect(embeddedValue(facts, 'taken_at')).toBe('1793613600');
    expect(embeddedValue(facts, 'ownerChannelName')).toBe('Nom');
    expect(embeddedValue(facts, 'missing')).toBeUndefined();
  });

  it('a form whose controls shadow element properties does not break the collection', () => {
    const html = `<!doctype html><html><body>
      <form data-author="piege"><input name="localName"><input name="querySelector"></form>
      <form itemprop="author"><input name="querySelector"><link itemprop="name" content="Nom"></form>
      <time datetime="2026-11-02T10:00:00Z">x</time></body></html>`;
    loadPage('https://exemple.test/', html);
    // What a browser does with named controls (happy-dom does not): they shadow the form's properties.
    for (const form of Array.from(document.forms)) {
      for (const name of ['localName', 'querySelector']) {
        Object.defineProperty(form, name, { value: form.elements.namedItem(name) ?? {}, configurable: true });
      }
    }
    const facts = parsePageFacts(collectPageFacts(DEFAULT_COLLECT_LIMITS, null))!;
    expect(facts.elements.map((e) => [e.tag, e.attrs])).toEqual([['form', [{ name: 'data-author', value: 'piege' }]]]);
    expect(facts.authors.map((a) => a.name)).toEqual(['Nom']);
    expect(facts.times).toHaveLength(1);
  });

  it('keeps embedded state bounded: excerpts of huge blocks, a total cap, a block count cap', () => {
    const filler = 'x'.repeat(200_000);
    const big = `{"a":"${filler}","owner":{"username":"loin"},"b":"${filler}"}`;
    const blocks = Array.from({ length: 12 }, () => `<script type="application/json">${big}</script>`).join('');
    const html = `<!doctype html><html><head>${blocks}</head><body></body></html>`;
    const facts = collectFacts('https://exemple.test/', html);
    const total = facts.embedded.reduce((n, b) => n + b.text.length, 0);
    expect(facts.embedded.length).toBeLessThanOrEqual(DEFAULT_COLLECT_LIMITS.maxEmbeddedBlocks);
    expect(total).toBeLessThanOrEqual(DEFAULT_COLLECT_LIMITS.maxEmbeddedTotal);
    expect(facts.embedded.every((b) => b.partial && b.text.length <= 2000)).toBe(true);
    expect(facts.truncated).toBe(true);
    expect(embeddedValue(facts, 'username', 'owner')).toBe('loin');
  });

  it('validation re-bounds a hostile collector output', () => {
    const raw = {
      ...collectPageFactsOn('<html></html>'),
      times: Array.from({ length: 500 }, () => ({ datetime: 'x'.repeat(5000), text: 'y'.repeat(5000) })),
      embedded: [{ id: 1, type: null, text: 'z'.repeat(100_000), partial: 'no' }],
      elements: [{ tag: 'a', attrs: Array.from({ length: 100 }, (_, i) => ({ name: `n${i}`, value: 'v' })) }],
    };
    const facts = parsePageFacts(raw)!;
    expect(facts.times).toHaveLength(20);
    expect(facts.times[0]!.datetime).toHaveLength(100);
    expect(facts.embedded[0]).toEqual({ id: '', type: '', text: 'z'.repeat(20000), partial: true });
    expect(facts.elements[0]!.attrs).toHaveLength(20);
  });
});

function collectPageFactsOn(html: string) {
  document.open();
  document.write(html);
  document.close();
  return collectPageFacts(DEFAULT_COLLECT_LIMITS, null);
}
