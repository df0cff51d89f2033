import { describe, expect, it } from 'vitest';
import { channelById, type ChannelId } from '@/utils/channels/registry';
import { reporterRoles, route, type RouteInput } from '@/utils/channels/route';
import { categories, categoryById, type CategoryId } from '@/utils/qualify/taxonomy';
import { isLinkOnly } from '@/utils/qualify/link-only';
import { input } from './helpers';

const ids = (over: Partial<RouteInput> & { categoryId: CategoryId }) =>
  route(input(over)).steps.map((s) => s.channelId);

describe('route: the five reference scenarios', () => {
  it('apology of terrorism on X → PHAROS, then the X notice', () => {
    const r = route(input({ categoryId: 'terrorism', platformId: 'x' }));
    expect(r.steps.slice(0, 2).map((s) => [s.channelId, s.kind])).toEqual([
      ['pharos', 'primary'],
      ['x-notice', 'platform'],
    ]);
    expect(r.steps[0]?.reason.fr).toContain('« Terrorisme »');
    expect(r.outOfScope).toBeUndefined();
    expect(r.omitReporterIdentity).toBe(false);
  });

  it('a parent whose child is harassed on TikTok → 3018 first, PHAROS when public, TikTok notice, complaint', () => {
    const pub = { categoryId: 'cyber-harassment', platformId: 'tiktok', role: 'parent' } as const;
    expect(ids(pub).slice(0, 3)).toEqual(['e-enfance-3018', 'pharos', 'tiktok-notice']);
    expect(route(input(pub)).steps[0]?.reason.en).toMatch(/Your child/);
    expect(ids(pub)).toContain('complaint');
    const notPublic = ids({ ...pub, publicContent: false });
    expect(notPublic[0]).toBe('e-enfance-3018');
    expect(notPublic).not.toContain('pharos');
    expect(notPublic).toContain('tiktok-notice');
    expect(route(input(pub)).complaintAdvised).toBe(true);
  });

  it('CSAM → PHAROS and Point de Contact, identity omitted, URL only, platform notice after them', () => {
    const r = route(input({ categoryId: 'child-sexual-abuse-material', platformId: 'telegram' }));
    expect(r.steps.slice(0, 3).map((s) => s.channelId)).toEqual(['pharos', 'point-de-contact', 'telegram-notice']);
    expect(r.omitReporterIdentity).toBe(true);
    expect(r.urlOnly).toBe(true);
    for (const s of r.steps) expect(s.needs.fr.join(' ')).not.toMatch(/capture d’écran/);
    expect(r.steps.find((s) => s.kind === 'platform')?.reason.en).toMatch(/neither your name nor your email/);
  });

  it('scam listing on leboncoin → THESEE and 17Cyber, then the marketplace notice, never PHAROS', () => {
    const r = route(input({ categoryId: 'online-scam', platformId: 'leboncoin', role: 'targeted' }));
    expect(r.steps.slice(0, 3).map((s) => s.channelId)).toEqual(['thesee', 'cyber-17', 'leboncoin-notice']);
    expect(r.steps.map((s) => s.channelId)).toContain('signalconso');
    expect(r.steps.map((s) => s.channelId)).not.toContain('pharos');
    expect(r.complaintAdvised).toBe(true);
  });

  it('imminent danger → emergency numbers before anything else, for every category', () => {
    for (const c of categories) {
      const r = route(input({ categoryId: c.id, danger: true, platformId: 'youtube' }));
      expect(
        r.steps.slice(0, 2).map((s) => [s.channelId, s.kind]),
        c.id,
      ).toEqual([
        ['police-17', 'emergency'],
        ['emergency-112', 'emergency'],
      ]);
    }
    expect(ids({ categoryId: 'suicide-self-harm-incitement', danger: true }).slice(0, 3)).toEqual([
      'police-17',
      'emergency-112',
      'suicide-prevention-3114',
    ]);
    // Grooming always involves a minor: 119 is an emergency number there without asking.
    expect(ids({ categoryId: 'grooming', danger: true }).slice(0, 3)).toEqual([
      'police-17',
      'emergency-112',
      'child-in-danger-119',
    ]);
  });
});

