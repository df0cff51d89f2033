import { describe, expect, it } from 'vitest';
import { channels, channelById, type ChannelId } from '@/utils/channels/registry';
import { buildPack, buildPackExact } from '@/utils/handoff/pack';
import { outputLanguage } from '@/utils/channels/language';
import { packFieldKeys } from '@/utils/handoff/types';
import { CAPTURED_AT, EVIDENCE, IDENTITY, linkOnlyDraft, makeDraft, packInput } from './draft-factory';
import { everyText, fieldOf } from './helpers';

const draft = makeDraft();
const langs = ['fr', 'en'] as const;

describe('every channel of the registry gets a pack', () => {
  it.each(channels.map((c) => [c.id, c.kind] as const))('%s (%s)', (id, kind) => {
    for (const lang of langs) {
      const pack = buildPack(packInput(draft, id, { lang }));
      const out = outputLanguage(channelById[id], lang);
      expect(out).toBe(kind === 'platform-notice' ? lang : 'fr');
      expect(pack.channelId).toBe(id);
      expect(pack.lang).toBe(out);
      expect(pack.title).toContain(out === 'fr' ? channelById[id].name.fr : channelById[id].name.en);
      expect(pack.mode).toBe(
        {
          'web-form': 'form',
          'platform-notice': 'form',
          phone: 'phone',
          sms: 'sms',
          chat: 'chat',
          app: 'in-app',
          email: 'form',
        }[kind],
      );
      expect(pack.plainText.trim().length).toBeGreaterThan(pack.title.length);
      for (const f of pack.fields) expect(packFieldKeys).toContain(f.key);
      if (kind === 'web-form' || kind === 'platform-notice') {
        const url = fieldOf(pack, 'url');
        expect(url?.value).toContain('https://x.com/someone/status/123');
      }
      if (kind === 'phone' || kind === 'sms') expect(pack.phone).toBe(channelById[id].phone);
    }
  });
});

