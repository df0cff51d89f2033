import { describe, expect, it } from 'vitest';
import { contextOf } from '@/utils/handoff/context';
import { draftSchema } from '@/utils/report/draft';
import { IDENTITY, makeDraft, routeOf } from './draft-factory';

const ctx = (draft: ReturnType<typeof makeDraft>) =>
  contextOf({ draft, route: routeOf(draft), lang: 'fr', identity: IDENTITY, evidence: [] });

describe('the author the user gives when the page did not say it', () => {
  it('fills the packs when the platform data has no author, neutralised to one line', () => {
    const draft = makeDraft({ platform: null, narrative: { author: '  @compte_signalé\n\u202Eevil ' } });
    expect(ctx(draft).author).toBe('@compte_signalé evil');
    expect(ctx(draft).authorSpoken).toBe('@compte_signalé evil');
  });

  it('never replaces what the page said', () => {
    const draft = makeDraft({ narrative: { author: '@quelqu_un_d_autre' } });
    expect(ctx(draft).author).toContain('@someone');
    expect(ctx(draft).author).not.toContain('quelqu_un');
  });

  it('is optional, bounded, and absent from older drafts', () => {
    const { author: _author, ...older } = makeDraft().narrative;
    const parsed = draftSchema.parse({ ...makeDraft(), narrative: older });
    expect(parsed.narrative.author).toBe('');
    expect(draftSchema.safeParse({ ...makeDraft(), narrative: { ...older, author: 'x'.repeat(301) } }).success).toBe(
      false,
    );
  });
});