/** Every category: the first steps for a witness of public content on a detected platform. */
const FIRST_STEPS: Record<CategoryId, ChannelId[]> = {
  terrorism: ['pharos', 'youtube-notice', 'point-de-contact'],
  'child-sexual-abuse-material': ['pharos', 'point-de-contact', 'youtube-notice'],
  grooming: ['pharos', 'youtube-notice', 'point-de-contact', 'child-in-danger-119'],
  sextortion: ['cyber-17', 'youtube-notice'],
  'cyber-harassment': ['pharos', 'youtube-notice', 'point-de-contact'],
  threats: ['pharos', 'youtube-notice', 'point-de-contact'],
  'hate-incitement': ['pharos', 'youtube-notice', 'point-de-contact', 'licra', 'crif'],
  'insult-defamation': ['point-de-contact', 'youtube-notice'],
  'crimes-against-humanity-apology-denial': ['pharos', 'youtube-notice', 'point-de-contact', 'licra', 'crif'],
  'non-consensual-intimate-images': ['point-de-contact-disrupt', 'youtube-notice', 'pharos'],
  'sexual-deepfake': ['point-de-contact-disrupt', 'youtube-notice', 'pharos'],
  doxxing: ['pharos', 'youtube-notice', 'point-de-contact'],
  'identity-theft': ['point-de-contact', 'youtube-notice', 'cyber-17'],
  'suicide-self-harm-incitement': ['pharos', 'youtube-notice', 'suicide-prevention-3114'],
  'torture-barbarity-images': ['pharos', 'youtube-notice', 'point-de-contact'],
  'animal-cruelty': ['pharos', 'youtube-notice', 'ifaw-france'],
  'drug-trafficking': ['pharos', 'youtube-notice'],
  'weapons-trafficking': ['pharos', 'youtube-notice'],
  'online-scam': ['pharos', 'youtube-notice', 'cyber-17', 'signalconso'],
  phishing: ['phishing-initiative', 'youtube-notice', 'cyber-17', 'signal-spam', 'spam-sms-33700'],
  spam: ['signal-spam', 'spam-sms-33700', 'youtube-notice', 'cyber-17'],
  'illegal-product-marketplace': ['signalconso', 'youtube-notice', 'pharos', 'indecosa-cgt'],
  'minors-exposed-harmful-content': ['point-de-contact', 'youtube-notice'],
  piracy: ['pharos', 'youtube-notice', 'alpa'],
  'illegal-advertising': ['signalconso', 'youtube-notice', 'addictions-france'],
  other: ['pharos', 'youtube-notice', 'point-de-contact'],
};

describe('route: first steps of every category, for a witness', () => {
  it('has a case for every category', () => {
    expect(Object.keys(FIRST_STEPS).sort()).toEqual(categories.map((c) => c.id).sort());
  });

  it.each(Object.entries(FIRST_STEPS) as [CategoryId, ChannelId[]][])('%s', (categoryId, expected) => {
    expect(ids({ categoryId, platformId: 'youtube' }).slice(0, expected.length)).toEqual(expected);
  });
});

