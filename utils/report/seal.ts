/**
 * A report's RFC 3161 seal, kept with its draft (optional field `seal`: records without one stay
 * valid, so no schema version bump — the way this project adds to records, see draft-migrations.ts).
 * It holds the authority's reply and what is needed to rebuild the exact `manifest.json` it covers
 * (the package's creation time, language and copies): a later export of the same, unchanged report
 * carries the same `manifest.tsr`; a changed report no longer matches and is exported without it.
 */
import { z } from '@/utils/zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.iso.datetime({ offset: true });

export const sealSchema = z.object({
  authorityId: z.string().min(1).max(40),
  /** The authority's name as shown when sealing (text). */
  authorityName: z.string().max(200),
  /** The DER `TimeStampResp`, base64 (bounded: replies over 64 KiB are refused when sealing). */
  token: z
    .string()
    .max(90_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  /** The authority's time, as the token states it. */
  genTime: isoTime,
  /** The token's serial number, hex. */
  serial: z.string().regex(/^[0-9a-f]{1,80}$/),
  /** SHA-256 of the sealed `manifest.json` (the only thing sent). */
  manifestSha256: sha256,
  /** The manifest's `createdAt`, `lang` and `copies`: a rebuild with these gives the same bytes. */
  packageCreatedAt: isoTime,
  lang: z.enum(['fr', 'en']),
  copies: z.enum(['original', 'redacted', 'both']),
  /** When this computer received the reply. */
  sealedAt: isoTime,
});
export type Seal = z.output<typeof sealSchema>;
