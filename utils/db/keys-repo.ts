/**
 * This installation's signing key pair, kept in IndexedDB (`keys` store). A `CryptoKey` is
 * structured-cloneable, so the private key is stored as a non-extractable key object: its bytes
 * can never be read back, by Vigie or anyone else. Created on first use; two pages asking at the
 * same time end with one key (the second write finds the first and keeps it).
 */
import { closeVigieDb, vigieDb } from './connection';

export const INSTALLATION_KEY_ID = 'installation-signing-key';

export interface StoredKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  createdAt: string;
}

export class KeysRepository {
  constructor(private readonly dbName?: string) {}

  private db() {
    return vigieDb(this.dbName);
  }

  /** Closes the database's shared connection (tests; the next call opens it again). */
  async close() {
    await closeVigieDb(this.dbName);
  }

  async get(): Promise<StoredKeyPair | undefined> {
    const record = await (await this.db()).get('keys', INSTALLATION_KEY_ID);
    return record
      ? { privateKey: record.privateKey, publicKey: record.publicKey, createdAt: record.createdAt }
      : undefined;
  }

  /**
   * The stored key pair, or the one `create` makes, stored. `create` runs outside any transaction
   * (an IndexedDB transaction cannot wait for WebCrypto); the write then re-reads in its own
   * transaction and keeps whichever key was stored first.
   */
  async getOrCreate(create: () => Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }>): Promise<StoredKeyPair> {
    const existing = await this.get();
    if (existing) return existing;
    const made = await create();
    const db = await this.db();
    const tx = db.transaction('keys', 'readwrite', { durability: 'strict' });
    const already = await tx.store.get(INSTALLATION_KEY_ID);
    if (already) {
      await tx.done;
      return { privateKey: already.privateKey, publicKey: already.publicKey, createdAt: already.createdAt };
    }
    const record = { id: INSTALLATION_KEY_ID, ...made, createdAt: new Date().toISOString() };
    await tx.store.add(record);
    await tx.done;
    return { privateKey: record.privateKey, publicKey: record.publicKey, createdAt: record.createdAt };
  }
}

export const keysRepository = new KeysRepository();
