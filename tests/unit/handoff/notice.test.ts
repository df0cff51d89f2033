import { describe, expect, it } from 'vitest';
import { buildPack } from '@/utils/handoff/pack';
import { IDENTITY, linkOnlyDraft, makeDraft, packInput } from './draft-factory';
import { everyText, fieldOf } from './helpers';

const GOOD_FAITH = {
  fr: 'J’ai la conviction de bonne foi que les informations et allégations contenues dans ce signalement sont exactes et complètes.',
  en: 'I have a good-faith belief that the information and allegations in this notice are accurate and complete.',
};

describe('DSA notice (Art. 16(2))', () => {
  it.each(['fr', 'en'] as const)('holds the four elements, in %s and in the other language', (lang) => {
    const pack = buildPack(packInput(makeDraft(), 'x-notice', { lang }));
    const notice = fieldOf(pack, 'notice')!;
    const other = lang === 'fr' ? 'en' : 'fr';
    expect(notice.alt?.lang).toBe(other);
    for (const [text, l] of [
      [notice.value, lang],
      [notice.alt!.value, other],
    ] as const) {
      // (b) the exact addresses
      expect(text).toContain('https://x.com/someone/status/123');
      expect(text).toContain('https://x.com/home');
      // (a) facts and legal basis
      expect(text).toContain('messages humiliants');
      expect(text).toContain('222-33-2-2');
      expect(text).toMatch(l === 'fr' ? /article 3, point h\)/ : /Article 3\(h\)/);
      // (c) the notifier
      expect(text).toContain(IDENTITY.name);
      expect(text).toContain(IDENTITY.email);
      // (d) good faith
      expect(text).toContain(GOOD_FAITH[l]);
    }
    expect(fieldOf(pack, 'name')?.value).toBe(IDENTITY.name);
    expect(fieldOf(pack, 'email')?.value).toBe(IDENTITY.email);
    expect(fieldOf(pack, 'goodFaith')?.value).toBe(GOOD_FAITH[lang]);
    expect(fieldOf(pack, 'description')?.value).toContain('222-33-2-2');
  });

  const exempt = [
    ['child-sexual-abuse-material', linkOnlyDraft('child-sexual-abuse-material')],
    ['grooming', linkOnlyDraft('grooming')],
    ['sextortion of a minor', linkOnlyDraft('sextortion', { qualification: { minor: true } })],
  ] as const;
  it.each(exempt)('%s: neither the name nor the email, and the text says why', (_, draft) => {
    for (const lang of ['fr', 'en'] as const) {
      const pack = buildPack(packInput(draft, 'telegram-notice', { lang }));
      const text = everyText(pack);
      expect(text).not.toContain(IDENTITY.name);
      expect(text).not.toContain(IDENTITY.email);
      expect(fieldOf(pack, 'name')?.value).toBe('');
      expect(fieldOf(pack, 'email')?.value).toBe('');
      expect(fieldOf(pack, 'notice')?.value).toMatch(lang === 'fr' ? /16, paragraphe 2, point c\)/ : /16\(2\)\(c\)/);
      expect(fieldOf(pack, 'notice')?.value).toContain('2011/93');
      expect(fieldOf(pack, 'notice')?.value).toContain(GOOD_FAITH[lang]);
      expect(fieldOf(pack, 'notice')?.value).toContain('https://x.com/someone/status/123');
    }
  });

  it('without an identity: empty fields, and a note that the notice stays possible but brings no receipt or decision', () => {
    const pack = buildPack(packInput(makeDraft(), 'x-notice', { identity: null }));
    expect(fieldOf(pack, 'name')?.value).toBe('');
    expect(fieldOf(pack, 'email')?.value).toBe('');
    expect(fieldOf(pack, 'name')?.note).toMatch(/considérant 50/);
    expect(fieldOf(pack, 'name')?.note).not.toMatch(/exiger/);
    expect(fieldOf(pack, 'notice')?.value).toMatch(
      /ni accusé de réception \(art\. 16\(4\)\) ni sa décision \(art\. 16\(5\)\)/,
    );
    expect(fieldOf(pack, 'notice')?.alt?.value).toMatch(
      /neither a confirmation of receipt \(Art\. 16\(4\)\) nor its decision \(Art\. 16\(5\)\)/,
    );
  });

  it('PHAROS never carries the identity, even for content whose notices do', () => {
    const text = everyText(buildPack(packInput(makeDraft({ qualification: { categoryId: 'threats' } }), 'pharos')));
    expect(text).not.toContain(IDENTITY.name);
    expect(text).not.toContain(IDENTITY.email);
  });
});
