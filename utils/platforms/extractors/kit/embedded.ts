/**
 * Embedded state (page-controlled text): scanned with bounded, linear patterns, never evaluated.
 */
import type { PageFacts } from '@/utils/report/page-facts';

export const MAX_SCAN = 20000;
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const decodeJsonString = (raw: string): string | undefined => {
  try {
    const v: unknown = JSON.parse(`"${raw}"`);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
};

/** The embedded state texts, each bounded. */
export function embeddedTexts(facts: Pick<PageFacts, 'embedded'>): string[] {
  return (Array.isArray(facts.embedded) ? facts.embedded.slice(0, 10) : [])
    .map((b) => (typeof b?.text === 'string' ? b.text.slice(0, MAX_SCAN) : ''))
    .filter(Boolean);
}

/**
 * The first string (or number, as text) value of `"key"` in the page's embedded state; with
 * `within`, only inside the 1,500 characters after the first `"within"` key (`"owner":{…}`), or,
 * for a path (`['item', 'user']`), after each key in turn.
 */
export function embeddedValue(
  facts: Pick<PageFacts, 'embedded'>,
  key: string,
  within?: string | readonly string[],
): string | undefined {
  const pattern = new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*(?:"((?:[^"\\\\]|\\\\.){1,400}?)"|(\\d{1,20})\\b)`);
  const path = within === undefined ? [] : typeof within === 'string' ? [within] : within.slice(0, 4);
  for (const text of embeddedTexts(facts)) {
    let scope: string | undefined = text;
    for (const step of path) {
      const at: number = scope.indexOf(`"${step}"`);
      scope = at < 0 ? undefined : scope.slice(at, at + 1500);
      if (scope === undefined) break;
    }
    if (scope === undefined) continue;
    const m = pattern.exec(scope);
    if (!m) continue;
    const value = m[1] !== undefined ? decodeJsonString(m[1]) : m[2];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * `text` without the values of the `keys` sections (`"comments":[…]`, `"edge_media_to_comment":{…}`):
 * other people's contributions nested in an item. String-aware and linear; a section cut short
 * (an excerpt) drops the rest of the text.
 */
export function withoutSections(text: string, keys: readonly string[]): string {
  let out = '';
  let at = 0;
  const pattern = new RegExp(`"(?:${keys.map(escapeRegExp).join('|')})"\\s*:\\s*[[{]`, 'g');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out += text.slice(at, m.index);
    let depth = 0;
    let inString = false;
    let i = m.index + m[0].length - 1;
    for (; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) break;
      }
    }
    if (i >= text.length) return out;
    at = i + 1;
    pattern.lastIndex = at;
  }
  return out + text.slice(at);
}

/**
 * The embedded state about one item: in each block, from the first `"key":"value"` (one of `keys`)
 * to the next `"key":"…"` naming another item, at most `max` characters, without the `skip`
 * sections (comments). Empty when no block names the item.
 */
export function embeddedItem(
  facts: Pick<PageFacts, 'embedded'>,
  keys: readonly string[],
  value: string,
  skip: readonly string[] = [],
  max = 6000,
): Pick<PageFacts, 'embedded'> {
  const anchor = new RegExp(`"(?:${keys.map(escapeRegExp).join('|')})"\\s*:\\s*"${escapeRegExp(value)}"`);
  const next = new RegExp(`"(?:${keys.map(escapeRegExp).join('|')})"\\s*:\\s*"(?!${escapeRegExp(value)}")`);
  const embedded: PageFacts['embedded'] = [];
  for (const text of embeddedTexts(facts)) {
    const m = anchor.exec(text);
    if (!m) continue;
    let part = text.slice(m.index, m.index + max);
    const other = next.exec(part.slice(m[0].length));
    if (other) part = part.slice(0, m[0].length + other.index);
    embedded.push({ id: '', type: '', text: withoutSections(part, skip), partial: true });
  }
  return { embedded };
}

/** The values of data attribute `name` on the page's platform elements, in page order. */
export function elementValues(facts: Pick<PageFacts, 'elements'>, name: string): string[] {
  return (Array.isArray(facts.elements) ? facts.elements : []).flatMap((el) =>
    el.attrs.filter((a) => a.name === name).map((a) => a.value),
  );
}
