/** SHA-256 of bytes, as lowercase hex. Uses WebCrypto, available in workers, pages and Node. */
export async function sha256Hex(data: ArrayBuffer | Uint8Array | Blob): Promise<string> {
  let bytes: BufferSource;
  if (data instanceof Blob) bytes = await data.arrayBuffer();
  else if (data instanceof Uint8Array) bytes = data as Uint8Array<ArrayBuffer>;
  else bytes = data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Decodes a `data:` URL with base64 payload (what `captureVisibleTab` returns) into bytes. */
export function dataUrlToBytes(dataUrl: string): { mime: string; bytes: Uint8Array<ArrayBuffer> } {
  const match = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=]*)$/i.exec(dataUrl);
  if (!match) throw new Error('Not a base64 data URL');
  const binary = atob(match[2] ?? '');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { mime: (match[1] ?? '').toLowerCase(), bytes };
}

/**
 * Stable JSON: object keys sorted at every depth, so that the same facts always hash the same.
 * `undefined` values are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
