/** The words for each reason a seal failed (`SealProblem`), shared by the composer and the batch page. */
import type { SealProblem } from '@/utils/export/timestamp';
import type { MessageKey } from '@/utils/i18n';

export const SEAL_PROBLEM_TEXT: Record<SealProblem, MessageKey> = {
  offline: 'evidenceSealProblemOffline',
  timeout: 'evidenceSealProblemTimeout',
  http: 'evidenceSealProblemHttp',
  'too-large': 'evidenceSealProblemTooLarge',
  rejected: 'evidenceSealProblemRejected',
  malformed: 'evidenceSealProblemMalformed',
  'wrong-imprint': 'evidenceSealProblemWrongImprint',
  'wrong-nonce': 'evidenceSealProblemWrongNonce',
  permission: 'evidenceSealProblemPermission',
};
