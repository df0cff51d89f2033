import { describe, expect, it } from 'vitest';
import { inlineUrlForStorage, redactInlineUrl } from '@/utils/report/inline-url';
import { describeTarget } from '@/utils/capture/target';
import { draftSchema } from '@/utils/report/draft';

const payload = (n: number) => 'A'.repeat(n);

describe('redactInlineUrl', () => {
  it('keeps the scheme, the MIME type and the payload length of a data: URL', () => {
    expect(redactInlineUrl(`data:image/png;base64,${payload(5123)}`)).toBe(
      'data:image/png;base64,…[5 123 characters removed]',
    );
    expect(redactInlineUrl('DATA:Text/HTML,<p>x</p>')).toBe('data:text/html,…[8 characters removed]');
    expect(redactInlineUrl('data:,abc')).toBe('data:,…[3 characters removed]');
  });

  it('drops header parameters (a name is the page’s words) and an invalid MIME type', () => {
    expect(redactInlineUrl('data:image/jpeg;name=photo-de-X.jpg;base64,QUJD')).toBe(
      'data:image/jpeg;base64,…[4 characters removed]',
    );
    expect(redactInlineUrl('data:<script>;base64,QUJD')).toBe('data:;base64,…[4 characters removed]');
    expect(redactInlineUrl(`data:${payload(20)}`)).toBe('data:,…[20 characters removed]');
  });

  it('keeps only the scheme and length of a blob: URL', () => {
    const blob = 'blob:https://forum.example/0b7c7d32-5a3e-4d8f-9a53-8f5b1d6a2c11';
    expect(redactInlineUrl(blob)).toBe(`blob:…[${blob.length - 5} characters removed]`);
  });

  it('leaves web addresses alone', () => {
    expect(redactInlineUrl('https://example.org/data:image/png')).toBe('https://example.org/data:image/png');
  });
});

describe('inlineUrlForStorage', () => {
  it('always redacts for link-only reports, otherwise only what is too long to store', () => {
    expect(inlineUrlForStorage('data:image/png;base64,QUJD', true)).toBe(
      'data:image/png;base64,…[4 characters removed]',
    );
    expect(inlineUrlForStorage('data:image/png;base64,QUJD', false)).toBe('data:image/png;base64,QUJD');
    expect(inlineUrlForStorage(`data:image/png;base64,${payload(9000)}`, false)).toBe(
      'data:image/png;base64,…[9 000 characters removed]',
    );
    expect(inlineUrlForStorage(`https://example.org/${payload(9000)}`, true)).toHaveLength(9020);
  });
});

describe('describeTarget on the link-only (CSAM) path', () => {
  const big = `data:image/png;base64,${payload(26_000)}`;

  it('keeps no payload of a 26 kB data: image, and the draft target stays valid', async () => {
    const target = await describeTarget(
      { srcUrl: big, mediaType: 'image', pageUrl: 'https://forum.example/t/1' },
      'https://forum.example/t/1',
      true,
    );
    expect(target).toMatchObject({
      context: 'image',
      url: 'data:image/png;base64,…[26 000 characters removed]',
      srcUrl: 'data:image/png;base64,…[26 000 characters removed]',
      pageUrl: 'https://forum.example/t/1',
    });
    expect(JSON.stringify(target)).not.toContain('AAAA');
    expect(draftSchema.shape.target.safeParse(target).success).toBe(true);
  });

  it('redacts data: and blob: links, frames and page addresses too', async () => {
    const target = await describeTarget(
      { linkUrl: 'data:text/html,<h1>x</h1>', frameUrl: 'blob:https://forum.example/1234' },
      'data:text/html;base64,PGgxPng8L2gxPg==',
      true,
    );
    expect(target.url).toBe('data:text/html,…[10 characters removed]');
    expect(target.pageUrl).toBe('data:text/html;base64,…[16 characters removed]');
    expect(target.frameUrl).toBe('blob:…[26 characters removed]');
    expect(JSON.stringify(target)).not.toMatch(/<h1>|PGgx|forum\.example\/1234/);
  });

  it('keeps a short data: image as is in a full report (the screenshot shows it anyway)', async () => {
    const small = 'data:image/png;base64,QUJD';
    expect((await describeTarget({ srcUrl: small, mediaType: 'image' }, 'https://forum.example/t/1', false)).url).toBe(
      small,
    );
    expect((await describeTarget({ srcUrl: big, mediaType: 'image' }, 'https://forum.example/t/1', false)).url).toMatch(
      /characters removed/,
    );
  });
});