describe('route: the reporter’s role', () => {
  it('a witness is never sent to file a complaint, and no complaint is advised', () => {
    for (const c of categories) {
      const r = route(input({ categoryId: c.id, role: 'witness' }));
      expect(r.complaintAdvised, c.id).toBe(false);
      expect(
        r.steps.map((s) => s.channelId),
        c.id,
      ).not.toContain('complaint');
    }
  });

  it('an adult targeted is pointed to victim support (116 006) next to the complaint; a minor to the 3018, a witness to neither', () => {
    const harassed = { categoryId: 'cyber-harassment', role: 'targeted' } as const;
    const adult = ids(harassed);
    expect(adult).toContain('victim-support-116006');
    expect(adult.indexOf('victim-support-116006')).toBeGreaterThan(adult.indexOf('complaint'));
    expect(ids({ ...harassed, minor: true })).not.toContain('victim-support-116006');
    expect(ids({ ...harassed, minor: true })[0]).toBe('e-enfance-3018');
    for (const c of categories)
      expect(ids({ categoryId: c.id, role: 'witness' }), c.id).not.toContain('victim-support-116006');
  });

  it('the person targeted is told a complaint is needed where the law gives them standing', () => {
    expect(route(input({ categoryId: 'doxxing', role: 'targeted' })).complaintAdvised).toBe(true);
    expect(ids({ categoryId: 'doxxing', role: 'targeted' })).toContain('complaint');
    expect(route(input({ categoryId: 'spam', role: 'targeted' })).complaintAdvised).toBe(false);
    expect(ids({ categoryId: 'terrorism', role: 'targeted' })).not.toContain('complaint');
  });

  it('a parent gets the child-protection channels first and the complaint on the child’s behalf', () => {
    for (const categoryId of ['grooming', 'threats', 'doxxing', 'non-consensual-intimate-images'] as const) {
      const r = route(input({ categoryId, role: 'parent' }));
      expect(r.steps[0]?.channelId, categoryId).toBe('e-enfance-3018');
      const complaint = r.steps.find((s) => s.channelId === 'complaint');
      expect(complaint?.reason.en, categoryId).toMatch(/on their behalf/);
    }
    // A parent reports about a minor: the minor question is implied (intimate images become link-only).
    expect(route(input({ categoryId: 'non-consensual-intimate-images', role: 'parent' })).urlOnly).toBe(true);
  });

  it('a targeted adult keeps their evidence for intimate images (Disrupt first); a minor goes link-only', () => {
    const adult = route(input({ categoryId: 'non-consensual-intimate-images', role: 'targeted' }));
    expect(adult.urlOnly).toBe(false);
    expect(adult.steps[0]?.channelId).toBe('point-de-contact-disrupt');
    const minor = route(
      input({ categoryId: 'non-consensual-intimate-images', role: 'targeted', minor: true, platformId: 'instagram' }),
    );
    expect(minor.steps.slice(0, 4).map((s) => s.channelId)).toEqual([
      'e-enfance-3018',
      'pharos',
      'point-de-contact',
      'instagram-notice',
    ]);
    expect(minor.urlOnly).toBe(true);
    expect(minor.omitReporterIdentity).toBe(true);
    expect(minor.steps.map((s) => s.channelId)).not.toContain('point-de-contact-disrupt');
  });
});

