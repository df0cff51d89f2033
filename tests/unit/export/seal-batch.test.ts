import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestAuthority } from '../../harness/test-tsa.mjs';
import { sealBatch, type BatchSealStore } from '@/utils/export/seal-batch';
import { reuseSeal } from '@/utils/export/seal-reuse';
import { buildEvidencePackage } from '@/utils/export/package';
import { emptyQualification, type Artefact, type Draft } from '@/utils/report/draft';
import { sealSchema } from '@/utils/report/seal';
import { makeArtefact, makeDraft, pngLike, testKey } from './helpers';

let tsa: { reply(query: Uint8Array): Uint8Array };
beforeAll(() => {
  tsa = makeTestAuthority('Batch Test TSA');
});

const authority = { id: 'test', name: 'Batch Test TSA', url: 'https://tsa.example.test/tsr' };

/** An in-memory store of drafts and artefacts (what `draftsRepository` offers). */
async function store(count: number, over: (i: number) => Partial<Draft> = () => ({})) {
  const drafts = new Map<string, Draft>();
  const artefacts = new Map<string, Artefact[]>();
  for (let i = 0; i < count; i++) {
    const draft = makeDraft({
      qualification: { ...emptyQualification(), categoryId: 'spam', role: 'witness' },
      ...over(i),
    });
    drafts.set(draft.id, draft);
    artefacts.set(
      draft.id,
      draft.mode === 'url-only' ? [] : [await makeArtefact(draft.id, 'screenshot', pngLike(2000, i + 1))],
    );
  }
  const repo: BatchSealStore = {
    withArtefacts: async (id) =>
      drafts.has(id) ? { draft: drafts.get(id)!, artefacts: artefacts.get(id)! } : undefined,
    update: async (id, change) => {
      const next = change(drafts.get(id)!);
      drafts.set(id, next);
      return next;
    },
  };
  return { ids: [...drafts.keys()], drafts, artefacts, repo };
}

/** A network answered by openssl, except the requests whose number (1-based) `fail` answers otherwise. */
function network(fail: (n: number) => Response | 'offline' | null = () => null) {
  const sent: Uint8Array[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const body = init.body as Uint8Array;
    sent.push(body);
    const failure = fail(sent.length);
    if (failure === 'offline') throw new TypeError('Failed to fetch');
    if (failure) return failure;
    return new Response(new Uint8Array(tsa.reply(body)), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  return { sent, fetch };
}

const options = async (s: Awaited<ReturnType<typeof store>>, fetch: typeof globalThis.fetch) => ({
  authority,
  key: await testKey(),
  lang: 'fr' as const,
  copies: 'original' as const,
  vigieVersion: '0.1.0',
  store: s.repo,
  send: { fetch },
});

describe('sealing a batch in one action', () => {
  it('one request per report, each only a hash; each seal kept with its report and reused by its later download', async () => {
    const s = await store(3);
    const net = network();
    const progress: number[] = [];
    const opts = await options(s, net.fetch);
    const outcomes = await sealBatch(s.ids, { ...opts, onProgress: (done) => progress.push(done) });
    expect(outcomes.map((o) => o.status)).toEqual(['sealed', 'sealed', 'sealed']);
    expect(progress).toEqual([1, 2, 3]);
    expect(net.sent).toHaveLength(3);
    for (const body of net.sent) expect(body.length).toBeLessThan(120);
    for (const id of s.ids) {
      const seal = s.drafts.get(id)!.seal;
      expect(sealSchema.safeParse(seal).success).toBe(true);
      // The report's later download (same language and copies) carries this very seal, offline.
      const reuse = reuseSeal(seal, { lang: 'fr', copies: 'original' })!;
      const pkg = await buildEvidencePackage(s.drafts.get(id)!, s.artefacts.get(id)!, {
        lang: 'fr',
        copies: 'original',
        key: opts.key,
        vigieVersion: '0.1.0',
        ...reuse,
      });
      expect(pkg.timestamped).toBe(true);
    }
  });

  it('a report that fails is named and the others are still sealed; nothing is undone', async () => {
    const s = await store(3);
    const net = network((n) => (n === 2 ? new Response('busy', { status: 503 }) : null));
    const outcomes = await sealBatch(s.ids, await options(s, net.fetch));
    expect(outcomes.map((o) => o.status)).toEqual(['sealed', 'failed', 'sealed']);
    expect(outcomes[1]).toMatchObject({ problem: 'http' });
    expect(s.drafts.get(s.ids[1]!)!.seal).toBeUndefined();
    expect(s.drafts.get(s.ids[0]!)!.seal).toBeDefined();
  });

  it('after two network failures in a row, the rest is not tried (said), and what was sealed stays sealed', async () => {
    const s = await store(5);
    const net = network((n) => (n >= 2 ? 'offline' : null));
    const outcomes = await sealBatch(s.ids, await options(s, net.fetch));
    expect(outcomes.map((o) => o.status)).toEqual(['sealed', 'failed', 'failed', 'skipped', 'skipped']);
    expect(outcomes[1]).toMatchObject({ problem: 'offline' });
    expect(net.sent).toHaveLength(3);
    expect(s.drafts.get(s.ids[0]!)!.seal).toBeDefined();
  });

  it('a report deleted meanwhile is named; a link-only report is sealed with no image in its package', async () => {
    const s = await store(2, (i) => (i === 1 ? { csam: true, mode: 'url-only', page: null } : {}));
    const outcomes = await sealBatch(['gone', ...s.ids], await options(s, network().fetch));
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'sealed', 'sealed']);
    expect(outcomes[0]).toMatchObject({ problem: 'missing' });
  });
});