describe('one pack per channel kind', () => {
  it('web form (PHAROS): category box, times, place, addresses, author, comment; no identity', () => {
    const pack = buildPack(packInput(draft, 'pharos'));
    const category = fieldOf(pack, 'category')!;
    expect(category.kind).toBe('choice');
    expect(category.choice).toBe('Menaces ou incitation à la violence');
    expect(category.note).toMatch(/pas de case exacte/);
    const seen = fieldOf(pack, 'seenAt')!;
    expect(seen.iso).toBe(CAPTURED_AT);
    expect(seen.value).toContain('28 novembre 2026 à 10:23');
    expect(seen.value).toContain(CAPTURED_AT);
    expect(fieldOf(pack, 'place')?.value).toBe('X');
    expect(fieldOf(pack, 'url')?.value).toBe('https://x.com/someone/status/123');
    expect(fieldOf(pack, 'pageUrl')?.value).toBe('https://x.com/home');
    expect(fieldOf(pack, 'author')?.value).toBe('Some One (@someone) — https://x.com/someone');
    const comment = fieldOf(pack, 'description')!.value;
    expect(comment).toContain('messages humiliants');
    expect(comment).toContain('222-33-2-2');
    expect(comment).toMatch(/peine maximale/);
    for (const e of EVIDENCE) expect(comment).toContain(e.sha256);
    const text = everyText(pack);
    expect(text).not.toContain(IDENTITY.name);
    expect(text).not.toContain(IDENTITY.email);
    expect(fieldOf(pack, 'name')).toBeUndefined();
    expect(fieldOf(pack, 'email')).toBeUndefined();
  });

  it('PHAROS in English names the box in both languages and shows the date in English', () => {
    const pack = buildPackExact(packInput(draft, 'pharos', { lang: 'en' }));
    expect(fieldOf(pack, 'category')?.value).toBe(
      'Threats or incitement to violence (« Menaces ou incitation à la violence »)',
    );
    expect(fieldOf(pack, 'category')?.choice).toBe('Menaces ou incitation à la violence');
    expect(fieldOf(pack, 'seenAt')?.value).toContain('28 November 2026 at 10:23');
    expect(fieldOf(pack, 'description')?.value).toMatch(/maximum penalty/);
  });

  it('PHAROS page URL is left out when it is the reported URL', () => {
    const same = makeDraft({
      target: {
        context: 'page',
        url: 'https://example.org/a',
        pageUrl: 'https://example.org/a',
        normalizedUrl: 'https://example.org/a',
      },
      platform: null,
    });
    const pack = buildPack(packInput(same, 'pharos'));
    expect(fieldOf(pack, 'pageUrl')).toBeUndefined();
    expect(fieldOf(pack, 'place')?.value).toBe('example.org');
    expect(fieldOf(pack, 'author')).toBeUndefined();
  });

  it('PHAROS tells a targeted person a complaint is needed', () => {
    const targeted = makeDraft({ qualification: { role: 'targeted' } });
    expect(buildPack(packInput(targeted, 'pharos')).steps.join(' ')).toMatch(/plainte sera aussi nécessaire/);
    expect(buildPack(packInput(draft, 'pharos')).steps.join(' ')).not.toMatch(/plainte sera aussi nécessaire/);
  });

  it('trusted flagger (Point de Contact): type, address, description, optional email', () => {
    const pack = buildPack(packInput(draft, 'point-de-contact'));
    expect(pack.fields.map((f) => f.key)).toEqual(['category', 'url', 'pageUrl', 'description', 'email']);
    expect(fieldOf(pack, 'email')?.value).toBe(IDENTITY.email);
    expect(fieldOf(pack, 'email')?.note).toMatch(/Facultatif/);
    const none = buildPack(packInput(draft, 'point-de-contact', { identity: null }));
    expect(fieldOf(none, 'email')?.value).toBe('');
  });

  it('trusted flaggers with an unverified form: the type, the time seen, the address and a description', () => {
    for (const id of ['licra', 'crif', 'ifaw-france', 'indecosa-cgt', 'addictions-france', 'alpa'] as const) {
      const pack = buildPack(packInput(draft, id));
      expect(pack.fields.map((f) => f.key)).toEqual(['category', 'seenAt', 'url', 'pageUrl', 'description']);
      expect(pack.steps.join(' ')).toMatch(/n’a pas pu en vérifier/);
    }
  });

  it('phone line (17): number, script with who/what/where/when/danger, in both languages', () => {
    const fr = buildPack(packInput(draft, 'police-17'));
    expect(fr.mode).toBe('phone');
    expect(fr.phone).toBe('17');
    expect(fr.steps[0]).toBe('Appelez le 17.');
    expect(fr.script).toMatch(/^Bonjour/);
    expect(fr.script).toContain('Qui je suis (facultatif)');
    expect(fr.script).toContain('messages humiliants');
    expect(fr.script).toContain('sur X, à l’adresse x.com/someone/status/123');
    expect(fr.script).toContain('le 28 novembre 2026 à 10:23');
    expect(fr.script).toMatch(/Qui est en danger/);
    expect(fr.script).not.toContain('https://');
    const en = buildPackExact(packInput(draft, 'police-17', { lang: 'en' }));
    expect(en.script).toMatch(/^Hello/);
    expect(en.script).toContain('Who is in danger');
    expect(en.plainText).toContain('What you can say:');
  });

  it('phone line: a parent says their child is in danger', () => {
    const parent = makeDraft({ qualification: { role: 'parent' } });
    expect(buildPack(packInput(parent, 'child-in-danger-119')).script).toContain('Qui est en danger : mon enfant.');
  });

  it('3018: phone, chat and app, with the evidence vault for screenshots', () => {
    const pack = buildPack(packInput(draft, 'e-enfance-3018'));
    expect(pack.mode).toBe('phone');
    expect(pack.phone).toBe('3018');
    expect(pack.steps.join(' ')).toMatch(/coffre-fort de preuves/);
    expect(pack.steps.join(' ')).toMatch(/tchat sur 3018\.fr/);
    expect(pack.script).toBeTruthy();
    expect(fieldOf(pack, 'evidence')?.value).toContain(EVIDENCE[0]!.sha256);
  });

  it('SMS (33700): forward the text, then send the sender’s number', () => {
    const pack = buildPack(packInput(draft, 'spam-sms-33700'));
    expect(pack.mode).toBe('sms');
    expect(pack.phone).toBe('33700');
    expect(pack.steps[0]).toMatch(/Transférez le SMS/);
    expect(pack.steps[1]).toMatch(/numéro de l’expéditeur/);
    expect(buildPackExact(packInput(draft, 'spam-sms-33700', { lang: 'en' })).steps[0]).toMatch(
      /Forward the unwanted text/,
    );
  });

  it('chat (Ma Sécurité): description and address, open the chat', () => {
    const pack = buildPack(packInput(draft, 'ma-securite-chat'));
    expect(pack.mode).toBe('chat');
    expect(fieldOf(pack, 'description')?.value).toContain('messages humiliants');
    expect(pack.steps[0]).toMatch(/Ouvrez le tchat/);
  });

  it('platform notice: the notice text plus its separate fields', () => {
    const pack = buildPack(packInput(draft, 'x-notice'));
    expect(pack.fields.map((f) => f.key)).toEqual(['url', 'description', 'name', 'email', 'goodFaith', 'notice']);
    expect(pack.plainText).toContain(fieldOf(pack, 'notice')!.value);
  });

  it('THESEE asks for FranceConnect for a complaint; a complaint needs an ID and the printed evidence', () => {
    const scam = makeDraft({ qualification: { categoryId: 'online-scam', role: 'targeted' } });
    const thesee = buildPack(packInput(scam, 'thesee'));
    expect(thesee.steps.join(' ')).toMatch(/FranceConnect/);
    expect(fieldOf(thesee, 'author')?.label).toMatch(/pseudonymes/);
    const complaint = buildPack(packInput(scam, 'complaint'));
    expect(complaint.steps.join(' ')).toMatch(/pièce d’identité/);
    expect(complaint.steps.join(' ')).toMatch(/Imprimez les preuves/);
    expect(fieldOf(complaint, 'legalBasis')?.value).toContain('313-1');
  });

  it('other web forms ask what their registry entry says', () => {
    const keys = (id: ChannelId) => buildPack(packInput(draft, id)).fields.map((f) => f.key);
    expect(keys('phishing-initiative')).toEqual(['url']);
    expect(keys('signal-spam')).toEqual(['url']);
    expect(keys('signalconso')).toEqual(['place', 'url', 'description', 'evidence']);
    expect(keys('cyber-17')).toEqual(['category', 'description', 'url', 'seenAt']);
    expect(keys('point-de-contact-disrupt')).toEqual(['url', 'pageUrl', 'description', 'email']);
    expect(buildPack(packInput(draft, 'signal-spam')).steps.join(' ')).toMatch(/compte Signal Spam/);
  });
});

