// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const ACTIVITY = '7212345678901234567';

describe('LinkedIn', () => {
  it.each([
    'https://www.linkedin.com/in/jean-exemple-12345678/',
    'https://fr.linkedin.com/in/jean-exemple-12345678?originalSubdomain=fr',
    'https://linkedin.com/in/jean-exemple-12345678/recent-activity/all/',
  ])('URL only: a member profile %s', (url) => {
    const data = detectUrl(url);
    expect(data).toEqual({
      platformId: 'linkedin',
      platformName: 'LinkedIn',
      contentType: 'profile',
      authorHandle: 'jean-exemple-12345678',
      authorUrl: 'https://www.linkedin.com/in/jean-exemple-12345678/',
      permalink: 'https://www.linkedin.com/in/jean-exemple-12345678/',
    });
    expectSafe(data);
  });

  it('URL only: a shared post names its activity and the author handle, not a profile URL', () => {
    const data = detectUrl(
      `https://www.linkedin.com/posts/jean-exemple-12345678_titre-du-post-exemple-activity-${ACTIVITY}-AbCd?utm_source=share&utm_medium=member_desktop`,
    );
    // The handle before `_` may be a member's or a company's: no profile URL is guessed.
    expect(data).toEqual({
      platformId: 'linkedin',
      platformName: 'LinkedIn',
      contentType: 'post',
      contentId: `urn:li:activity:${ACTIVITY}`,
      permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`,
      authorHandle: 'jean-exemple-12345678',
    });
    expectSafe(data);
  });

  it.each([
    [`https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`, `urn:li:activity:${ACTIVITY}`],
    [`https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A${ACTIVITY}/`, `urn:li:ugcPost:${ACTIVITY}`],
    [`https://www.linkedin.com/feed/update/urn:li:share:${ACTIVITY}?commentUrn=x`, `urn:li:share:${ACTIVITY}`],
  ])('URL only: the feed permalink %s', (url, urn) => {
    expect(detectUrl(url)).toEqual({
      platformId: 'linkedin',
      platformName: 'LinkedIn',
      contentType: 'post',
      contentId: urn,
      permalink: `https://www.linkedin.com/feed/update/${urn}/`,
    });
  });

  it('URL only: company pages are profiles; short links, the feed and bad ids give no details', () => {
    expect(detectUrl('https://www.linkedin.com/company/exemple-sa/posts/?feedView=all')).toMatchObject({
      contentType: 'profile',
      authorHandle: 'exemple-sa',
      authorUrl: 'https://www.linkedin.com/company/exemple-sa/',
    });
    for (const url of [
      'https://lnkd.in/eAbCdEf',
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/feed/update/urn:li:groupPost:123/',
      'https://www.linkedin.com/posts/jean-exemple_titre-activity-12-AbCd',
      'https://www.linkedin.com/in/%3Cscript%3E/',
    ]) {
      const data = detectUrl(url);
      expect(data?.platformId, url).toBe('linkedin');
      expect(data?.contentType, url).toBeUndefined();
      expect(data?.authorHandle, url).toBeUndefined();
    }
  });

  const POST_URL = `https://www.linkedin.com/posts/jean-exemple-12345678_titre-du-post-exemple-activity-${ACTIVITY}-AbCd`;
  const POST = {
    platformId: 'linkedin',
    platformName: 'LinkedIn',
    contentType: 'post',
    contentId: `urn:li:activity:${ACTIVITY}`,
    permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`,
  };

  it('reads a logged-out post page: author profile, name and publication time (not a comment’s)', () => {
    const data = detectOnFixture('linkedin/post', `${POST_URL}?utm_source=share`);
    expect(data).toEqual({
      ...POST,
      authorHandle: 'jean-exemple-12345678',
      authorUrl: 'https://www.linkedin.com/in/jean-exemple-12345678/',
      authorName: 'Jean Exemple',
      publishedAt: '2026-11-18T07:59:41.000Z',
    });
    expectSafe(data);
  });

  it('a feed permalink of the same post gets the author the page states about it', () => {
    const url = `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`;
    const facts = collectFacts(url, fixture('linkedin/post'));
    expect(detectPlatform(url, url, facts)).toEqual({
      ...POST,
      authorHandle: 'jean-exemple-12345678',
      authorUrl: 'https://www.linkedin.com/in/jean-exemple-12345678/',
      authorName: 'Jean Exemple',
      publishedAt: '2026-11-18T07:59:41.000Z',
    });
  });

  it('reads a member profile in French and a company page: names from the JSON-LD', () => {
    expect(detectOnFixture('linkedin/profile-fr', 'https://fr.linkedin.com/in/jean-exemple-12345678')).toEqual({
      platformId: 'linkedin',
      platformName: 'LinkedIn',
      contentType: 'profile',
      permalink: 'https://www.linkedin.com/in/jean-exemple-12345678/',
      authorHandle: 'jean-exemple-12345678',
      authorUrl: 'https://www.linkedin.com/in/jean-exemple-12345678/',
      authorName: 'Jean Exemple',
    });
    expect(detectOnFixture('linkedin/company', 'https://www.linkedin.com/company/exemple-sa/')).toEqual({
      platformId: 'linkedin',
      platformName: 'LinkedIn',
      contentType: 'profile',
      permalink: 'https://www.linkedin.com/company/exemple-sa/',
      authorHandle: 'exemple-sa',
      authorUrl: 'https://www.linkedin.com/company/exemple-sa/',
      authorName: 'Exemple SA',
    });
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl(`https://linkedin.com.evil.test/feed/update/urn:li:activity:${ACTIVITY}/`)).toBeNull();
  });

  it('hostile page: a posting about another activity gives no author nor date; garbage is skipped', () => {
    const url = `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`;
    const facts = collectFacts(url, fixture('linkedin/post'));
    const data = detectPlatform(url, url, {
      ...facts,
      meta: [],
      canonical: null,
      jsonLd: [
        '{"@type":',
        JSON.stringify({
          '@type': 'SocialMediaPosting',
          '@id': 'https://www.linkedin.com/feed/update/urn:li:activity:7299999999999999999/',
          datePublished: '2026-01-01T00:00:00Z',
          author: { '@type': 'Person', name: 'Marie Autre', url: 'https://fr.linkedin.com/in/marie-autre' },
        }),
        JSON.stringify({ '@type': 'Person', name: `\u202E${'J'.repeat(3000)}`, url: 'javascript:alert(1)' }),
      ],
    });
    expect(data).toEqual(POST);
    expectSafe(data);
  });
});
