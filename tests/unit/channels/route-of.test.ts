import { describe, expect, it } from 'vitest';
import { route } from '@/utils/channels/route';
import { routeInputOf, routeOfDraft } from '@/utils/channels/route-of';
import { emptyQualification } from '@/utils/report/draft';
import { makeDraft } from '../handoff/draft-factory';

describe('the route of a draft', () => {
  it('is null before a known category is chosen', () => {
    const draft = makeDraft();
    for (const categoryId of [null, 'not-a-category']) {
      const unqualified = { ...draft, qualification: { ...emptyQualification(), categoryId } };
      expect(routeInputOf(unqualified)).toBeNull();
      expect(routeOfDraft(unqualified)).toBeNull();
    }
  });

  it("reads the category, the platform and the answers, with the questions' defaults for the unanswered", () => {
    const draft = makeDraft();
    const q = { ...draft.qualification, role: 'parent' as const, minor: null, publicContent: null, danger: null };
    const input = routeInputOf({ ...draft, qualification: q })!;
    expect(input).toMatchObject({
      categoryId: draft.qualification.categoryId,
      platformId: draft.platform!.platformId,
      role: 'parent',
      minor: false,
      publicContent: true,
      danger: false,
    });
    expect(routeOfDraft({ ...draft, qualification: q })).toEqual(route(input));
  });

  it('follows an answer that changes where the report goes', () => {
    const draft = makeDraft();
    const channels = (publicContent: boolean) =>
      routeOfDraft({ ...draft, qualification: { ...draft.qualification, publicContent } })!.steps.map(
        (s) => s.channelId,
      );
    expect(channels(true)).not.toEqual(channels(false));
  });
});
