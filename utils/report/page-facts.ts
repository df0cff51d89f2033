import { optionalWebUrl, pageText, webUrl, z } from '@/utils/zod';

/**
 * What a page claims about itself, after validation. Whatever the injected collector returns
 * is re-bounded here: lengths cut, URLs parsed (http/https only), unknown keys dropped,
 * invalid parts replaced by empty values rather than failing the whole capture. Every text has
 * its bidi controls removed (`pageText`).
 */
const text = (max: number) => pageText(max).nullable().catch(null);
const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items
        .slice(0, max)
        .map((i) => item.safeParse(i))
        .filter((r) => r.success)
        .map((r) => r.data as z.output<T>),
    );

const finite = z.number().finite().catch(0);
const nullableUrl = () => webUrl().nullable().catch(null);

export const pageFactsSchema = z.object({
  url: nullableUrl(),
  title: text(2000),
  lang: text(50),
  canonical: nullableUrl(),
  meta: list(z.object({ key: pageText(200), value: pageText(2000) }), 200),
  links: list(z.object({ rel: pageText(200), href: webUrl() }), 100),
  jsonLd: list(pageText(20000), 10),
  /**
   * Links, with `chrome` set for those in the site's own header or navigation (where the signed-in
   * user's profile link sits). Absent from drafts captured before it was collected: `false` then.
   */
  anchors: list(
    z
      .object({ href: optionalWebUrl(), text: pageText(200), chrome: z.boolean().catch(false) })
      .transform((a) => a as { href?: string; text: string; chrome?: boolean }),
    300,
  ).transform((items) =>
    items.filter((a): a is { href: string; text: string; chrome?: boolean } => typeof a.href === 'string'),
  ),
  /** `<time datetime>` elements, in page order. */
  times: list(z.object({ datetime: pageText(100), text: pageText(200).catch(''), href: nullableUrl() }), 20),
  /** Author markup: `rel="author"` links and `itemprop="author"` elements. */
  authors: list(
    z.object({ via: z.enum(['rel', 'itemprop']), name: pageText(200).catch(''), href: optionalWebUrl() }),
    20,
  ),
  /** Platform elements with their data attributes (`<shreddit-post author=…>`), page order. */
  elements: list(
    z.object({
      tag: pageText(60),
      attrs: list(z.object({ name: pageText(60), value: pageText(2000) }), 20),
      /** The element's text, cut at 200 characters. */
      text: pageText(200).catch(''),
      /**
       * The ids of its nearest ancestors that have one, nearest first (which post or comment it
       * sits in). Absent from drafts captured before it was collected: empty then.
       */
      within: list(pageText(100), 3),
    }),
    20,
  ),
  /** Embedded state blocks, whole JSON or excerpts (`partial`): scanned, never trusted. */
  embedded: list(
    z.object({
      id: pageText(200).catch(''),
      type: pageText(100).catch(''),
      text: pageText(20000),
      partial: z.boolean().catch(true),
    }),
    6,
  ),
  target: z
    .object({ alt: text(2000), enclosingHref: nullableUrl() })
    .nullable()
    .catch(null),
  selection: pageText(10000).catch(''),
  viewport: z
    .object({
      width: finite,
      height: finite,
      devicePixelRatio: z.number().positive().finite().catch(1),
      scrollX: finite,
      scrollY: finite,
      scrollWidth: finite,
      scrollHeight: finite,
    })
    .catch({ width: 0, height: 0, devicePixelRatio: 1, scrollX: 0, scrollY: 0, scrollWidth: 0, scrollHeight: 0 }),
  time: z
    .object({ iso: text(40), timeZone: text(100), offsetMinutes: z.number().int().min(-1440).max(1440).catch(0) })
    .catch({ iso: null, timeZone: null, offsetMinutes: 0 }),
  truncated: z.boolean().catch(true),
});

export type PageFacts = z.output<typeof pageFactsSchema>;

/** Parses the collector's raw output. Anything that is not an object gives `null`. */
export function parsePageFacts(raw: unknown): PageFacts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const result = pageFactsSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/** All values of a meta key (`og:title`, `twitter:creator`…), in page order. */
export function metaValues(facts: Pick<PageFacts, 'meta'>, key: string): string[] {
  const k = key.toLowerCase();
  return facts.meta.filter((m) => m.key === k).map((m) => m.value);
}

/** The value of attribute `name` on the first platform element `tag` that has it. */
export function elementAttr(facts: Pick<PageFacts, 'elements'>, tag: string, name: string): string | undefined {
  for (const el of facts.elements) {
    if (el.tag !== tag) continue;
    const found = el.attrs.find((a) => a.name === name);
    if (found) return found.value;
  }
  return undefined;
}

export function metaValue(facts: Pick<PageFacts, 'meta'>, key: string): string | undefined {
  return metaValues(facts, key)[0];
}
