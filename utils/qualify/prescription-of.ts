/**
 * The time left to act on a report under French law, as the follow-up and its summary show it:
 * the category's shortest prescription, counted from the one publication time the packs use
 * (`publicationOf`), else from the capture. Pure.
 *
 * French law only: for a reporter in another member state there is none (Vigie does not hold
 * their country's limitation periods), so nothing is counted.
 */
import { publicationOf } from '@/utils/report/publication';
import { prescriptionCountdown, type PrescriptionCountdown } from '@/utils/report/follow-up';
import { reportsFromAbroad } from '@/utils/report/qualification';
import type { Draft } from '@/utils/report/draft';
import { categoryById, isCategoryId, shortestPrescription, type Prescription } from './taxonomy';

export function prescriptionOf(
  draft: Pick<Draft, 'qualification' | 'narrative' | 'platform' | 'page' | 'observed'>,
  now: string,
): { prescription: Prescription; countdown: PrescriptionCountdown } | null {
  if (reportsFromAbroad(draft.qualification)) return null;
  const id = draft.qualification.categoryId;
  const category = id && isCategoryId(id) ? categoryById[id] : undefined;
  const prescription = category && shortestPrescription(category);
  if (!prescription) return null;
  return {
    prescription,
    countdown: prescriptionCountdown({
      months: prescription.months,
      published: publicationOf(draft),
      capturedAt: draft.observed.capturedAt,
      now,
    }),
  };
}
