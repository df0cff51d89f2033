// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const ID = '113456789012345678';
const BASE = { platformId: 'mastodon', platformName: 'Mastodon' };

describe('Mastodon (any instance, recognised by its markup)', () => {
  it('reads a public status: handle @user@instance, name, publication time', () => {
    const data = detectOnFixture('mastodon/status', `https://social.exemple.fr/@nom_exemple/${ID}`);
    expect(data).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: ID,
      permalink: `https://social.exemple.fr/@nom_exemple/${ID}`,
      authorHandle: '@nom_exemple@social.exemple.fr',
      authorUrl: 'https://social.exemple.fr/@nom_exemple',
      authorName: 'Nom Exemple',
      publishedAt: '2026-11-27T18:42:07.000Z',
    });
    expectSafe(data);
  });

  it('the ActivityPub address of the same status is read as the status', () => {
    const url = `https://social.exemple.fr/users/nom_exemple/statuses/${ID}`;
    const facts = collectFacts(`https://social.exemple.fr/@nom_exemple/${ID}`, fixture('mastodon/status'));
    // A link on the status page to its own ActivityPub address.
    expect(detectPlatform(url, `https://social.exemple.fr/@nom_exemple/${ID}`, facts)).toMatchObject({
      ...BASE,
      contentId: ID,
      permalink: `https://social.exemple.fr/@nom_exemple/${ID}`,
    });
  });

  it('reads a profile page of a French instance', () => {
    expect(detectOnFixture('mastodon/profile-fr', 'https://social.exemple.fr/@nom_exemple')).toEqual({
      ...BASE,
      contentType: 'profile',
      permalink: 'https://social.exemple.fr/@nom_exemple',
      authorHandle: '@nom_exemple@social.exemple.fr',
      authorUrl: 'https://social.exemple.fr/@nom_exemple',
      authorName: 'Nom Exemple',
    });
  });

  it("reads a remote account's status as another instance shows it", () => {
    const url = 'https://mastodon.exemple.net/@autre@social.exemple.fr/113456790000000001';
    expect(detectOnFixture('mastodon/remote-status', url)).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: '113456790000000001',
      permalink: url,
      authorHandle: '@autre@social.exemple.fr',
      authorUrl: 'https://mastodon.exemple.net/@autre@social.exemple.fr',
      authorName: 'Autre Nom',
      publishedAt: '2026-11-26T06:05:00.000Z',
    });
  });

  it('is not recognised by host, site name or URL shape alone', () => {
    // URL only: no markup, no detection (there is no list of instances).
    expect(detectUrl(`https://social.exemple.fr/@nom_exemple/${ID}`)).toBeNull();
    expect(detectUrl(`https://mastodon.social/@nom_exemple/${ID}`)).toBeNull();
    // A blog at /@user/ID naming Mastodon, with a <div id="mastodon"> the collector does not see.
    expect(detectOnFixture('mastodon/not-mastodon', 'https://blog.exemple.org/@nom_exemple/123456')).toBeNull();
    // A Mastodon page's claims do not make a link to another host a Mastodon link.
    const page = `https://social.exemple.fr/@nom_exemple/${ID}`;
    const facts = collectFacts(page, fixture('mastodon/status'));
    expect(detectPlatform(`https://ailleurs.exemple.org/@nom_exemple/${ID}`, page, facts)).toMatchObject(BASE);
    expect(detectPlatform(`https://ailleurs.exemple.org/@nom_exemple/${ID}`, page, facts)?.permalink).toBe(page);
  });

  it('needs the marker to name the same account as the URL', () => {
    const url = 'https://social.exemple.fr/@quelquun/113456789012345000';
    const facts = collectFacts(url, fixture('mastodon/status'));
    expect(detectPlatform(url, url, { ...facts, url, meta: [] })).toBeNull();
  });

  it('claims about another status are ignored; the URL still counts', () => {
    const url = 'https://social.exemple.fr/@nom_exemple/113456789012345000';
    const facts = collectFacts(url, fixture('mastodon/status'));
    expect(detectPlatform(url, url, facts)).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: '113456789012345000',
      permalink: url,
      authorHandle: '@nom_exemple@social.exemple.fr',
      authorUrl: 'https://social.exemple.fr/@nom_exemple',
    });
  });

  it('hostile page: garbage JSON-LD, huge and bidi strings, a bad date, a JSON-LD date about another status', () => {
    const url = `https://social.exemple.fr/@nom_exemple/${ID}`;
    const facts = collectFacts(url, fixture('mastodon/status'));
    const data = detectPlatform(url, url, {
      ...facts,
      meta: [
        ...facts.meta.filter((m) => m.key !== 'og:published_time' && m.key !== 'og:title'),
        { key: 'og:published_time', value: 'hier soir' },
        { key: 'og:title', value: `\u202E${'A'.repeat(1999)}` },
      ],
      jsonLd: [
        '{{{',
        JSON.stringify({
          '@type': 'SocialMediaPosting',
          url: 'https://social.exemple.fr/@nom_exemple/1',
          datePublished: '2026-01-01T00:00:00Z',
        }),
      ],
    });
    expect(data).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: ID,
      permalink: url,
      authorHandle: '@nom_exemple@social.exemple.fr',
      authorUrl: 'https://social.exemple.fr/@nom_exemple',
      authorName: 'Nom Exemple',
    });
    expectSafe(data);
  });

  it('rejects bad handles and hosts in the path', () => {
    const page = 'https://social.exemple.fr/@nom_exemple';
    const facts = collectFacts(page, fixture('mastodon/profile-fr'));
    for (const url of [
      `https://social.exemple.fr/@${'a'.repeat(80)}`,
      'https://social.exemple.fr/@nom_exemple@javascript:alert(1)',
      'https://social.exemple.fr/@nom%E2%80%AEexemple',
    ])
      expect(detectPlatform(url, page, facts)?.authorHandle, url).toBe('@nom_exemple@social.exemple.fr');
  });
});
