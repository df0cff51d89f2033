/** The words for who is reporting, in the interface's language: one place for the composer and the batch. */
import type { MessageKey } from '@/utils/i18n';
import type { ReporterRole } from '@/utils/report/qualification';

export const ROLE_LABELS: Record<ReporterRole, MessageKey> = {
  targeted: 'roleTargeted',
  parent: 'roleParent',
  witness: 'roleWitness',
};