describe('route: situation rules', () => {
  it('keeps PHAROS out of insult/defamation and spam, with a redirect', () => {
    const insult = route(input({ categoryId: 'insult-defamation', role: 'targeted' }));
    expect(insult.steps[0]?.channelId).toBe('complaint');
    expect(insult.steps.map((s) => s.channelId)).not.toContain('pharos');
    expect(insult.outOfScope?.redirectChannelIds).toContain('complaint');
    expect(insult.complaintAdvised).toBe(true);
    const spam = route(input({ categoryId: 'spam' }));
    expect(spam.steps.map((s) => s.channelId)).not.toContain('pharos');
    expect(spam.outOfScope?.redirectChannelIds).toEqual(['signal-spam', 'spam-sms-33700']);
  });

  it('sends a private exchange with someone known to a complaint, not PHAROS', () => {
    const r = route(input({ categoryId: 'threats', privateExchange: true, publicContent: false, role: 'targeted' }));
    expect(r.steps.map((s) => s.channelId)).not.toContain('pharos');
    expect(r.steps.slice(0, 2).map((s) => s.channelId)).toEqual(['complaint', 'ma-securite-chat']);
    expect(r.outOfScope?.redirectChannelIds).toEqual(['complaint', 'ma-securite-chat', 'cyber-17']);
    expect(ids({ categoryId: 'threats' })).toContain('pharos');
  });

  it('keeps CSAM with PHAROS even in a private exchange', () => {
    const r = route(input({ categoryId: 'child-sexual-abuse-material', privateExchange: true, publicContent: false }));
    expect(r.steps[0]?.channelId).toBe('pharos');
    expect(r.outOfScope).toBeUndefined();
  });

  it('sends adult blackmail to THESEE only when met online only and money was demanded; always tells of the complaint', () => {
    const base = { categoryId: 'sextortion', role: 'targeted' } as const;
    const online = ids({ ...base, moneyDemanded: true, metInPerson: false });
    expect(online.slice(0, 2)).toEqual(['thesee', 'cyber-17']);
    expect(online).toContain('complaint');
    expect(ids({ ...base, role: 'witness' })).not.toContain('thesee');
    const met = ids({ ...base, moneyDemanded: true, metInPerson: true });
    expect(met).not.toContain('thesee');
    expect(met.slice(0, 2)).toEqual(['complaint', 'cyber-17']);
    const noMoney = ids({ ...base, moneyDemanded: false });
    expect(noMoney).not.toContain('thesee');
    expect(noMoney[0]).toBe('complaint');
    for (const over of [{}, { metInPerson: true }, { moneyDemanded: false }])
      expect(route(input({ ...base, ...over })).complaintAdvised).toBe(true);
  });

  it('sends the sextortion of a minor to the 3018, then PHAROS; link only once the messages show a sexual image of the minor', () => {
    const r = route(input({ categoryId: 'sextortion', role: 'targeted', minor: true }));
    expect(r.steps.slice(0, 2).map((s) => s.channelId)).toEqual(['e-enfance-3018', 'pharos']);
    expect(r.urlOnly).toBe(false);
    expect(
      route(input({ categoryId: 'sextortion', role: 'targeted', minor: true, minorSexualImage: true })).urlOnly,
    ).toBe(true);
  });

  it('offers THESEE to a minor blackmailed for money by someone met only online, as “also”, after child protection', () => {
    const r = route(input({ categoryId: 'sextortion', role: 'parent', moneyDemanded: true }));
    const got = r.steps.map((s) => s.channelId);
    expect(r.steps.find((s) => s.channelId === 'thesee')?.kind).toBe('also');
    expect(got.indexOf('thesee')).toBeGreaterThan(got.indexOf('child-in-danger-119'));
    expect(got.indexOf('thesee')).toBeGreaterThan(got.indexOf('e-enfance-3018'));
    expect(ids({ categoryId: 'sextortion', role: 'parent', moneyDemanded: false })).not.toContain('thesee');
    expect(ids({ categoryId: 'sextortion', role: 'parent', metInPerson: true })).not.toContain('thesee');
  });

  it('adds child protection when violence against a minor is shown', () => {
    expect(ids({ categoryId: 'torture-barbarity-images' })).not.toContain('child-in-danger-119');
    const child = ids({ categoryId: 'torture-barbarity-images', minor: true });
    expect(child).toContain('child-in-danger-119');
    expect(child).toContain('e-enfance-3018');
  });

  it('proposes PHAROS for illegal products, after SignalConso', () => {
    expect(ids({ categoryId: 'illegal-product-marketplace' }).slice(0, 2)).toEqual(['signalconso', 'pharos']);
  });

  it('omits the notifier’s identity for grooming too (DSA Art. 16(2)(c)), but not for adult intimate images', () => {
    expect(route(input({ categoryId: 'grooming', platformId: 'snapchat' })).omitReporterIdentity).toBe(true);
    expect(route(input({ categoryId: 'non-consensual-intimate-images' })).omitReporterIdentity).toBe(false);
  });

  it('gives the DSA code of the case: protection of minors when a minor is shown in intimate images', () => {
    expect(route(input({ categoryId: 'non-consensual-intimate-images' })).dsa.category).not.toBe(
      'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
    );
    expect(route(input({ categoryId: 'non-consensual-intimate-images', role: 'parent' })).dsa.category).toBe(
      'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
    );
  });

  it('proposes a platform notice only for a detected platform with a notice channel', () => {
    expect(route(input({ categoryId: 'terrorism' })).steps.some((s) => s.kind === 'platform')).toBe(false);
    expect(
      route(input({ categoryId: 'terrorism', platformId: 'unknown-site' })).steps.some((s) => s.kind === 'platform'),
    ).toBe(false);
    for (const platformId of ['snapchat', 'linkedin', 'pinterest', 'aliexpress', 'temu', 'shein'])
      expect(ids({ categoryId: 'illegal-product-marketplace', platformId })).toContain(`${platformId}-notice`);
  });

  it('says where the PHAROS step comes from in the reporter’s language', () => {
    const step = route(input({ categoryId: 'threats' })).steps[0]!;
    expect(step.reason.fr).toMatch(/Menaces ou incitation à la violence/);
    expect(step.reason.en).toMatch(/Threats or incitement to violence/);
    expect(step.reason.fr).not.toContain('{topic}');
  });
});

