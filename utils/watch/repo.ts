import { vigieDb } from '@/utils/db/connection';
import { z } from '@/utils/zod';
import { DOMAIN_MAX, ACCOUNT_MAX } from './items';
import { ITEMS_MAX, NAME_MAX, NOTE_MAX, parseWatchlist, WatchImportError } from './format';
import {
  findSigner,
  KEY_NAME_MAX,
  parsePublicKey,
  parseSignature,
  toBase64,
  trustedKeySchema,
  type TrustedKey,
} from './signature';

/** Posted (with no content) on every change, so the background drops its cached index. */
export const WATCH_CHANNEL = 'vigie-watch';

export const signatureStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('unsigned') }),
  z.object({ state: z.literal('signed'), keyId: z.uuid(), keyName: z.string().max(KEY_NAME_MAX) }),
]);

export const storedListSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.uuid(),
  name: z.string().min(1).max(NAME_MAX),
  note: z.string().max(NOTE_MAX),
  fileName: z.string().max(200),
  importedAt: z.iso.datetime(),
  enabled: z.boolean(),
  signature: signatureStateSchema,
  domains: z.array(z.string().max(DOMAIN_MAX)).max(ITEMS_MAX),
  accounts: z.array(z.string().max(ACCOUNT_MAX)).max(ITEMS_MAX),
  sha256: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(ITEMS_MAX),
});
export type StoredList = z.output<typeof storedListSchema>;

export const itemCount = (list: Pick<StoredList, 'domains' | 'accounts' | 'sha256'>) =>
  list.domains.length + list.accounts.length + list.sha256.length;

export class DuplicateKeyError extends Error {
  constructor(readonly existing: string) {
    super(`key already trusted as ${existing}`);
  }
}

function announce() {
  try {
    const channel = new BroadcastChannel(WATCH_CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // No BroadcastChannel: the background's cache expires on its own.
  }
}

/**
 * The only module that reads and writes watchlists and trusted keys. Imports are all or nothing:
 * the file is parsed, bounded and its signature checked before the one write.
 */
export class WatchRepository {
  constructor(private readonly dbName?: string) {}

  private async withDb<T>(fn: (db: Awaited<ReturnType<typeof vigieDb>>) => Promise<T>): Promise<T> {
    return fn(await vigieDb(this.dbName));
  }

  /** Every readable list (imported order); records that do not fit the schema are skipped and counted. */
  async lists(): Promise<{ lists: StoredList[]; skipped: number }> {
    const raws = await this.withDb((db) => db.getAll('watchlists'));
    const lists: StoredList[] = [];
    let skipped = 0;
    for (const raw of raws) {
      const parsed = storedListSchema.safeParse(raw);
      if (parsed.success) lists.push(parsed.data);
      else skipped++;
    }
    lists.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
    return { lists, skipped };
  }

  async enabledLists(): Promise<StoredList[]> {
    return (await this.lists()).lists.filter((l) => l.enabled);
  }

  /**
   * Parses, checks and stores a list file. `signature`: the bytes of a detached signature file,
   * if the user gave one; it must verify against a trusted key, or the list is refused.
   * Throws `WatchImportError` (nothing stored) for any problem.
   */
  async importList(input: { bytes: Uint8Array; fileName: string; signature?: Uint8Array; now?: Date }) {
    const parsed = parseWatchlist(input.bytes);
    let signature: StoredList['signature'] = { state: 'unsigned' };
    if (input.signature) {
      const sig = parseSignature(input.signature);
      if (!sig) throw new WatchImportError('signature-unreadable');
      const signer = await findSigner(sig, input.bytes, await this.keys());
      if (!signer) throw new WatchImportError('signature-mismatch');
      signature = { state: 'signed', keyId: signer.id, keyName: signer.name };
    }
    const record = storedListSchema.parse({
      schemaVersion: 1,
      id: crypto.randomUUID(),
      ...parsed,
      fileName: input.fileName.slice(0, 200),
      importedAt: (input.now ?? new Date()).toISOString(),
      enabled: true,
      signature,
    });
    await this.withDb(async (db) => {
      const tx = db.transaction('watchlists', 'readwrite', { durability: 'strict' });
      await tx.store.add(record);
      await tx.done;
    });
    announce();
    return record;
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    await this.withDb(async (db) => {
      const tx = db.transaction('watchlists', 'readwrite');
      const parsed = storedListSchema.safeParse(await tx.store.get(id));
      if (parsed.success) await tx.store.put({ ...parsed.data, enabled });
      await tx.done;
    });
    announce();
  }

  async deleteList(id: string): Promise<void> {
    await this.withDb((db) => db.delete('watchlists', id));
    announce();
  }

  async keys(): Promise<TrustedKey[]> {
    const raws = await this.withDb((db) => db.getAll('watchKeys'));
    return raws
      .flatMap((raw) => {
        const parsed = trustedKeySchema.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
  }

  /** Trusts a public key. `undefined` if `input` is not an Ed25519 public key; throws if already trusted. */
  async addKey(name: string, input: string, now = new Date()): Promise<TrustedKey | undefined> {
    const raw = parsePublicKey(input);
    if (!raw) return undefined;
    const publicKey = toBase64(raw);
    const existing = (await this.keys()).find((k) => k.publicKey === publicKey);
    if (existing) throw new DuplicateKeyError(existing.name);
    const key = trustedKeySchema.parse({
      schemaVersion: 1,
      id: crypto.randomUUID(),
      name: name.trim().slice(0, KEY_NAME_MAX),
      publicKey,
      addedAt: now.toISOString(),
    });
    await this.withDb((db) => db.add('watchKeys', key));
    return key;
  }

  async removeKey(id: string): Promise<void> {
    await this.withDb((db) => db.delete('watchKeys', id));
  }
}

export const watchRepository = new WatchRepository();
