import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeOfDraft } from '@/utils/channels/route-of';
import { emptyQualification } from '@/utils/report/draft';
import type { Qualification } from '@/utils/report/qualification';
import type { CategoryId } from '@/utils/qualify/taxonomy';
import { routeAdvice } from '@/entrypoints/composer/route-view';
import { messages } from '../format/fake-i18n';

const q = (over: Partial<Qualification>): Qualification => ({ ...emptyQualification(), ...over });
const adviceOf = (answers: Partial<Qualification> & { categoryId: CategoryId }, abroad = false) => {
  const qual = q(answers);
  const result = routeOfDraft({ qualification: qual, platform: null })!;
  return routeAdvice(result, { parent: qual.role === 'parent', abroad });
};
const text = (lang: 'fr' | 'en', keys: string[]) => keys.map((k) => messages[lang][k]!.message).join(' ');

afterEach(() => vi.restoreAllMocks());

describe('the advice under the doors is one coherent message', () => {
  it('a parent whose child is groomed is told about a complaint for their child, and that only the complaint needs their identity', () => {
    const keys = adviceOf({ categoryId: 'grooming', role: 'parent', minor: true });
    expect(keys).toEqual(['routeComplaintParent', 'routeIdentityComplaint']);
    for (const lang of ['fr', 'en'] as const) {
      const said = text(lang, keys);
      // Addressed to the parent about their child, never to the victim.
      expect(said).toMatch(lang === 'fr' ? /votre enfant/ : /your child/);
      expect(said).not.toMatch(lang === 'fr' ? /vous subissez/ : /you suffer/);
      // Never "give no identity" beside "a complaint is needed".
      expect(said).not.toMatch(lang === 'fr' ? /Ne donnez pas/ : /Do not give/);
    }
  });

  it('a targeted person is told about their own complaint', () => {
    const keys = adviceOf({ categoryId: 'grooming', role: 'targeted', minor: true });
    expect(keys[0]).toBe('routeComplaint');
    expect(keys).not.toContain('routeIdentityOmitted');
  });

  it('a witness needs no complaint: the reports may stay anonymous, said as such', () => {
    const keys = adviceOf({ categoryId: 'grooming', role: 'witness', minor: true });
    expect(keys).not.toContain('routeComplaint');
    expect(keys).not.toContain('routeComplaintParent');
    expect(keys).toEqual(['routeIdentityOmitted']);
  });

  it('abroad, the complaint goes to the police of the reporter’s country, whoever reports', () => {
    expect(adviceOf({ categoryId: 'grooming', role: 'parent', minor: true }, true)[0]).toBe('routeComplaintAbroad');
  });
});
