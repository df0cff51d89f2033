/**
 * A report's RFC 3161 seal, kept with its draft (optional field `seal`: records without one stay
 * valid, so no schema version bump — the way this project adds to records, see draft-migrations.ts).
 * It holds the authority's reply and what is needed to rebuild the exact `manifest.json` it covers
 * (the package's creation time, language and copies): a later export of the same, unchanged report
 * carries the same `manifest.tsr`; a changed report no longer matches and is exported without it.
 */
import { z } from '@/utils/zod';

const isoTime = z.iso.datetime({ offset: true });

export const sealSchema = z.object({
  /** The authority (an id of the build's list; its name is looked up there, else the id is shown). */
  authorityId: z.string().max(40),
  /**
   * The DER `TimeStampResp`, base64 (bounded: replies over 64 KiB are refused when sealing). Kept
   * light for the composer's first render: bad base64 is refused where it is decoded (`fromBase64`).
   */
  token: z.string().max(90_000),
  /** The authority's time, as the token states it. */
  genTime: isoTime,
  /** The token's serial number, hex (shown as text). */
  serial: z.string().max(80),
  /** SHA-256 (hex) of the sealed `manifest.json` (the only thing sent); only ever compared for equality. */
  manifestSha256: z.string().max(64),
  /** The manifest's `createdAt`, `lang` and `copies`: a rebuild with these gives the same bytes. */
  packageCreatedAt: isoTime,
  /** `fr`/`en` and `original`/`redacted`/`both`: only compared with an export's choices. */
  lang: z.string().max(8),
  copies: z.string().max(8),
});
export type Seal = z.output<typeof sealSchema>;
