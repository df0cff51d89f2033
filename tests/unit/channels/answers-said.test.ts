import { describe, expect, it } from 'vitest';
import { channelsRemovedByAnswer, publicFromCapture, questionsThatMatter } from '@/utils/channels/questions';
import { routeInputOf, routeOfDraft } from '@/utils/channels/route-of';
import { emptyQualification } from '@/utils/report/draft';
import { categories } from '@/utils/qualify/taxonomy';
import type { Qualification } from '@/utils/report/qualification';

const q = (over: Partial<Qualification>): Qualification => ({ ...emptyQualification(), ...over });
/** A draft with these answers, captured on X. */
const onX = (qualification: Qualification) => ({ qualification, platform: { platformId: 'x', platformName: 'X' } });
const inputOf = (qualification: Qualification) => routeInputOf(onX(qualification))!;

describe('an answer that removes a channel says so', () => {
  it('"not public" on hate speech seen on X takes PHAROS off the route, and says it', () => {
    const witness = q({ categoryId: 'hate-incitement', role: 'witness' });
    expect(questionsThatMatter(inputOf(witness))).toContain('publicContent');
    expect(channelsRemovedByAnswer(inputOf({ ...witness, publicContent: false }), 'publicContent')).toContain('pharos');
    // The answer that keeps every channel removes none; an unanswered question says nothing.
    expect(channelsRemovedByAnswer(inputOf({ ...witness, publicContent: true }), 'publicContent')).toEqual([]);
    expect(channelsRemovedByAnswer(inputOf(witness), 'publicContent')).toEqual([]);
  });

  it('over every category and question: a removed channel is one the unanswered question proposed and this answer does not', () => {
    for (const c of categories)
      for (const key of questionsThatMatter(inputOf(q({ categoryId: c.id })))) {
        if (key === 'role') continue;
        for (const value of [true, false]) {
          const answered = q({ categoryId: c.id, [key]: value });
          const now = new Set(routeOfDraft(onX(answered))!.steps.map((s) => s.channelId));
          const other = routeOfDraft(onX({ ...answered, [key]: null }))!.steps.map((s) => s.channelId);
          expect(channelsRemovedByAnswer(inputOf(answered), key).sort(), `${c.id} ${key}=${value}`).toEqual(
            [...new Set(other.filter((id) => !now.has(id)))].sort(),
          );
        }
      }
  });
});

describe('what the capture already shows', () => {
  it('a platform post, video, profile or listing is public; a message, a group or an unknown page is not said', () => {
    for (const contentType of ['post', 'video', 'short-video', 'profile', 'listing', 'comment'] as const)
      expect(publicFromCapture({ contentType }), contentType).toBe(true);
    for (const contentType of ['message', 'group', 'other'] as const)
      expect(publicFromCapture({ contentType }), contentType).toBe(false);
    expect(publicFromCapture({})).toBe(false);
    expect(publicFromCapture(null)).toBe(false);
  });
});
