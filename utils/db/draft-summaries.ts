/**
 * A light, read-only view of drafts for the popup's list (the history page has its own projection,
 * `history-query.ts`). It is validated with `zod/mini` so the popup does not carry the full draft
 * schema: the popup must open instantly.
 * Full drafts are read through `DraftsRepository`.
 */
import { z } from '@/utils/zod-mini';
import { vigieDb } from './connection';

const summarySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z.enum(['capturing', 'ready', 'interrupted']),
  csam: z.boolean(),
  target: z.object({ url: z.string() }),
  observed: z.object({ tabTitle: z.optional(z.string()) }),
  platform: z.nullable(z.object({ platformName: z.string() })),
  // Absent from drafts stored before schema v3: read as "nothing handed off".
  qualification: z.optional(z.object({ categoryId: z.nullable(z.string()), goodFaithAt: z.nullable(z.string()) })),
  handoffs: z.optional(z.array(z.object({ actions: z.array(z.string()), acknowledgedAt: z.nullable(z.string()) }))),
});
export type DraftSummary = z.infer<typeof summarySchema>;

/** Most recently updated first; records that do not fit the summary shape are skipped and counted. */
export async function listDraftSummaries(
  limit = Infinity,
  dbName?: string,
): Promise<{ drafts: DraftSummary[]; skipped: number }> {
  const db = await vigieDb(dbName);
  const drafts: DraftSummary[] = [];
  let skipped = 0;
  let cursor = await db.transaction('drafts').store.index('byUpdatedAt').openCursor(null, 'prev');
  while (cursor && drafts.length < limit) {
    const parsed = summarySchema.safeParse(cursor.value);
    if (parsed.success) drafts.push(parsed.data);
    else skipped++;
    cursor = await cursor.continue();
  }
  return { drafts, skipped };
}
