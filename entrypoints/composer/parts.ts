/** The id of the composer's folded « evidence and captured facts » part (Secondary.tsx). */
export const EVIDENCE_PART_ID = 'part-evidence';

/**
 * Opens the evidence part and brings it into view, its summary focused (a keyboard or screen-reader
 * user lands where the screenshots and their « hide parts » are). False if it is not on the page.
 */
export function openEvidencePart(doc: Document = document): boolean {
  const part = doc.getElementById(EVIDENCE_PART_ID);
  if (!(part instanceof HTMLDetailsElement)) return false;
  part.open = true;
  part.scrollIntoView({ block: 'start' });
  part.querySelector('summary')?.focus();
  return true;
}
