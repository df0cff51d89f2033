// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

/** The shared hostile page (garbage and hostile JSON-LD, huge strings, javascript: links) served at each platform's URLs. */
describe('hostile page on the newer platforms', () => {
  const html = fixture('hostile');

  it.each([
    'https://www.threads.com/@exemple.compte/post/DAbCdEfGhIj',
    'https://bsky.app/profile/nom-exemple.bsky.social/post/3lbcdefgh2k2a',
    'https://www.dailymotion.com/video/x8abc12',
    'https://vimeo.com/987654321',
    'https://www.wish.com/product/5f1a2b3c4d5e6f7a8b9c0d1e',
    'https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYdGZhcnJ3aWtmAYr2b1EqAYr2b1DeAAAAAQ',
    'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/',
    'https://www.pinterest.com/pin/123456789012345678/',
    'https://www.aliexpress.com/item/1005001234567890.html',
    'https://www.temu.com/lampe-g-601099512345678.html',
    'https://fr.shein.com/Robe-p-12345678.html',
  ])('%s: keeps exactly what the URL proves', (url) => {
    const data = detectPlatform(url, url, collectFacts(url, html));
    expect(data).toEqual(detectUrl(url));
    expectSafe(data);
  });

  it('is not taken for a Mastodon page, even at a Mastodon-shaped address', () => {
    const url = 'https://social.exemple.fr/@exemple_compte/113456789012345678';
    expect(detectPlatform(url, url, collectFacts(url, html))).toBeNull();
  });
});
