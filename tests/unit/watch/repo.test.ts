import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openVigieDb } from '@/utils/db/database';
import { WatchRepository, DuplicateKeyError, WATCH_CHANNEL, itemCount } from '@/utils/watch/repo';
import { WatchImportError } from '@/utils/watch/format';
import { fromBase64, parsePublicKey, parseSignature, toBase64 } from '@/utils/watch/signature';

let n = 0;
const dbName = () => `vigie-watch-test-${++n}`;
const bytes = (text: string) => new TextEncoder().encode(text);
const LIST = bytes(
  JSON.stringify({ format: 'vigie-watchlist', version: 1, name: 'Réseau', note: 'À vérifier', domains: ['a.fr'] }),
);

async function keyPair() {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const sign = async (data: Uint8Array) =>
    new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new Uint8Array(data)));
  return { raw, base64: toBase64(raw), jwk: JSON.stringify(jwk), sign };
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    if (e instanceof WatchImportError) return e.code;
    throw e;
  }
  return 'accepted';
}

describe('database step 6', () => {
  it('adds the watchlist stores to a version 3 database and keeps its data', async () => {
    const name = dbName();
    const v3 = await openVigieDb(name, 3);
    await v3.put('settings', { key: 'k', value: 1 });
    v3.close();
    const db = await openVigieDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['watchlists', 'watchKeys', 'settings']));
    expect(await db.get('settings', 'k')).toEqual({ key: 'k', value: 1 });
    db.close();
  });

  it('runs on its own on a database that already has the other steps (4 and 5 added elsewhere)', async () => {
    const name = dbName();
    const v5 = await openVigieDb(name, 5);
    expect([...v5.objectStoreNames]).not.toContain('watchlists');
    v5.close();
    const db = await openVigieDb(name, 6);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['watchlists', 'watchKeys']));
    db.close();
  });
});

describe('watch repository', () => {
  const channel = new BroadcastChannel(WATCH_CHANNEL);
  const heard: unknown[] = [];
  channel.onmessage = (e) => heard.push(e.data);
  afterEach(() => void heard.splice(0));
  afterAll(() => channel.close());

  it('imports an unsigned list, enables, disables and deletes it, telling the background each time', async () => {
    const repo = new WatchRepository(dbName());
    const list = await repo.importList({ bytes: LIST, fileName: 'liste.json', now: new Date('2026-11-28T10:00:00Z') });
    expect(list).toMatchObject({
      name: 'Réseau',
      note: 'À vérifier',
      enabled: true,
      signature: { state: 'unsigned' },
      fileName: 'liste.json',
      importedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(itemCount(list)).toBe(1);
    expect((await repo.lists()).lists).toEqual([list]);
    await repo.setEnabled(list.id, false);
    expect(await repo.enabledLists()).toEqual([]);
    await repo.setEnabled(list.id, true);
    expect((await repo.enabledLists()).map((l) => l.id)).toEqual([list.id]);
    await repo.deleteList(list.id);
    expect((await repo.lists()).lists).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toHaveLength(4);
  });

  it('stores nothing from a bad or oversized file', async () => {
    const repo = new WatchRepository(dbName());
    expect(
      await refusal(repo.importList({ bytes: bytes('{"format":"vigie-watchlist","version":1}'), fileName: 'x' })),
    ).toBe('invalid');
    expect(await refusal(repo.importList({ bytes: new Uint8Array(3 * 1024 * 1024), fileName: 'x' }))).toBe('too-large');
    expect(await refusal(repo.importList({ bytes: bytes('garbage'), fileName: 'x' }))).toBe('unknown-format');
    expect((await repo.lists()).lists).toEqual([]);
    expect(heard).toEqual([]);
  });

  it('skips stored records that do not fit the schema', async () => {
    const name = dbName();
    const repo = new WatchRepository(name);
    await repo.importList({ bytes: LIST, fileName: 'a.json' });
    const db = await openVigieDb(name);
    await db.put('watchlists', { id: 'broken', name: 1 });
    db.close();
    const { lists, skipped } = await repo.lists();
    expect(lists).toHaveLength(1);
    expect(skipped).toBe(1);
  });
});

describe('signed lists (Ed25519, WebCrypto)', () => {
  it('accepts a list signed by a trusted key, and says which', async () => {
    const repo = new WatchRepository(dbName());
    const assoc = await keyPair();
    const key = await repo.addKey('Association X', assoc.base64);
    const sig = bytes(toBase64(await assoc.sign(LIST)) + '\n');
    const list = await repo.importList({ bytes: LIST, fileName: 'l.json', signature: sig });
    expect(list.signature).toEqual({ state: 'signed', keyId: key!.id, keyName: 'Association X' });
  });

  it('accepts the raw 64-byte signature that openssl writes, and a key given as a JWK', async () => {
    const repo = new WatchRepository(dbName());
    const assoc = await keyPair();
    await repo.addKey('JWK', assoc.jwk);
    const list = await repo.importList({ bytes: LIST, fileName: 'l.json', signature: await assoc.sign(LIST) });
    expect(list.signature).toMatchObject({ state: 'signed', keyName: 'JWK' });
  });

  it('refuses a list whose bytes changed after signing, or signed by an unknown key; stores nothing', async () => {
    const repo = new WatchRepository(dbName());
    const trusted = await keyPair();
    const stranger = await keyPair();
    await repo.addKey('Trusted', trusted.base64);
    const tampered = bytes(new TextDecoder().decode(LIST).replace('a.fr', 'b.fr'));
    const good = await trusted.sign(LIST);
    expect(await refusal(repo.importList({ bytes: tampered, fileName: 'l', signature: good }))).toBe(
      'signature-mismatch',
    );
    expect(await refusal(repo.importList({ bytes: LIST, fileName: 'l', signature: await stranger.sign(LIST) }))).toBe(
      'signature-mismatch',
    );
    expect(await refusal(repo.importList({ bytes: LIST, fileName: 'l', signature: bytes('not a signature') }))).toBe(
      'signature-unreadable',
    );
    expect((await repo.lists()).lists).toEqual([]);
  });

  it('refuses a signature when no key is trusted', async () => {
    const repo = new WatchRepository(dbName());
    const assoc = await keyPair();
    expect(await refusal(repo.importList({ bytes: LIST, fileName: 'l', signature: await assoc.sign(LIST) }))).toBe(
      'signature-mismatch',
    );
  });

  it('keeps keys: refuses malformed ones and a second copy of the same key, and removes them', async () => {
    const repo = new WatchRepository(dbName());
    const assoc = await keyPair();
    expect(await repo.addKey('Bad', 'not base64!')).toBeUndefined();
    expect(await repo.addKey('Short', toBase64(new Uint8Array(31)))).toBeUndefined();
    expect(await repo.addKey('RSA', '{"kty":"RSA","n":"AQAB","e":"AQAB"}')).toBeUndefined();
    const key = await repo.addKey('Asso', assoc.base64);
    await expect(repo.addKey('Again', assoc.jwk)).rejects.toBeInstanceOf(DuplicateKeyError);
    expect((await repo.keys()).map((k) => k.name)).toEqual(['Asso']);
    await repo.removeKey(key!.id);
    expect(await repo.keys()).toEqual([]);
  });

  it('reads base64 in every usual spelling', () => {
    const raw = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 250);
    const standard = toBase64(raw);
    const urlSafe = standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(fromBase64(urlSafe)).toEqual(raw);
    expect(parsePublicKey(` ${standard}\n`)).toEqual(raw);
    expect(parseSignature(bytes('@@@'))).toBeUndefined();
  });
});
