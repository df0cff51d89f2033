/** Shared by the export tests: drafts, artefacts with their real SHA-256, keys, ZIP surgery. */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import {
  ARTEFACT_SCHEMA_VERSION,
  draftSchema,
  DRAFT_SCHEMA_VERSION,
  type Artefact,
  type Draft,
} from '@/utils/report/draft';
import {
  generateSigningKeyPair,
  jwkThumbprint,
  publicJwkOf,
  sha256Hex,
  type InstallationKey,
} from '@/utils/export/signing';
import { draftInput, pageFacts } from '../db/helpers';

export function makeDraft(over: Parameters<typeof draftInput>[0] = {}): Draft {
  return draftSchema.parse({
    ...draftInput({ status: 'ready', page: pageFacts(), ...over }),
    schemaVersion: DRAFT_SCHEMA_VERSION,
  });
}

export async function makeArtefact(
  draftId: string,
  kind: Artefact['kind'],
  bytes: Uint8Array | string,
  extra: Partial<Artefact> & { mime?: string } = {},
): Promise<Artefact> {
  const mime =
    extra.mime ??
    (kind === 'facts'
      ? 'application/json'
      : kind === 'mhtml'
        ? 'multipart/related'
        : kind === 'dom-snapshot'
          ? 'text/html'
          : 'image/png');
  const blob = new Blob([bytes as BlobPart], { type: mime });
  return {
    schemaVersion: ARTEFACT_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    draftId,
    kind,
    mime,
    size: blob.size,
    sha256: await sha256Hex(new Uint8Array(await blob.arrayBuffer())),
    createdAt: new Date().toISOString(),
    ...extra,
    blob,
  };
}

/** Bytes that look like a PNG (signature) followed by noise: not compressible. */
export function pngLike(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let x = seed;
  for (let i = 8; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export async function testKey(): Promise<InstallationKey> {
  const pair = await generateSigningKeyPair();
  const jwk = await publicJwkOf(pair.publicKey);
  return { privateKey: pair.privateKey, jwk, fingerprint: await jwkThumbprint(jwk) };
}

export async function entriesOf(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

/** The package rewritten by `change` (its entries by name), as a new ZIP. */
export async function rewrite(blob: Blob, change: (files: Record<string, Uint8Array>) => void): Promise<Blob> {
  const files = await entriesOf(blob);
  change(files);
  return new Blob([zipSync(files as Zippable)]);
}

export const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
