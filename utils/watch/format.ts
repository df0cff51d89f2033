import { z } from '@/utils/zod';
import { withoutBidi, withoutControlChars } from '@/utils/format/controls';
import { itemKinds, normalizeItem, type ItemKind } from './items';
import { FILE_MAX_BYTES, FORMAT_ID, FORMAT_VERSION, ITEMS_MAX, NAME_MAX, NOTE_MAX } from './limits';

/**
 * Watchlist files, version 1. Two encodings of the same content, both UTF-8:
 *
 * JSON:
 *   { "format": "vigie-watchlist", "version": 1, "name": "…", "note": "…",
 *     "domains": ["example.org"], "accounts": ["x:@someone"], "sha256": ["<64 hex>"] }
 *
 * CSV: a first line `# vigie-watchlist 1`, then `# name: …` and `# note: …` lines, a header
 * `kind,value`, then one `kind,value` line per item (`domain`, `account` or `sha256`).
 *
 * Bounded: the file ≤ 2 MB, ≤ 50,000 items, each item bounded. A file that breaks any rule is
 * refused as a whole with an error that names the rule (and the line or position): nothing of it
 * is kept.
 */

export { FILE_MAX_BYTES, FORMAT_ID, FORMAT_VERSION, ITEMS_MAX, NAME_MAX, NOTE_MAX };
/** No raw item is longer than this (a domain is ≤ 253, an account ≤ 140, a hash 64). */
const RAW_ITEM_MAX = 300;

export const importErrorCodes = [
  'too-large',
  'empty',
  'not-utf8',
  'unknown-format',
  'unsupported-version',
  'invalid',
  'name-missing',
  'too-many-items',
  'bad-item',
  'no-items',
  'signature-unreadable',
  'signature-mismatch',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

/** Why a list was refused. `detail`: where (a line, a position, a field), for the message. */
export class WatchImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'WatchImportError';
  }
}

/** A parsed list: its name, its note and its items, normalized and without duplicates. */
export interface ParsedList {
  name: string;
  note: string;
  domains: string[];
  accounts: string[];
  sha256: string[];
}

const rawItems = z.array(z.string().max(RAW_ITEM_MAX)).max(ITEMS_MAX).default([]);
const jsonSchema = z.object({
  format: z.literal(FORMAT_ID),
  version: z.literal(FORMAT_VERSION),
  name: z.string().max(NAME_MAX * 2),
  note: z
    .string()
    .max(NOTE_MAX * 2)
    .default(''),
  domains: rawItems,
  accounts: rawItems,
  sha256: rawItems,
});

const FIELD_OF: Record<ItemKind, 'domains' | 'accounts' | 'sha256'> = {
  domain: 'domains',
  account: 'accounts',
  sha256: 'sha256',
};

/** Name and note: trimmed, no control characters, bounded (too long is refused, not cut). */
function cleanText(value: string, max: number, field: string): string {
  const text = withoutBidi(withoutControlChars(value, 'layout')).trim();
  if (text.length > max) throw new WatchImportError('invalid', `${field} > ${max}`);
  return text;
}

/** Normalizes, de-duplicates and counts; `where(i)` names the item for the error message. */
function collect(
  entries: Iterable<{ kind: ItemKind; value: string; where: string }>,
): Pick<ParsedList, 'domains' | 'accounts' | 'sha256'> {
  const sets = { domains: new Set<string>(), accounts: new Set<string>(), sha256: new Set<string>() };
  let count = 0;
  for (const { kind, value, where } of entries) {
    if (++count > ITEMS_MAX) throw new WatchImportError('too-many-items', String(ITEMS_MAX));
    const normalized = normalizeItem[kind](value);
    if (normalized === undefined) throw new WatchImportError('bad-item', `${where}: ${kind} "${value.slice(0, 80)}"`);
    sets[FIELD_OF[kind]].add(normalized);
  }
  if (sets.domains.size + sets.accounts.size + sets.sha256.size === 0) throw new WatchImportError('no-items');
  return { domains: [...sets.domains], accounts: [...sets.accounts], sha256: [...sets.sha256] };
}