// Thousands of routes per test: a loaded 2-core machine needs more than the default 5 s.
describe('route: invariants over every combination', { timeout: 60_000 }, () => {
  const flags = [false, true];
  const platformIds = [null, 'youtube', 'vinted'];
  const all: RouteInput[] = [];
  for (const c of categories)
    for (const role of reporterRoles)
      for (const minor of flags)
        for (const minorSexualImage of flags)
          for (const danger of flags)
            for (const privateExchange of flags)
              for (const publicContent of flags)
                for (const moneyDemanded of flags)
                  for (const metInPerson of flags)
                    for (const platformId of platformIds)
                      all.push({
                        categoryId: c.id,
                        role,
                        minor,
                        minorSexualImage,
                        danger,
                        privateExchange,
                        publicContent,
                        moneyDemanded,
                        metInPerson,
                        platformId,
                      });
  const results = all.map((i) => [i, route(i)] as const);

  it('routes every combination to an official channel or a designated trusted flagger, once each', () => {
    expect(all.length).toBe(categories.length * 3 * 128 * 3);
    for (const [i, r] of results) {
      const where = JSON.stringify(i);
      expect(new Set(r.steps.map((s) => s.channelId)).size, where).toBe(r.steps.length);
      expect(
        r.steps.some((s) => channelById[s.channelId].official || channelById[s.channelId].trustedFlagger),
        where,
      ).toBe(true);
      for (const s of r.steps) expect(s.needs.en.length, where).toBe(s.needs.fr.length);
    }
  });

  it('only routes to channels that accept the category (emergency lines aside)', () => {
    for (const [i, r] of results)
      for (const s of r.steps.filter((s) => s.kind !== 'emergency'))
        expect(channelById[s.channelId].categories, `${i.categoryId} → ${s.channelId}`).toContain(i.categoryId);
  });

  it('orders steps emergency → primary → platform → also, with a primary step always present', () => {
    const rank = { emergency: 0, primary: 1, platform: 2, also: 3 } as const;
    for (const [i, r] of results) {
      const kinds = r.steps.map((s) => rank[s.kind]);
      expect(kinds, JSON.stringify(i)).toEqual([...kinds].sort((a, b) => a - b));
      expect(kinds, JSON.stringify(i)).toContain(1);
    }
  });

  it('puts 17 and 112 first whenever someone is in danger, and never otherwise', () => {
    for (const [i, r] of results) {
      const first = r.steps.slice(0, 2).map((s) => s.channelId);
      if (i.danger) expect(first, JSON.stringify(i)).toEqual(['police-17', 'emergency-112']);
      else
        expect(
          r.steps.some((s) => s.kind === 'emergency'),
          JSON.stringify(i),
        ).toBe(false);
    }
  });

  it('CSAM: link only, PHAROS and Point de Contact, no identity in notices', () => {
    for (const [i, r] of results.filter(([i]) => categoryById[i.categoryId].csam)) {
      expect(r.urlOnly, JSON.stringify(i)).toBe(true);
      expect(r.omitReporterIdentity).toBe(true);
      expect(r.steps.map((s) => s.channelId)).toEqual(expect.arrayContaining(['pharos', 'point-de-contact']));
    }
  });

  it('link-only exactly when the CSAM rule says so, and then never without the identity exemption', () => {
    for (const [i, r] of results) {
      expect(r.urlOnly, JSON.stringify(i)).toBe(
        isLinkOnly(i.categoryId, i.minor || i.role === 'parent', i.minorSexualImage),
      );
      if (r.urlOnly) expect(r.omitReporterIdentity, JSON.stringify(i)).toBe(true);
    }
  });

  it('never proposes PHAROS where it is out of scope', () => {
    for (const [i, r] of results) {
      const got = r.steps.map((s) => s.channelId);
      if (
        ['insult-defamation', 'spam', 'phishing'].includes(i.categoryId) ||
        // The victim of a scam goes to THESEE; PHAROS takes a scam seen by a witness.
        (i.categoryId === 'online-scam' && i.role !== 'witness') ||
        (i.privateExchange && !r.urlOnly)
      )
        expect(got, JSON.stringify(i)).not.toContain('pharos');
      if (i.categoryId === 'online-scam' && i.role !== 'witness') {
        const primary = r.steps.filter((s) => s.kind === 'primary').map((s) => s.channelId);
        expect(primary.slice(0, 2), JSON.stringify(i)).toEqual(['thesee', 'cyber-17']);
      }
    }
  });

  it('never makes a channel whose public reporting is unverified the only primary door', () => {
    for (const [i, r] of results) {
      const primary = r.steps.filter((s) => s.kind === 'primary').map((s) => channelById[s.channelId]);
      expect(
        primary.some((c) => c.confidence === 'verified' || c.entry?.verified === true),
        JSON.stringify(i),
      ).toBe(true);
    }
  });

  it('is pure: the same input gives the same output', () => {
    const i = input({ categoryId: 'cyber-harassment', minor: true, role: 'targeted', platformId: 'discord' });
    expect(route(i)).toEqual(route(i));
  });
});