describe('link-only drafts', () => {
  const cases = [
    ['child-sexual-abuse-material', {}],
    ['grooming', {}],
    ['sextortion', { minor: true }],
  ] as const;
  it.each(cases)('%s: no image hash, no screenshot, in any pack', (categoryId, q) => {
    const d = linkOnlyDraft(categoryId, { qualification: q });
    for (const c of channels)
      for (const lang of langs) {
        const pack = buildPack(packInput(d, c.id, { lang }));
        const text = everyText(pack);
        for (const e of EVIDENCE) {
          expect(text).not.toContain(e.sha256);
          expect(text).not.toContain(e.name);
        }
        expect(fieldOf(pack, 'evidence')).toBeUndefined();
        expect(text).not.toMatch(/coffre-fort|evidence vault|Imprimez les preuves|Print the evidence/);
        expect(text).not.toMatch(
          /Gardez vos captures|Keep your screenshots|Joignez vos captures|Attach your screenshots/,
        );
      }
  });

  it('the same draft with full evidence does list the hashes (the check above can fail)', () => {
    const text = everyText(buildPack(packInput(draft, 'complaint')));
    expect(text).toContain(EVIDENCE[0]!.sha256);
  });
});

describe('page-derived text is neutralised', () => {
  const hostile = makeDraft({
    platform: {
      platformId: 'x',
      platformName: 'X',
      authorHandle: '@evil\u202Egpj.exe',
      authorName: 'Name\u2066\u0007\nURL : https://phish.example',
    },
    narrative: { description: 'ligne 1\r\nligne 2\u202Dfin\u0000' },
  });

  it.each(['pharos', 'complaint', 'x-notice', 'police-17', 'e-enfance-3018'] as const)('%s', (id) => {
    for (const lang of langs) {
      const pack = buildPackExact(packInput(hostile, id, { lang }));
      const text = everyText(pack);
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
      expect(text).toContain('@evilgpj.exe');
      expect(text).toContain('ligne 1\nligne 2fin');
      // A page-controlled name cannot add a line of its own.
      expect(text.split('\n').some((l) => l.startsWith('URL : https://phish.example'))).toBe(false);
    }
  });

  it('plain text has no markdown or HTML and one Label: value per short field', () => {
    const pack = buildPackExact(packInput(draft, 'pharos', { lang: 'en' }));
    expect(pack.plainText).not.toMatch(/<[a-z/]|\*\*|^#/m);
    expect(pack.plainText).toContain('Address (URL) of the content: https://x.com/someone/status/123');
    expect(pack.plainText).toMatch(/\n\nComment for investigators:\n/);
  });
});

describe('the channel’s language, whatever the interface’s', () => {
  it.each(channels.map((c) => c.id))('%s: an English interface gets the channel’s own language', (id) => {
    const en = buildPack(packInput(draft, id, { lang: 'en' }));
    if (channelById[id].kind === 'platform-notice') {
      expect(en.lang).toBe('en');
      return;
    }
    expect(en).toEqual(buildPack(packInput(draft, id, { lang: 'fr' })));
    expect(en.lang).toBe('fr');
    expect(everyText(en)).not.toMatch(/\b(Seen on|Address \(URL\)|What happened|Published on|Type of content|Call)\b/);
  });
});

describe('both languages', () => {
  it.each(channels.map((c) => c.id))('%s: the French and English packs differ and keep the same fields', (id) => {
    const fr = buildPackExact(packInput(draft, id, { lang: 'fr' }));
    const en = buildPackExact(packInput(draft, id, { lang: 'en' }));
    expect(en.fields.map((f) => f.key)).toEqual(fr.fields.map((f) => f.key));
    expect(en.steps.length).toBe(fr.steps.length);
    expect(en.plainText).not.toBe(fr.plainText);
    for (const [a, b] of fr.fields.map((f, i) => [f, en.fields[i]!] as const)) expect(a.label).not.toBe(b.label);
    expect(en.plainText).not.toMatch(/\b(Vu le|Adresse|Description des faits|Appelez)\b/);
  });
});

describe('no description typed: said missing, nothing in its place', () => {
  const blank = makeDraft({ narrative: { description: '' } });

  it.each(channels.map((c) => c.id))('%s', (id) => {
    for (const lang of langs) {
      const pack = buildPack(packInput(blank, id, { lang }));
      const text = everyText(pack);
      expect(text).not.toMatch(/\(Décrivez|\(Describe|\[décrivez|\[describe/);
      for (const f of pack.fields.filter((f) => f.missing)) {
        expect(f.value).toBe('');
        expect(f.alt).toBeUndefined();
        expect(f.note).toMatch(/Description (manquante|missing)/);
      }
    }
  });

  it('PHAROS: the comment is empty and missing; the notice: the explanation and the full text', () => {
    const pharos = buildPack(packInput(blank, 'pharos'));
    expect(fieldOf(pharos, 'description')).toMatchObject({ value: '', missing: true });
    expect(pharos.plainText).not.toContain('Commentaire pour les enquêteurs');
    const notice = buildPack(packInput(blank, 'x-notice', { lang: 'en' }));
    expect(fieldOf(notice, 'description')).toMatchObject({ value: '', missing: true });
    expect(fieldOf(notice, 'notice')).toMatchObject({ value: '', missing: true });
    expect(fieldOf(notice, 'url')?.missing).toBeUndefined();
    const typed = buildPack(packInput(makeDraft(), 'x-notice'));
    expect(typed.fields.some((f) => f.missing)).toBe(false);
  });
});
