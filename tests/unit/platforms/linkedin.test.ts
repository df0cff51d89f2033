// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectUrl, expectSafe } from './helpers';

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
});