function parseJson(text: string): ParsedList {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new WatchImportError('invalid', e instanceof Error ? e.message.slice(0, 200) : 'JSON');
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== 'object' || Array.isArray(data) || head.format !== FORMAT_ID)
    throw new WatchImportError('unknown-format');
  if (head.version !== FORMAT_VERSION) throw new WatchImportError('unsupported-version', String(head.version));
  // Count before validating each item: an oversized list is named as such.
  for (const field of ['domains', 'accounts', 'sha256'] as const) {
    const items = (data as Record<string, unknown>)[field];
    if (Array.isArray(items) && items.length > ITEMS_MAX)
      throw new WatchImportError('too-many-items', String(ITEMS_MAX));
  }
  const parsed = jsonSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new WatchImportError('invalid', `${issue.path.join('.') || '(root)'}: ${issue.message}`.slice(0, 200));
  }
  const { name, note, domains, accounts, sha256 } = parsed.data;
  const list = { name: cleanText(name, NAME_MAX, 'name'), note: cleanText(note, NOTE_MAX, 'note') };
  if (!list.name) throw new WatchImportError('name-missing');
  function* entries() {
    for (const [kind, values] of [
      ['domain', domains],
      ['account', accounts],
      ['sha256', sha256],
    ] as const)
      for (const [i, value] of values.entries()) yield { kind, value, where: `${FIELD_OF[kind]}[${i}]` };
  }
  return { ...list, ...collect(entries()) };
}

const CSV_MAGIC = /^#\s*vigie-watchlist\s+(\S+)\s*$/;
const unquote = (s: string) => {
  const v = s.trim();
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1).replace(/""/g, '"') : v;
};

function parseCsv(text: string): ParsedList {
  const lines = text.split(/\r\n|\n|\r/);
  // Blank lines before the version line are skipped; line numbers stay those of the file.
  const first = lines.findIndex((l) => l.trim() !== '');
  const magic = CSV_MAGIC.exec(lines[first] ?? '');
  if (!magic) throw new WatchImportError('unknown-format');
  if (magic[1] !== String(FORMAT_VERSION)) throw new WatchImportError('unsupported-version', magic[1]!.slice(0, 20));
  let name = '';
  let note = '';
  let header = false;
  const items: { kind: ItemKind; value: string; where: string }[] = [];
  for (const [i, raw] of lines.entries()) {
    if (i <= first) continue;
    const line = raw.trim();
    const where = `line ${i + 1}`;
    if (!line) continue;
    if (line.startsWith('#')) {
      const meta = /^#\s*(name|note)\s*:(.*)$/i.exec(line);
      if (meta && !header) {
        if (meta[1]!.toLowerCase() === 'name') name = cleanText(meta[2]!, NAME_MAX, 'name');
        else note = cleanText(note ? `${note}\n${meta[2]!.trim()}` : meta[2]!, NOTE_MAX, 'note');
      }
      continue;
    }
    if (!header) {
      if (line.replace(/\s/g, '').toLowerCase() !== 'kind,value')
        throw new WatchImportError('invalid', `${where}: "kind,value"`);
      header = true;
      continue;
    }
    const comma = line.indexOf(',');
    const kind = unquote(comma < 0 ? line : line.slice(0, comma)).toLowerCase();
    const value = comma < 0 ? '' : unquote(line.slice(comma + 1));
    if (!(itemKinds as readonly string[]).includes(kind) || value.length > RAW_ITEM_MAX)
      throw new WatchImportError('bad-item', `${where}: "${line.slice(0, 80)}"`);
    if (items.length >= ITEMS_MAX) throw new WatchImportError('too-many-items', String(ITEMS_MAX));
    items.push({ kind: kind as ItemKind, value, where });
  }
  if (!name) throw new WatchImportError('name-missing');
  if (!header) throw new WatchImportError('no-items');
  return { name, note, ...collect(items) };
}

/**
 * Reads a watchlist file from its exact bytes (JSON or CSV, told apart by their first character).
 * Throws a `WatchImportError` for anything but a valid, bounded version-1 list.
 */
export function parseWatchlist(bytes: Uint8Array): ParsedList {
  if (bytes.byteLength > FILE_MAX_BYTES) throw new WatchImportError('too-large', String(bytes.byteLength));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new WatchImportError('not-utf8');
  }
  const start = text.trimStart();
  if (!start) throw new WatchImportError('empty');
  if (start.startsWith('{')) return parseJson(text);
  if (start.startsWith('#')) return parseCsv(text);
  throw new WatchImportError('unknown-format');
}
