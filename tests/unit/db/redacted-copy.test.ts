import { describe, expect, it } from 'vitest';
import { UrlOnlyRefusal } from '@/utils/db/drafts-repo';
import { sha256Hex } from '@/utils/capture/hash';
import type { Redaction } from '@/utils/report/draft';
import { artefact, draftInput, repo, storedArtefacts } from './helpers';

const png = (text: string) => new Blob([text], { type: 'image/png' });
const redactionOf = (sha256: string): Redaction => ({
  originalSha256: sha256,
  regions: [{ x: 1, y: 2, width: 30, height: 40, mode: 'black' }],
});

async function draftWithShot() {
  const r = repo();
  const draft = await r.create(draftInput());
  const original = await artefact(draft.id, 'screenshot', 'original pixels');
  await r.addArtefact(original);
  return { r, draft, original };
}

describe('redacted copies (addDerivedArtefact)', () => {
  it('stores a new artefact linked to the original, hashed from its own bytes; the original is unchanged', async () => {
    const { r, draft, original } = await draftWithShot();
    const before = await r.artefact(original.id);
    const blob = png('redacted pixels');
    const meta = await r.addDerivedArtefact(draft.id, original.id, blob, redactionOf(original.sha256));
    expect(meta).toMatchObject({
      draftId: draft.id,
      kind: 'screenshot',
      mime: 'image/png',
      size: blob.size,
      sha256: await sha256Hex(blob),
      derivedFrom: original.id,
      redaction: redactionOf(original.sha256),
    });
    expect(meta.id).not.toBe(original.id);
    expect(meta.sha256).not.toBe(original.sha256);

    const stored = await storedArtefacts(r, draft.id);
    expect(stored.map((a) => a.id).sort()).toEqual([original.id, meta.id].sort());
    const after = await r.artefact(original.id);
    expect(after).toEqual(before);
    expect(after!.sha256).toBe(await sha256Hex(after!.blob));
    expect(after!.derivedFrom).toBeUndefined();
    const copy = await r.artefact(meta.id);
    expect(await copy!.blob.text()).toBe('redacted pixels');
  });

  it('a copy of a full-page part keeps its kind and place', async () => {
    const r = repo();
    const draft = await r.create(draftInput());
    const part = { ...(await artefact(draft.id, 'full-page', 'part 2')), part: { index: 1, count: 3 } };
    await r.addArtefact(part);
    const meta = await r.addDerivedArtefact(draft.id, part.id, png('x'), redactionOf(part.sha256));
    expect(meta).toMatchObject({ kind: 'full-page', part: { index: 1, count: 3 }, derivedFrom: part.id });
  });

  it('a draft turned link-only loses its copies with its originals, and refuses new ones', async () => {
    const { r, draft, original } = await draftWithShot();
    await r.addDerivedArtefact(draft.id, original.id, png('copy'), redactionOf(original.sha256));
    expect(await storedArtefacts(r, draft.id)).toHaveLength(2);
    // The answer that makes the draft link-only deletes its evidence; a copy must not come back.
    const write = await r.update(draft.id, (d) => ({ ...d, mode: 'url-only' }));
    expect(write.mode).toBe('url-only');
    expect(await storedArtefacts(r, draft.id)).toEqual([]);
    await expect(
      r.addDerivedArtefact(draft.id, original.id, png('x'), redactionOf(original.sha256)),
    ).rejects.toBeInstanceOf(UrlOnlyRefusal);
    expect(await storedArtefacts(r, draft.id)).toEqual([]);
  });

  it('refuses an original of another draft, a non-image, a copy of a copy, a wrong hash and a non-image blob', async () => {
    const { r, draft, original } = await draftWithShot();
    const other = await r.create(draftInput());
    const otherShot = await artefact(other.id, 'screenshot', 'other');
    await r.addArtefact(otherShot);
    const facts = await artefact(draft.id, 'facts', '{}');
    await r.addArtefact(facts);
    const good = redactionOf(original.sha256);

    await expect(r.addDerivedArtefact(draft.id, otherShot.id, png('x'), redactionOf(otherShot.sha256))).rejects.toThrow(
      /No artefact/,
    );
    await expect(r.addDerivedArtefact(draft.id, crypto.randomUUID(), png('x'), good)).rejects.toThrow(/No artefact/);
    await expect(r.addDerivedArtefact(crypto.randomUUID(), original.id, png('x'), good)).rejects.toThrow(/No draft/);
    await expect(r.addDerivedArtefact(draft.id, facts.id, png('x'), redactionOf(facts.sha256))).rejects.toThrow(
      /Only images/,
    );
    await expect(r.addDerivedArtefact(draft.id, original.id, png('x'), redactionOf('0'.repeat(64)))).rejects.toThrow(
      /another original/,
    );
    await expect(
      r.addDerivedArtefact(draft.id, original.id, new Blob(['x'], { type: 'text/html' }), good),
    ).rejects.toThrow(/image/);
    const copy = await r.addDerivedArtefact(draft.id, original.id, png('x'), good);
    await expect(r.addDerivedArtefact(draft.id, copy.id, png('y'), redactionOf(copy.sha256))).rejects.toThrow(
      /not from another copy/,
    );
    // Only the one valid copy was stored.
    expect((await storedArtefacts(r, draft.id)).filter((a) => a.derivedFrom)).toHaveLength(1);
    expect(await storedArtefacts(r, other.id)).toHaveLength(1);
  });
});
