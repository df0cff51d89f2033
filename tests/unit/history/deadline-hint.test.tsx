// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { DeadlineHint } from '@/components/history/DeadlineHint';
import { prescriptionOf } from '@/utils/qualify/prescription-of';
import { useLocale } from '../format/fake-i18n';
import { CAPTURED_AT, makeDraft } from '../handoff/draft-factory';
import { daysAgo } from '../../support/clock';

const hateOnX = (publishedAt: string, country?: string) => {
  const base = makeDraft({ qualification: { categoryId: 'hate-incitement', ...(country ? { country } : {}) } });
  return makeDraft({
    qualification: { categoryId: 'hate-incitement', ...(country ? { country } : {}) },
    platform: { ...base.platform!, publishedAt },
  });
};

function shown(draft: ReturnType<typeof makeDraft>, now: string) {
  const root = document.createElement('div');
  render(<DeadlineHint draft={draft} now={now} />, root);
  return root.querySelector<HTMLElement>('[data-testid=deadline-hint]');
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.textContent = '';
});

describe('the follow-up summary says the time left to file a complaint', () => {
  it('a post published long ago: the time has passed, said plainly and marked urgent, in both languages', () => {
    const draft = hateOnX('2024-05-13T10:00:00Z');
    expect(prescriptionOf(draft, CAPTURED_AT)?.countdown.expired).toBe(true);
    for (const [lang, words] of [
      ['fr', /délai pour porter plainte passé/],
      ['en', /time limit to file a complaint has passed/],
    ] as const) {
      useLocale(lang);
      const hint = shown(draft, CAPTURED_AT);
      expect(hint?.textContent).toMatch(words);
      expect(hint?.dataset.expired).toBe('true');
      expect(hint?.className).toContain('urgent');
    }
  });

  it('a recent post: the days left, counted from the platform’s publication time (the packs’ one value)', () => {
    const now = new Date().toISOString();
    const draft = hateOnX(daysAgo(10).toISOString());
    const left = prescriptionOf(draft, now)!.countdown.daysLeft;
    expect(left).toBeGreaterThan(300);
    useLocale('fr');
    expect(shown(draft, now)?.textContent).toBe(`il reste ${left} jours pour porter plainte`);
    useLocale('en');
    expect(shown(draft, now)?.textContent).toBe(`${left} days left to file a complaint`);
    expect(shown(draft, now)?.className).not.toContain('urgent');
  });

  it('abroad, no French limitation period is counted or said', () => {
    const draft = hateOnX('2024-05-13T10:00:00Z', 'DE');
    expect(prescriptionOf(draft, CAPTURED_AT)).toBeNull();
    useLocale('fr');
    expect(shown(draft, CAPTURED_AT)).toBeNull();
  });
});
