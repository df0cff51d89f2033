import { describe, expect, it } from 'vitest';
import { isLinkOnly } from '@/utils/qualify/link-only';
import {
  categories,
  categoryById,
  categorySchema,
  isCategoryId,
  shortestPrescription,
  type Category,
  type CategoryId,
  type LegalBasis,
} from '@/utils/qualify/taxonomy';

const basis = (id: CategoryId, article: string): LegalBasis => {
  const found = categoryById[id].legalBasis.find((b) => b.article === article);
  if (!found) throw new Error(`${id} has no legal basis ${article}`);
  return found;
};
const UNKNOWN = 'non vérifiée dans nos sources';

describe('category taxonomy: every entry', () => {
  it.each(categories.map((c) => [c.id, c] as const))('%s', (id, c) => {
    expect(isCategoryId(id)).toBe(true);
    expect(categoryById[id]).toBe(c);
    if (id !== 'other') expect(c.legalBasis.length).toBeGreaterThan(0);
    // A fact still shown as unknown cannot be marked verified.
    for (const b of c.legalBasis) if (b.maxPenalty.fr.includes(UNKNOWN)) expect(b.confidence).toBe('to-check');
  });

  it('rejects an id that is not a category', () => {
    expect(isCategoryId('not-a-category')).toBe(false);
    expect(isCategoryId('toString')).toBe(false);
  });
});

describe('category taxonomy: child protection', () => {
  it('flags only child sexual abuse material as CSAM, the only category that is URL-only in every case', () => {
    expect(categories.filter((c) => c.csam).map((c) => c.id)).toEqual(['child-sexual-abuse-material']);
    expect(categories.filter((c) => c.evidence === 'url-only').map((c) => c.id)).toEqual([
      'child-sexual-abuse-material',
    ]);
  });

  it('turns URL-only with a minor exactly the categories whose images show the minor themself', () => {
    const whenMinor = categories.filter((c) => c.evidence === 'full' && isLinkOnly(c.id, true)).map((c) => c.id);
    expect(whenMinor.sort()).toEqual(['non-consensual-intimate-images', 'sexual-deepfake']);
    expect(isLinkOnly('child-sexual-abuse-material', false)).toBe(true);
    expect(isLinkOnly('cyber-harassment', true)).toBe(false);
  });

  it('keeps a grooming or blackmail conversation, or a listing, unless it shows a sexual image of a minor', () => {
    const whenImage = categories.filter((c) => c.evidence === 'full' && isLinkOnly(c.id, false, true)).map((c) => c.id);
    expect(whenImage.sort()).toEqual(['grooming', 'illegal-product-marketplace', 'sextortion']);
    for (const id of ['grooming', 'sextortion', 'illegal-product-marketplace'] as const) {
      expect(isLinkOnly(id, true), id).toBe(false);
      expect(isLinkOnly(id, true, true), id).toBe(true);
    }
  });
});

describe('category taxonomy: corrected legal facts', () => {
  it('grooming lists CP 227-23-1 (an adult asking a minor for sexual images) beside 227-22-1', () => {
    const articles = categoryById.grooming.legalBasis.map((b) => b.article);
    expect(articles).toEqual(expect.arrayContaining(['227-22-1', '227-23-1']));
    const b = basis('grooming', '227-23-1');
    expect(b.maxPenalty.fr).toContain('7 ans et 100 000 €');
    expect(b.maxPenalty.fr).toContain('10 ans et 150 000 € si le mineur a moins de 15 ans');
    expect(b.maxPenalty.en).toContain('7 years and €100,000');
    expect(b.confidence).toBe('verified');
  });

  it('blackmail (CP 312-10): 5 years/€75,000, 7 years/€100,000 online with sexual images, attempt included', () => {
    const b = basis('sextortion', '312-10');
    expect(b.maxPenalty.fr).toContain('5 ans et 75 000 €');
    expect(b.maxPenalty.fr).toContain('7 ans et 100 000 € en ligne');
    expect(b.maxPenalty.fr).toContain('312-11');
    expect(b.confidence).toBe('verified');
    expect(b.source.url).toContain('legifrance.gouv.fr');
  });

  it('animal cruelty (CP 521-1) and posting recordings of it (CP 521-1-2)', () => {
    const cruelty = basis('animal-cruelty', '521-1').maxPenalty.fr;
    expect(cruelty).toContain('3 ans et 45 000 €');
    expect(cruelty).toContain('4 ans et 60 000 €');
    expect(cruelty).toContain('5 ans et 75 000 € si l’animal en meurt');
    expect(basis('animal-cruelty', '521-1-2').maxPenalty.fr).toContain('diffusion sur internet : 2 ans et 30 000 €');
  });

  it('weapons (CP 222-52): 5 years and €75,000', () => {
    const b = basis('weapons-trafficking', '222-52');
    expect(b.maxPenalty.fr).toMatch(/^5 ans et 75 000 €/);
    expect(b.confidence).toBe('verified');
  });

  it('identity theft (CP 226-4-1): 1 year and €15,000, tagged as impersonation', () => {
    const c = categoryById['identity-theft'];
    expect(c.legalBasis.map((b) => b.article)).toEqual(['226-4-1']);
    expect(c.legalBasis[0]!.maxPenalty.fr).toMatch(/^1 an et 15 000 €/);
    expect(c.dsa).toEqual({
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      keyword: 'KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING',
    });
    expect(c.victimComplaintNeeded).toBe(true);
  });

  it('leaves a penalty unknown only where no source was found', () => {
    const unknown = categories.filter((c) => c.legalBasis.some((b) => b.maxPenalty.fr.includes(UNKNOWN)));
    expect(unknown.map((c) => c.id)).toEqual(['spam', 'illegal-product-marketplace', 'piracy', 'illegal-advertising']);
  });
});

