import { describe, expect, it } from 'vitest';
import { channelById, channels, type ChannelId } from '@/utils/channels/registry';
import { route, type RouteInput } from '@/utils/channels/route';
import { categories, categoryById, type CategoryId } from '@/utils/qualify/taxonomy';

const input = (over: Partial<RouteInput> & { categoryId: CategoryId }): RouteInput => ({
  platformId: null,
  victim: false,
  minor: false,
  danger: false,
  privateExchange: false,
  publicContent: true,
  country: 'FR',
  ...over,
});
const ids = (over: Partial<RouteInput> & { categoryId: CategoryId }) =>
  route(input(over)).steps.map((s) => s.channelId);

describe('route: the five reference scenarios', () => {
  it('apology of terrorism on X → PHAROS, then the X notice', () => {
    const r = route(input({ categoryId: 'terrorism', platformId: 'x' }));
    expect(r.steps.slice(0, 2).map((s) => [s.channelId, s.kind])).toEqual([
      ['pharos', 'primary'],
      ['x-notice', 'platform'],
    ]);
    expect(r.outOfScope).toBeUndefined();
    expect(r.omitReporterIdentity).toBe(false);
  });

  it('harassment of a minor on TikTok → 3018 first, PHAROS when public, TikTok notice', () => {
    const pub = { categoryId: 'cyber-harassment', platformId: 'tiktok', minor: true, victim: true } as const;
    expect(ids(pub).slice(0, 3)).toEqual(['e-enfance-3018', 'pharos', 'tiktok-notice']);
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
    for (const s of r.steps) expect(s.needsFr.join(' ')).not.toMatch(/capture d’écran/);
    expect(r.steps.find((s) => s.kind === 'platform')?.reasonEn).toMatch(/neither your name nor your email/);
  });

  it('scam listing on leboncoin → THESEE and 17Cyber, then the marketplace notice, never PHAROS', () => {
    const r = route(input({ categoryId: 'online-scam', platformId: 'leboncoin', victim: true }));
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
      const firstNonEmergency = r.steps.findIndex((s) => s.kind !== 'emergency');
      expect(
        r.steps.slice(firstNonEmergency).every((s) => s.kind !== 'emergency'),
        c.id,
      ).toBe(true);
    }
    expect(ids({ categoryId: 'suicide-self-harm-incitement', danger: true }).slice(0, 3)).toEqual([
      'police-17',
      'emergency-112',
      'suicide-prevention-3114',
    ]);
    expect(ids({ categoryId: 'grooming', danger: true, minor: true }).slice(0, 3)).toEqual([
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
  grooming: ['pharos', 'youtube-notice', 'point-de-contact'],
  sextortion: ['thesee', 'cyber-17', 'youtube-notice'],
  'cyber-harassment': ['pharos', 'youtube-notice', 'point-de-contact'],
  threats: ['pharos', 'youtube-notice', 'point-de-contact'],
  'hate-incitement': ['pharos', 'youtube-notice', 'point-de-contact', 'licra', 'crif'],
  'insult-defamation': ['complaint', 'youtube-notice', 'point-de-contact'],
  'crimes-against-humanity-apology-denial': ['pharos', 'youtube-notice', 'point-de-contact', 'licra', 'crif'],
  'non-consensual-intimate-images': ['point-de-contact-disrupt', 'youtube-notice', 'pharos'],
  'sexual-deepfake': ['point-de-contact-disrupt', 'youtube-notice', 'pharos'],
  doxxing: ['pharos', 'youtube-notice', 'point-de-contact'],
  'identity-theft': ['complaint', 'youtube-notice'],
  'suicide-self-harm-incitement': ['pharos', 'youtube-notice', 'suicide-prevention-3114'],
  'torture-barbarity-images': ['pharos', 'youtube-notice', 'point-de-contact'],
  'animal-cruelty': ['pharos', 'youtube-notice', 'ifaw-france'],
  'drug-trafficking': ['pharos', 'youtube-notice'],
  'weapons-trafficking': ['pharos', 'youtube-notice'],
  'online-scam': ['thesee', 'cyber-17', 'youtube-notice', 'signalconso'],
  phishing: ['phishing-initiative', 'youtube-notice', 'cyber-17', 'signal-spam', 'spam-sms-33700'],
  spam: ['signal-spam', 'spam-sms-33700', 'youtube-notice'],
  'illegal-product-marketplace': ['signalconso', 'youtube-notice', 'indecosa-cgt'],
  'minors-exposed-harmful-content': ['point-de-contact', 'youtube-notice'],
  piracy: ['alpa', 'youtube-notice'],
  'illegal-advertising': ['addictions-france', 'youtube-notice', 'signalconso'],
  other: ['pharos', 'youtube-notice', 'point-de-contact'],
};

describe('route: first steps of every category', () => {
  it('has a case for every category', () => {
    expect(Object.keys(FIRST_STEPS).sort()).toEqual(categories.map((c) => c.id).sort());
  });

  it.each(Object.entries(FIRST_STEPS) as [CategoryId, ChannelId[]][])('%s', (categoryId, expected) => {
    const got = ids({ categoryId, platformId: 'youtube' });
    expect(got.slice(0, expected.length)).toEqual(expected);
  });
});

describe('route: situation rules', () => {
  it('keeps PHAROS out of insult/defamation and spam, with a redirect', () => {
    const insult = route(input({ categoryId: 'insult-defamation', victim: true }));
    expect(insult.steps[0]?.channelId).toBe('complaint');
    expect(insult.steps.map((s) => s.channelId)).not.toContain('pharos');
    expect(insult.outOfScope?.redirectChannelIds).toContain('complaint');
    expect(insult.complaintAdvised).toBe(true);
    expect(insult.prescriptionMonths).toBe(3);
    const spam = route(input({ categoryId: 'spam' }));
    expect(spam.steps.map((s) => s.channelId)).not.toContain('pharos');
    expect(spam.outOfScope?.redirectChannelIds).toEqual(['signal-spam', 'spam-sms-33700']);
  });

  it('sends a private exchange with someone known to a complaint, not PHAROS', () => {
    const r = route(input({ categoryId: 'threats', privateExchange: true, publicContent: false, victim: true }));
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

  it('advises a complaint to victims only where the category needs one', () => {
    expect(route(input({ categoryId: 'doxxing', victim: true })).complaintAdvised).toBe(true);
    expect(ids({ categoryId: 'doxxing', victim: true })).toContain('complaint');
    expect(route(input({ categoryId: 'doxxing', victim: false })).complaintAdvised).toBe(false);
    expect(route(input({ categoryId: 'spam', victim: true })).complaintAdvised).toBe(false);
  });

  it('treats intimate images of a minor as CSAM', () => {
    const r = route(
      input({ categoryId: 'non-consensual-intimate-images', minor: true, victim: true, platformId: 'instagram' }),
    );
    expect(r.steps.slice(0, 4).map((s) => s.channelId)).toEqual([
      'e-enfance-3018',
      'pharos',
      'point-de-contact',
      'instagram-notice',
    ]);
    expect(r.omitReporterIdentity).toBe(true);
    expect(r.urlOnly).toBe(true);
    expect(r.steps.map((s) => s.channelId)).not.toContain('point-de-contact-disrupt');
  });

  it('sends an adult sextortion victim to THESEE, a minor to the 3018 then PHAROS', () => {
    expect(ids({ categoryId: 'sextortion', victim: true }).slice(0, 2)).toEqual(['thesee', 'cyber-17']);
    expect(ids({ categoryId: 'sextortion', victim: true, minor: true }).slice(0, 2)).toEqual([
      'e-enfance-3018',
      'pharos',
    ]);
  });

  it('proposes a platform notice only for a detected platform with a notice channel', () => {
    expect(route(input({ categoryId: 'terrorism' })).steps.some((s) => s.kind === 'platform')).toBe(false);
    expect(
      route(input({ categoryId: 'terrorism', platformId: 'unknown-site' })).steps.some((s) => s.kind === 'platform'),
    ).toBe(false);
    expect(ids({ categoryId: 'illegal-product-marketplace', platformId: 'amazon' }).slice(0, 2)).toEqual([
      'signalconso',
      'amazon-notice',
    ]);
  });
});

describe('route: invariants over every combination', () => {
  const flags = [false, true];
  const platformIds = [null, 'youtube', 'vinted'];
  const all: RouteInput[] = [];
  for (const c of categories)
    for (const victim of flags)
      for (const minor of flags)
        for (const danger of flags)
          for (const privateExchange of flags)
            for (const publicContent of flags)
              for (const platformId of platformIds)
                all.push(
                  input({ categoryId: c.id, victim, minor, danger, privateExchange, publicContent, platformId }),
                );

  it('references existing channels, once each, with reasons and needs in both languages', () => {
    for (const i of all) {
      const r = route(i);
      expect(r.steps.length).toBeGreaterThan(0);
      expect(new Set(r.steps.map((s) => s.channelId)).size).toBe(r.steps.length);
      for (const s of r.steps) {
        expect(channelById[s.channelId]).toBeDefined();
        expect(s.reasonFr.trim()).not.toBe('');
        expect(s.reasonEn.trim()).not.toBe('');
        expect(s.needsFr.length).toBeGreaterThan(0);
        expect(s.needsEn.length).toBe(s.needsFr.length);
      }
      for (const id of r.outOfScope?.redirectChannelIds ?? []) expect(channelById[id]).toBeDefined();
    }
  });

  it('only routes to channels that accept the category (emergency lines aside)', () => {
    for (const i of all) {
      for (const s of route(i).steps.filter((s) => s.kind !== 'emergency')) {
        expect(channelById[s.channelId].categories, `${i.categoryId} → ${s.channelId}`).toContain(i.categoryId);
      }
    }
  });

  it('orders steps emergency → primary → platform → also, with a primary step always present', () => {
    const rank = { emergency: 0, primary: 1, platform: 2, also: 3 } as const;
    for (const i of all) {
      const kinds = route(i).steps.map((s) => rank[s.kind]);
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
      expect(kinds).toContain(1);
    }
  });

  it('never proposes PHAROS where it is out of scope', () => {
    for (const i of all) {
      const got = route(i).steps.map((s) => s.channelId);
      const c = categoryById[i.categoryId];
      const csamLike =
        c.csam || (i.minor && ['non-consensual-intimate-images', 'sexual-deepfake', 'sextortion'].includes(c.id));
      if (['insult-defamation', 'spam', 'online-scam', 'phishing'].includes(c.id) || (i.privateExchange && !csamLike)) {
        expect(got, JSON.stringify(i)).not.toContain('pharos');
      }
    }
  });

  it('omits the reporter identity exactly for child sexual abuse material', () => {
    for (const i of all) {
      const r = route(i);
      if (categoryById[i.categoryId].csam) expect(r.omitReporterIdentity).toBe(true);
      if (!r.omitReporterIdentity) expect(r.urlOnly).toBe(categoryById[i.categoryId].evidence === 'url-only');
      if (r.omitReporterIdentity) expect(r.urlOnly).toBe(true);
    }
    expect(channels.length).toBeGreaterThan(0);
  });

  it('is pure: the same input gives the same output', () => {
    const i = input({ categoryId: 'cyber-harassment', minor: true, victim: true, platformId: 'discord' });
    expect(route(i)).toEqual(route(i));
  });
});
