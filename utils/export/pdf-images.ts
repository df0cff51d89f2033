/**
 * Which images a complaint PDF shows: the screenshots, or their redacted copies, or none. Kept
 * apart from `pdf.ts` (and free of the PDF library) so the composer can offer the choice without
 * loading the PDF code. Pure.
 *
 * A redacted copy is an artefact with `derivedFrom` (made from the original it names). Asking for
 * redacted copies never falls back to an original: an original without a copy is left out.
 */
import type { ArtefactMeta } from '@/utils/report/draft';

export type PdfImageChoice = 'original' | 'redacted' | 'none';

/** Image formats the PDF can embed as they are. */
export const PDF_IMAGE_MIMES = ['image/png', 'image/jpeg'] as const;

const IMAGE_KINDS = new Set<string>(['screenshot', 'full-page']);
const isImage = (a: Pick<ArtefactMeta, 'kind' | 'mime'>) => IMAGE_KINDS.has(a.kind) && a.mime.startsWith('image/');

/** The visible screenshot first, then the parts of the full page in order. */
function order(a: Pick<ArtefactMeta, 'kind' | 'part'>): number {
  return (a.kind === 'screenshot' ? 0 : 1) * 1e6 + (a.part?.index ?? 0);
}

/** Is there at least one redacted copy of a screenshot to offer? */
export function hasRedactedImage(artefacts: readonly Pick<ArtefactMeta, 'kind' | 'mime' | 'derivedFrom'>[]): boolean {
  return artefacts.some((a) => isImage(a) && a.derivedFrom !== undefined);
}

export interface ImageSelection<T> {
  images: T[];
  /** Originals left out because they have no redacted copy (choice `redacted`). */
  leftOut: number;
}

export function selectPdfImages<T extends Pick<ArtefactMeta, 'id' | 'kind' | 'mime' | 'derivedFrom' | 'part'>>(
  artefacts: readonly T[],
  choice: PdfImageChoice,
): ImageSelection<T> {
  if (choice === 'none') return { images: [], leftOut: 0 };
  const images = artefacts.filter(isImage);
  const originals = images.filter((a) => a.derivedFrom === undefined).sort((a, b) => order(a) - order(b));
  if (choice === 'original') return { images: originals, leftOut: 0 };
  const copies = images.filter((a) => a.derivedFrom !== undefined);
  const chosen: T[] = [];
  let leftOut = 0;
  for (const original of originals) {
    // The latest copy of this original (a user may redact again).
    const copy = copies.filter((c) => c.derivedFrom === original.id).at(-1);
    if (copy) chosen.push(copy);
    else leftOut += 1;
  }
  // Copies whose original is gone (deleted after redaction) still count.
  const known = new Set(originals.map((o) => o.id));
  for (const copy of copies) if (!known.has(copy.derivedFrom!)) chosen.push(copy);
  return { images: chosen, leftOut };
}
