import { describe, expect, it } from 'vitest';
import { channelsRemovedByAnswer, publicFromCapture, questionsThatMatter } from '@/utils/channels/questions';
import { emptyQualification } from '@/utils/report/draft';
import { categories } from '@/utils/qualify/taxonomy';
import type { Qualification } from '@/utils/report/qualification';

const q = (over: Partial<Qualification>): Qualification => ({ ...emptyQualification(), ...over });

describe('an answer that removes a channel says so', () => {
  it('"not public" on hate speech seen on X takes PHAROS off the route, and says it', () => {
    const witness = q({ categoryId: 'hate-incitement', role: 'witness' });
    expect(questionsThatMatter(witness, 'hate-incitement', 'x')).toContain('publicContent');
    expect(
      channelsRemovedByAnswer({ ...witness, publicContent: false }, 'hate-incitement', 'x', 'publicContent'),
    ).toContain('pharos');
    // The answer that keeps every channel removes none; an unanswered question says nothing.
    expect(
      channelsRemovedByAnswer({ ...witness, publicContent: true }, 'hate-incitement', 'x', 'publicContent'),
    ).toEqual([]);
    expect(channelsRemovedByAnswer(witness, 'hate-incitement', 'x', 'publicContent')).toEqual([]);
  });

  it('over every category and question: a removed channel is one the unanswered question proposed and this answer does not', async () => {
    const { route } = await import('@/utils/channels/route');
    const { routeInput } = await import('@/utils/channels/questions');
    for (const c of categories)
      for (const key of questionsThatMatter(q({ categoryId: c.id }), c.id, 'x')) {
        if (key === 'role') continue;
        for (const value of [true, false]) {
          const answered = q({ categoryId: c.id, [key]: value });
          const now = new Set(route(routeInput(answered, c.id, 'x')).steps.map((s) => s.channelId));
          const other = route(routeInput({ ...answered, [key]: null }, c.id, 'x')).steps.map((s) => s.channelId);
          expect(channelsRemovedByAnswer(answered, c.id, 'x', key).sort(), `${c.id} ${key}=${value}`).toEqual(
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
