/**
 * Shared by the redaction specs. `readRedaction` runs inside an extension page (browser-agnostic):
 * it reads the screenshot and its redacted copy back from Vigie's real IndexedDB, decodes both with
 * a canvas in the page, and reports where their pixels differ and what the stored hashes are.
 */
export interface RedactionReadBack {
  originalId: string;
  copy: { id: string; kind: string; derivedFrom: string; sha256: string; actualSha256: string; mime: string };
  region: { x: number; y: number; width: number; height: number; mode: string };
  redactionOriginalSha256: string;
  original: { sha256: string; actualSha256: string; width: number; height: number };
  copySize: { width: number; height: number };
  /** Pixels whose RGBA differ, outside and inside the stored region. */
  changedOutside: number;
  changedInside: number;
  /** Distinct colours inside the region, in the original and in the copy. */
  coloursInsideOriginal: number;
  coloursInsideCopy: number;
  /** Every colour of the copy inside the region (at most 64 listed). */
  copyColours: string[];
}

export async function readRedaction(): Promise<RedactionReadBack> {
  type Stored = {
    id: string;
    kind: string;
    sha256: string;
    mime: string;
    derivedFrom?: string;
    redaction?: { originalSha256: string; regions: RedactionReadBack['region'][] };
    blob: Blob;
  };
  const db: IDBDatabase = await new Promise((ok, ko) => {
    const req = indexedDB.open('vigie');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  const all: Stored[] = await new Promise((ok, ko) => {
    const req = db.transaction('artefacts').objectStore('artefacts').getAll();
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  db.close();
  const copies = all.filter((a) => a.derivedFrom);
  if (copies.length !== 1) throw new Error(`expected one redacted copy, found ${copies.length}`);
  const copy = copies[0]!;
  const original = all.find((a) => a.id === copy.derivedFrom);
  if (!original || !copy.redaction) throw new Error('no original or no redaction record');
  const region = copy.redaction.regions[0]!;

  const sha = async (blob: Blob) =>
    Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
  const decode = async (blob: Blob) => {
    const bitmap = await createImageBitmap(blob);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const a = await decode(original.blob);
  const b = await decode(copy.blob);
  let changedOutside = 0;
  let changedInside = 0;
  const before = new Set<string>();
  const after = new Set<string>();
  for (let y = 0; y < Math.min(a.height, b.height); y++)
    for (let x = 0; x < Math.min(a.width, b.width); x++) {
      const i = (y * a.width + x) * 4;
      const pa = `${a.data[i]},${a.data[i + 1]},${a.data[i + 2]},${a.data[i + 3]}`;
      const pb = `${b.data[i]},${b.data[i + 1]},${b.data[i + 2]},${b.data[i + 3]}`;
      const inside = x >= region.x && x < region.x + region.width && y >= region.y && y < region.y + region.height;
      if (inside) {
        before.add(pa);
        after.add(pb);
      }
      if (pa !== pb) {
        if (inside) changedInside++;
        else changedOutside++;
      }
    }
  return {
    originalId: original.id,
    copy: {
      id: copy.id,
      kind: copy.kind,
      derivedFrom: copy.derivedFrom!,
      sha256: copy.sha256,
      actualSha256: await sha(copy.blob),
      mime: copy.mime,
    },
    region,
    redactionOriginalSha256: copy.redaction.originalSha256,
    original: { sha256: original.sha256, actualSha256: await sha(original.blob), width: a.width, height: a.height },
    copySize: { width: b.width, height: b.height },
    changedOutside,
    changedInside,
    coloursInsideOriginal: before.size,
    coloursInsideCopy: after.size,
    copyColours: [...after].slice(0, 64),
  };
}

/** Runs in the composer: the stored screenshot's hash and its pixel size, before any redaction. */
export async function screenshotBefore(): Promise<{ id: string; sha256: string; width: number; height: number }> {
  const db: IDBDatabase = await new Promise((ok, ko) => {
    const req = indexedDB.open('vigie');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  const all: { id: string; kind: string; sha256: string; blob: Blob }[] = await new Promise((ok, ko) => {
    const req = db.transaction('artefacts').objectStore('artefacts').getAll();
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  db.close();
  const shot = all.find((a) => a.kind === 'screenshot');
  if (!shot) throw new Error('no screenshot');
  const bitmap = await createImageBitmap(shot.blob);
  return { id: shot.id, sha256: shot.sha256, width: bitmap.width, height: bitmap.height };
}
