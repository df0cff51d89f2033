// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  collectSelectionLinks,
  pickSelectionLinks,
  RAW_MAX,
  SELECTION_LINKS_MAX,
} from '@/utils/capture/selection-links';
import { URL_MAX } from '@/utils/zod';

const post = (i: number) => `https://x.com/compte_${i}/status/179000000000000${String(i).padStart(4, '0')}`;
const raw = (hrefs: string[], more = 0) => ({ hrefs, more });

describe('pickSelectionLinks (what the page answered, checked)', () => {
  it('keeps http and https links, in the page order', () => {
    expect(pickSelectionLinks(raw([post(1), 'http://forum.example/t/2', post(3)]))).toEqual({
      links: [post(1), 'http://forum.example/t/2', post(3)],
      leftOut: {},
    });
  });

  it('leaves out every other scheme, javascript: and data: included, and counts them', () => {
    const picked = pickSelectionLinks(
      raw([
        'javascript:alert(1)',
        'JavaScript:void(0)',
        'data:text/html,<script>alert(1)</script>',
        'mailto:a@example.org',
        'blob:https://x.com/1b2c',
        'file:///etc/passwd',
        'chrome://settings',
        'not a url',
        '',
        post(1),
      ]),
    );
    expect(picked).toEqual({ links: [post(1)], leftOut: { scheme: 9 } });
  });

  it('drops duplicates by the de-duplication key (tracking parameters, www., a plain anchor)', () => {
    const picked = pickSelectionLinks(
      raw([
        post(1),
        `${post(1)}?s=20&t=abc`,
        post(1).replace('https://x.com', 'https://www.x.com'),
        `${post(1)}#reply`,
        post(2),
      ]),
    );
    expect(picked).toEqual({ links: [post(1), post(2)], leftOut: { duplicate: 3 } });
  });

  it('leaves out links already known (e.g. in the batch)', () => {
    const known = pickSelectionLinks(raw([post(1)]))!;
    expect(known.links).toHaveLength(1);
    const picked = pickSelectionLinks(
      raw([post(1), post(2)]),
      SELECTION_LINKS_MAX,
      new Set(['https://x.com/compte_1/status/1790000000000000001']),
    );
    expect(picked?.links).toEqual([post(2)]);
    expect(picked?.leftOut).toEqual({ duplicate: 1 });
  });

  it(`adds at most ${SELECTION_LINKS_MAX}, and counts the rest, with those the page did not hand back`, () => {
    const hrefs = Array.from({ length: 80 }, (_, i) => post(i + 1));
    const picked = pickSelectionLinks(raw(hrefs, 7))!;
    expect(picked.links).toEqual(hrefs.slice(0, SELECTION_LINKS_MAX));
    expect(picked.leftOut).toEqual({ 'over-limit': 80 - SELECTION_LINKS_MAX + 7 });
  });

  it('leaves out an address longer than URL_MAX (never cut into another address)', () => {
    const long = `https://forum.example/?q=${'a'.repeat(URL_MAX)}`.slice(0, URL_MAX + 1);
    const exact = `https://forum.example/?q=${'b'.repeat(URL_MAX)}`.slice(0, URL_MAX);
    expect(pickSelectionLinks(raw([long, exact]))).toEqual({ links: [exact], leftOut: { 'too-long': 1 } });
  });

  it('refuses an answer of another shape: too many, too long, not strings, extra counts', () => {
    expect(pickSelectionLinks(null)).toBeNull();
    expect(pickSelectionLinks('https://x.com/a')).toBeNull();
    expect(pickSelectionLinks({ hrefs: [post(1)] })).toBeNull();
    expect(pickSelectionLinks(raw([post(1)], -1))).toBeNull();
    expect(pickSelectionLinks(raw([post(1)], 1.5))).toBeNull();
    expect(pickSelectionLinks({ hrefs: [1, 2], more: 0 })).toBeNull();
    expect(pickSelectionLinks(raw(Array.from({ length: RAW_MAX + 1 }, (_, i) => post(i))))).toBeNull();
    expect(pickSelectionLinks(raw([`https://a.example/${'x'.repeat(URL_MAX + 1)}`]))).toBeNull();
    expect(pickSelectionLinks({ hrefs: { length: 1, 0: post(1) }, more: 0 })).toBeNull();
  });

  it('ignores unknown keys a page adds (nothing of them is kept)', () => {
    expect(pickSelectionLinks({ ...raw([post(1)]), evil: 'x', __proto__: { more: 9 } })).toEqual({
      links: [post(1)],
      leftOut: {},
    });
  });
});

describe('collectSelectionLinks (in the page)', () => {
  const limits = { raw: RAW_MAX, scanned: 20_000, urlMax: URL_MAX };
  const select = (from: Node, to: Node) => {
    const range = document.createRange();
    range.setStartBefore(from);
    range.setEndAfter(to);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  };

  it('reads only the links the selection touches, resolved, in document order', () => {
    // eslint-disable-next-line no-restricted-syntax -- fixed test markup
    document.body.innerHTML = `
      <p id="before"><a href="https://x.com/outside">outside</a></p>
      <p id="first">Fil : <a href="/compte_1/status/1">un</a> et <a href="https://x.com/compte_2/status/2">deux</a></p>
      <p id="last"><a href="javascript:alert(1)">piège</a> <a href="https://x.com/compte_3/status/3">trois</a></p>
      <p><a href="https://x.com/after">after</a></p>`;
    select(document.getElementById('first')!, document.getElementById('last')!);
    const got = collectSelectionLinks(limits);
    expect(got.more).toBe(0);
    expect(got.hrefs).toHaveLength(4);
    expect(got.hrefs[0]).toMatch(/\/compte_1\/status\/1$/);
    expect(got.hrefs.slice(1)).toEqual([
      'https://x.com/compte_2/status/2',
      'javascript:alert(1)',
      'https://x.com/compte_3/status/3',
    ]);
  });

  it('reads nothing without a selection', () => {
    // eslint-disable-next-line no-restricted-syntax -- fixed test markup
    document.body.innerHTML = '<a href="https://x.com/a">a</a>';
    window.getSelection()!.removeAllRanges();
    expect(collectSelectionLinks(limits)).toEqual({ hrefs: [], more: 0 });
  });

  it('hands back at most `raw` hrefs, each cut one past urlMax, and counts the rest', () => {
    // eslint-disable-next-line no-restricted-syntax -- fixed test markup
    document.body.innerHTML = `<div id="all">${Array.from({ length: 12 }, (_, i) => `<a href="https://x.com/${i}/${'z'.repeat(40)}">${i}</a>`).join(' ')}</div>`;
    const all = document.getElementById('all')!;
    select(all, all);
    const got = collectSelectionLinks({ raw: 5, scanned: 20_000, urlMax: 20 });
    expect(got.hrefs).toHaveLength(5);
    for (const h of got.hrefs) expect(h).toHaveLength(21);
    expect(got.more).toBe(7);
  });
});
