import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const root = join(__dirname, '../..');
const load = (locale: string) =>
  JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
const fr = load('fr');
const en = load('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}
const sources = [
  ...['entrypoints', 'components', 'utils'].flatMap((d) => sourceFiles(join(root, d))),
  join(root, 'wxt.config.ts'),
].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const allSource = sources.map((s) => s.text).join('\n');

/** Keys built at run time from a prefix: none (enum labels are typed `Record`s naming every key). */
const DYNAMIC_PREFIXES: string[] = [];

describe('locales', () => {
  it('French (default) and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('no message is empty, and both locales use the same placeholders', () => {
    for (const [key, value] of Object.entries(fr)) {
      const other = en[key]!;
      expect(value.message.trim(), key).not.toBe('');
      expect(other.message.trim(), key).not.toBe('');
      expect(Object.keys(other.placeholders ?? {}).sort(), key).toEqual(Object.keys(value.placeholders ?? {}).sort());
      for (const name of Object.keys(value.placeholders ?? {})) {
        expect(value.message, `${key} uses $${name}$`).toContain(`$${name.toUpperCase()}$`);
        expect(other.message, `${key} uses $${name}$`).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  it('every key the code asks for exists', () => {
    const asked = new Set<string>();
    for (const { text } of sources) {
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(m[1]!);
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) asked.add(m[1]!);
    }
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((k) => !(k in fr))).toEqual([]);
  });

  it('every message is used somewhere (no dead strings to translate)', () => {
    const unused = Object.keys(fr).filter(
      (key) =>
        !allSource.includes(`'${key}'`) &&
        !allSource.includes(`__MSG_${key}__`) &&
        !DYNAMIC_PREFIXES.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('the English locale is not a copy of the French one', () => {
    const same = Object.keys(fr).filter((k) => fr[k]!.message === en[k]!.message && fr[k]!.message.length > 12);
    expect(same).toEqual([]);
  });

  it('a count is written with real plurals, never « signalement(s) » or "report(s)"', () => {
    const pseudo = /[\p{L}]\((?:s|es|x|e|e\)s|ne)\)/u;
    const found = [fr, en].flatMap((messages) =>
      Object.entries(messages)
        .filter(([, value]) => pseudo.test(value.message))
        .map(([key, value]) => `${key}: ${value.message}`),
    );
    expect(found).toEqual([]);
  });

  it('the `one` form of a count takes no value its `other` form lacks', () => {
    const pairs = Object.keys(fr)
      .filter((k) => k.endsWith('One'))
      .map((one) => [one, [one.slice(0, -3), `${one.slice(0, -3)}Other`].find((k) => k in fr)] as const)
      .filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
    expect(pairs.length).toBeGreaterThan(10);
    // The `one` form may leave the number out (« Sceller le rapport choisi »), never add another value.
    for (const [one, other] of pairs)
      expect(Object.keys(fr[other]!.placeholders ?? {}), one).toEqual(
        expect.arrayContaining(Object.keys(fr[one]!.placeholders ?? {})),
      );
  });
});