describe('category taxonomy: press-law deadlines follow the offence', () => {
  it('apology of crimes against humanity (art. 24 al. 5) keeps 3 months; denial (24 bis) has 12 under art. 65-3', () => {
    const apology = basis('crimes-against-humanity-apology-denial', '24 al. 5').prescription;
    const denial = basis('crimes-against-humanity-apology-denial', '24 bis').prescription;
    expect(apology?.months).toBe(3);
    expect(apology?.basis).toBe('Loi du 29 juillet 1881, art. 65');
    expect(denial?.months).toBe(12);
    expect(denial?.basis).toContain('65-3');
  });

  it('defamation and insult: 3 months against a private person, 12 when discriminatory', () => {
    const months = categoryById['insult-defamation'].legalBasis.map((b) => [b.article, b.prescription?.months]);
    expect(months).toEqual([
      ['29 al. 1 et 32 al. 1', 3],
      ['32 al. 2 et 3', 12],
      ['29 al. 2 et 33 al. 2', 3],
      ['33 al. 3 et 4', 12],
    ]);
  });

  it('provocation to hatred (art. 24 al. 7 and 8) has 12 months; offences outside press law have none', () => {
    expect(basis('hate-incitement', '24 (al. 7 et 8)').prescription?.months).toBe(12);
    const withDeadline = categories.filter((c) => c.legalBasis.some((b) => b.prescription)).map((c) => c.id);
    expect(withDeadline).toEqual(['hate-incitement', 'insult-defamation', 'crimes-against-humanity-apology-denial']);
    for (const c of categories) {
      for (const b of c.legalBasis)
        if (b.prescription) expect(b.code, `${c.id} ${b.article}`).toBe('Loi du 29 juillet 1881');
    }
  });

  it('derives the shortest deadline of a category for its warning', () => {
    expect(shortestPrescription(categoryById['crimes-against-humanity-apology-denial'])?.months).toBe(3);
    expect(shortestPrescription(categoryById['hate-incitement'])?.months).toBe(12);
    expect(shortestPrescription(categoryById.terrorism)).toBeUndefined();
  });
});

describe('category schema: rules checked at load', () => {
  const parse = (c: unknown) => categorySchema.safeParse(c).success;
  const phishing: Category = categoryById.phishing;
  const ncii: Category = categoryById['non-consensual-intimate-images'];

  it('accepts the real rows it is given back', () => {
    expect(parse(phishing)).toBe(true);
    expect(parse(ncii)).toBe(true);
  });

  it('rejects malformed text, ids, sources and v1 DSA codes', () => {
    expect(parse({ ...phishing, id: 'Not Kebab' })).toBe(false);
    expect(parse({ ...phishing, label: { fr: 'x', en: '' } })).toBe(false);
    expect(
      parse({
        ...phishing,
        dsa: { ...phishing.dsa, category: 'STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT' },
      }),
    ).toBe(false);
    expect(parse({ ...phishing, sources: [{ url: 'http://example.org', title: 't', checked: '2026-01-01' }] })).toBe(
      false,
    );
    const b = phishing.legalBasis[0]!;
    expect(parse({ ...phishing, legalBasis: [{ ...b, source: { ...b.source, checked: '22/11/2026' } }] })).toBe(false);
  });

  it('rejects CSAM that is not URL-only, and a DSA keyword outside its category', () => {
    expect(parse({ ...phishing, csam: true })).toBe(false);
    expect(parse({ ...phishing, dsa: { category: 'STATEMENT_CATEGORY_VIOLENCE', keyword: 'KEYWORD_PHISHING' } })).toBe(
      false,
    );
  });

  it('rejects a verified entry with an unverified offence or deadline', () => {
    const b = phishing.legalBasis[0]!;
    expect(parse({ ...phishing, legalBasis: [{ ...b, confidence: 'to-check' }] })).toBe(false);
    const prescription = { months: 3, basis: 'x', confidence: 'to-check', source: b.source };
    expect(parse({ ...phishing, legalBasis: [{ ...b, prescription }] })).toBe(false);
    expect(parse({ ...phishing, confidence: 'to-check', legalBasis: [{ ...b, prescription }] })).toBe(true);
  });

  it('requires a minors code when the usual keyword excludes minors, and forbids such a keyword in it', () => {
    const { dsaWithMinor: _omitted, ...withoutMinorCode } = ncii;
    expect(parse(withoutMinorCode)).toBe(false);
    expect(parse({ ...withoutMinorCode, linkOnlyWhenMinor: false })).toBe(true);
    expect(parse({ ...ncii, dsaWithMinor: ncii.dsa })).toBe(false);
  });
});
