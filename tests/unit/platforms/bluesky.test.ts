// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const RKEY = '3lbcdefgh2k2a';
const DID = 'did:plc:abcdefghijklmnopqrstuvwx';
const BASE = { platformId: 'bluesky', platformName: 'Bluesky' };
const AUTHOR = {
  authorHandle: '@nom-exemple.bsky.social',
  authorUrl: 'https://bsky.app/profile/nom-exemple.bsky.social',
};

describe('Bluesky', () => {
  it('reads a logged-out post page: handle, name and publication time', () => {
    const data = detectOnFixture('bluesky/post', `https://bsky.app/profile/Nom-Exemple.bsky.social/post/${RKEY}`);
    expect(data).toEqual({
      ...BASE,
      ...AUTHOR,
      contentType: 'post',
      contentId: RKEY,
      permalink: `https://bsky.app/profile/nom-exemple.bsky.social/post/${RKEY}`,
      authorName: 'Nom Exemple',
      publishedAt: '2026-11-25T14:03:11.512Z',
    });
    expectSafe(data);
  });

  it('a post linked by DID: the page states the handle of its author', () => {
    const data = detectOnFixture('bluesky/post-signed-in-only', `https://bsky.app/profile/${DID}/post/${RKEY}`);
    expect(data).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: RKEY,
      permalink: `https://bsky.app/profile/${DID}/post/${RKEY}`,
      authorHandle: '@nom-exemple.bsky.social',
      authorUrl: `https://bsky.app/profile/${DID}`,
      authorName: 'Nom Exemple',
    });
  });

  it('reads a profile page by DID, whose DID the page confirms', () => {
    expect(detectOnFixture('bluesky/profile', `https://bsky.app/profile/${DID}`)).toEqual({
      ...BASE,
      contentType: 'profile',
      permalink: `https://bsky.app/profile/${DID}`,
      authorHandle: '@nom-exemple.bsky.social',
      authorUrl: `https://bsky.app/profile/${DID}`,
      authorName: 'Nom Exemple',
    });
    // The same page claiming another DID gives no handle.
    const other = 'did:plc:zzzzzzzzzzzzzzzzzzzzzzzz';
    const url = `https://bsky.app/profile/${other}`;
    const facts = collectFacts(url, fixture('bluesky/profile'));
    expect(detectPlatform(url, url, { ...facts, meta: facts.meta.filter((m) => m.key !== 'og:url') })).toEqual({
      ...BASE,
      contentType: 'profile',
      permalink: url,
      authorUrl: url,
    });
  });

  it('URL only: posts, profiles, feeds and lists; bad actors and keys give no details', () => {
    expect(detectUrl(`https://bsky.app/profile/nom-exemple.bsky.social/post/${RKEY}?ref=x`)).toEqual({
      ...BASE,
      ...AUTHOR,
      contentType: 'post',
      contentId: RKEY,
      permalink: `https://bsky.app/profile/nom-exemple.bsky.social/post/${RKEY}`,
    });
    expect(detectUrl('https://bsky.app/profile/exemple.fr')).toMatchObject({
      contentType: 'profile',
      authorHandle: '@exemple.fr',
    });
    expect(detectUrl('https://bsky.app/profile/exemple.fr/feed/aaajjyfxuxvyw')).toMatchObject({
      contentType: 'other',
      contentId: 'feed/aaajjyfxuxvyw',
    });
    for (const url of [
      'https://bsky.app/search?q=x',
      'https://bsky.app/profile/sans-point',
      'https://bsky.app/profile/exemple.fr/post/pas-une-cle',
      'https://bsky.app/profile/did:plc:COURT/post/3lbcdefgh2k2a',
      'https://bsky.app/profile/javascript:alert(1)',
      `https://bsky.app/profile/${'a'.repeat(300)}.fr`,
    ])
      expect(detectUrl(url), url).toEqual({ ...BASE, permalink: new URL(url).origin + new URL(url).pathname });
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl(`https://bsky.app.evil.test/profile/exemple.fr/post/${RKEY}`)).toBeNull();
    expect(detectUrl(`https://notbsky.app/profile/exemple.fr/post/${RKEY}`)).toBeNull();
  });

  it('hostile page: garbage and foreign JSON-LD, a bad date, a bidi name; the URL data holds', () => {
    const url = `https://bsky.app/profile/nom-exemple.bsky.social/post/${RKEY}`;
    const facts = collectFacts(url, fixture('bluesky/post'));
    const data = detectPlatform(url, url, {
      ...facts,
      meta: [{ key: 'article:published_time', value: '2026-11-25 14:03' }],
      jsonLd: [
        '[1,2,',
        JSON.stringify({
          '@type': 'DiscussionForumPosting',
          url: `https://bsky.app/profile/autre.bsky.social/post/3lzzzzzzzzzzz`,
          datePublished: '2026-11-01T00:00:00Z',
          author: { name: 'Autre', url: 'https://bsky.app/profile/autre.bsky.social' },
        }),
        JSON.stringify({
          '@type': 'Person',
          name: '\u202Eelpmexe\u202C',
          url: 'https://bsky.app/profile/nom-exemple.bsky.social',
        }),
      ],
    });
    expect(data).toEqual({
      ...BASE,
      ...AUTHOR,
      contentType: 'post',
      contentId: RKEY,
      permalink: url,
      authorName: 'elpmexe',
    });
    expectSafe(data);
  });
});
