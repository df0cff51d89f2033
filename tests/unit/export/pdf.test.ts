import { describe, expect, it } from 'vitest';
import { buildComplaintPdf, MAX_IMAGE_PAGES, type ComplaintPdfInput } from '@/utils/export/pdf';
import { drawableText, wrapText } from '@/utils/export/pdf-layout';
import type { Artefact, Draft } from '@/utils/report/draft';
import { linkOnlyDraft, makeDraft } from '../handoff/draft-factory';
import { artefact, embeddedImages, flat, fonts, png, readPdf } from './pdf-helpers';

const build = (draft: Draft, artefacts: Artefact[] = [], over: Partial<ComplaintPdfInput> = {}) =>
  buildComplaintPdf({ draft, artefacts, lang: 'fr', fonts, now: '2026-11-28T10:00:00.000Z', ...over });

const handedOff = (draft: Draft): Draft => ({
  ...draft,
  handoffs: [
    {
      channelId: 'pharos',
      at: '2026-11-28T09:40:00.000Z',
      lastAt: '2026-11-28T09:45:00.000Z',
      actions: ['opened', 'copied'],
      reference: 'PHAROS-2026-123456',
      acknowledgedAt: '2026-11-28T09:45:00.000Z',
    },
  ],
});

// Building and reading back real PDFs (fonts, images) takes seconds on a loaded machine.
describe('buildComplaintPdf', { timeout: 30_000 }, () => {
  it('writes the report in French as selectable text: facts, legal basis, route, hand-offs and every fingerprint', async () => {
    const shot = artefact(png(40, 30));
    const archive = artefact(new TextEncoder().encode('MIME archive'), { kind: 'mhtml', mime: 'multipart/related' });
    const draft = handedOff(
      makeDraft({
        platform: {
          platformId: 'x',
          platformName: 'X',
          authorHandle: '@someone',
          authorName: 'Some One',
          contentId: '1234567890',
        },
      }),
    );
    const bytes = await build(draft, [shot, archive]);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const { text, numPages } = await readPdf(bytes);

    expect(text).toContain('Récapitulatif de signalement pour un dépôt de plainte');
    expect(text).toContain('pas un service officiel');
    expect(text).toContain('5. Qualification');
    expect(text).toContain('222-33-2-2'); // Code pénal, cyber-harassment
    expect(text).toContain('Qualification juridique'); // the pack's own label
    expect(text).toContain('Europe/Paris'); // capture time with its zone
    expect(text).toContain('2026-11-28T09:23:00.000Z');
    expect(text).toContain('Some One (@someone)');
    expect(text).toContain('1234567890');
    expect(text).toContain('humiliants visant une collégienne');
    expect(text).toContain('STATEMENT_CATEGORY_');
    expect(text).toContain('Élevée'); // urgency of cyber-harassment
    expect(text).toContain('PHAROS-2026-123456');
    expect(text).toContain('Aucune identité renseignée');
    expect(flat(text)).toContain('https://x.com/someone/status/123');
    for (const a of [shot, archive]) expect(flat(text)).toContain(a.sha256);
    expect(text).toContain('sha256sum');
    expect(text).toContain(`Page ${numPages} / ${numPages}`);
    expect((await embeddedImages(bytes)).map((i) => [i.width, i.height])).toEqual([[40, 30]]);
  });

  it('shows the identity only when one is given', async () => {
    const { text } = await readPdf(
      await build(makeDraft(), [], { identity: { name: 'Camille Testeur', email: 'camille@example.net' } }),
    );
    expect(text).toContain('Camille Testeur');
    expect(text).not.toContain('Aucune identité renseignée');
  });

  it('writes a very long address whole, wrapped anywhere within the margins', async () => {
    const url = `https://example.org/${'segment-é/'.repeat(2)}${'a1b2c3'.repeat(700)}?q=${'z'.repeat(500)}`;
    const draft = makeDraft({
      target: { context: 'page', url, pageUrl: url, normalizedUrl: url },
      platform: null,
    });
    const { body, numPages, rightmost } = await readPdf(await build(draft));
    expect(numPages).toBeGreaterThan(1);
    expect(rightmost).toBeLessThanOrEqual(595.28 - 50 + 0.5); // A4 width minus the right margin
    expect(flat(body)).toContain(flat(url));
  });

  it('writes the English variant', async () => {
    const { text } = await readPdf(await build(handedOff(makeDraft()), [], { lang: 'en' }));
    expect(text).toContain('Report summary for a complaint');
    expect(text).toContain('not an official service');
    expect(text).toContain('Legal qualification');
    expect(text).toContain('Art. 222-33-2-2');
    expect(text).toContain('Reference number');
    expect(text).not.toContain('Récapitulatif');
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('grows by pages with its content', async () => {
    const short = await readPdf(await build(makeDraft({ narrative: { description: '' } })));
    const long = await readPdf(
      await build(makeDraft({ narrative: { description: 'Des faits répétés, décrits en détail. '.repeat(130) } })),
    );
    const withImage = await readPdf(await build(makeDraft(), [artefact(png(600, 2000))]));
    expect(long.numPages).toBeGreaterThan(short.numPages);
    expect(withImage.numPages).toBeGreaterThan(short.numPages + 1);
    expect(long.text).toContain(`Page ${long.numPages} / ${long.numPages}`);
  });

  it('cuts a very tall image over at most MAX_IMAGE_PAGES pages, and says so', async () => {
    const tall = artefact(png(40, 20000));
    const base = await readPdf(await build(makeDraft()));
    const bytes = await build(makeDraft(), [tall]);
    const { text, numPages } = await readPdf(bytes);
    expect(numPages).toBeLessThanOrEqual(base.numPages + MAX_IMAGE_PAGES);
    expect(numPages).toBeGreaterThan(base.numPages + 1);
    expect(text).toContain('Image coupée ici');
    expect(await embeddedImages(bytes)).toHaveLength(1); // one XObject, shown slice by slice
  });

  describe('link-only (CSAM) reports', () => {
    const secretPage = (draft: Draft): Draft => ({
      ...draft,
      observed: { ...draft.observed, tabTitle: 'TITRE-SECRET de la page' },
      target: { ...draft.target, selectionText: 'SELECTION-SECRETE' },
      page: makeDraft().page && { ...makeDraft().page!, title: 'TITRE-PAGE-SECRET', selection: 'SEL-SECRETE' },
    });

    it('never holds an image, page text or fingerprint, even when the caller passes artefacts', async () => {
      const shot = artefact(png(40, 30));
      const draft = secretPage(linkOnlyDraft('child-sexual-abuse-material'));
      const bytes = await build(draft, [shot], { image: 'original' });
      expect(await embeddedImages(bytes)).toEqual([]);
      const { text } = await readPdf(bytes);
      expect(text).not.toMatch(/SECRET/);
      expect(flat(text)).not.toContain(shot.sha256);
      expect(text).toContain('Signalement par adresse uniquement');
      expect(flat(text)).toContain('https://x.com/someone/status/123');
      expect(text).toContain('227-23');
    });

    it('applies the rule from the answers too (intimate images of a minor)', async () => {
      const draft = secretPage(
        makeDraft({ qualification: { categoryId: 'non-consensual-intimate-images', minor: true } }),
      );
      const bytes = await build(draft, [artefact(png(40, 30))]);
      expect(await embeddedImages(bytes)).toEqual([]);
      expect((await readPdf(bytes)).text).not.toMatch(/SECRET/);
    });
  });

  describe('image choice', () => {
    const original = artefact(png(40, 30, [255, 0, 0]));
    const redacted = artefact(png(24, 18, [0, 0, 0]), { derivedFrom: original.id });
    const sizes = async (bytes: Uint8Array) => (await embeddedImages(bytes)).map((i) => [i.width, i.height]);

    it('embeds the redacted copy, not the original, when asked', async () => {
      const bytes = await build(makeDraft(), [original, redacted], { image: 'redacted' });
      expect(await sizes(bytes)).toEqual([[24, 18]]);
      const { text } = await readPdf(bytes);
      expect(text).toContain('Copies masquées');
      // Both files stay listed as evidence.
      expect(flat(text)).toContain(original.sha256);
      expect(flat(text)).toContain(redacted.sha256);
    });

    it('embeds the original by default, and nothing with none', async () => {
      expect(await sizes(await build(makeDraft(), [original, redacted]))).toEqual([[40, 30]]);
      expect(await sizes(await build(makeDraft(), [original, redacted], { image: 'none' }))).toEqual([]);
    });

    it('never falls back to an original without a redacted copy', async () => {
      const other = artefact(png(50, 50), { kind: 'full-page', part: { index: 0, count: 1 } });
      const bytes = await build(makeDraft(), [original, redacted, other], { image: 'redacted' });
      expect(await sizes(bytes)).toEqual([[24, 18]]);
      expect((await readPdf(bytes)).text).toContain('1 capture(s) sans copie masquée');
    });

    it('embeds a JPEG as it is', async () => {
      // Smallest baseline JPEG header is enough for pdf-lib to read its size: use a real one.
      const jpeg = Uint8Array.from(
        Buffer.from(
          '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
          'base64',
        ),
      );
      const shot = artefact(jpeg, { mime: 'image/jpeg' });
      const images = await embeddedImages(await build(makeDraft(), [shot]));
      expect(images).toHaveLength(1);
      expect(Buffer.from(images[0]!.contents).equals(Buffer.from(jpeg))).toBe(true);
    });

    it('notes an unreadable image instead of failing', async () => {
      const broken = artefact(new TextEncoder().encode('not an image'), { mime: 'image/webp' });
      const bytes = await build(makeDraft(), [broken]);
      expect(await embeddedImages(bytes)).toEqual([]);
      expect((await readPdf(bytes)).text).toContain('Image non reproduite');
    });
  });

  it('survives hostile page strings: bidi overrides, a 100k-character title, emoji outside the font', async () => {
    const base = makeDraft();
    const draft: Draft = {
      ...base,
      page: { ...base.page!, title: `\u202Egnp.exe ${'T'.repeat(100_000)}` },
      platform: { ...base.platform!, authorName: 'Evil\u202Eeman\u2066 😀👨‍👩‍👧 name', contentId: '\u0000\u0007id' },
      narrative: { ...base.narrative, description: 'Insultes 🤬🤬 et menaces 你好 répétées.' },
    };
    const bytes = await build(draft);
    const { text } = await readPdf(bytes);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).toContain('\uFFFD');
    expect(text).toContain('Insultes \uFFFD et menaces \uFFFD répétées.');
    expect(text).toContain('Evileman');
    expect(text.length).toBeLessThan(20_000); // the title was cut
    expect(text).toContain('gnp.exe');
  });
});

describe('drawableText', () => {
  const drawable = new Set([...'abc é'].map((c) => c.codePointAt(0)!));
  it('keeps what the font draws, one placeholder per unknown run, and bounds the text', () => {
    expect(drawableText('a😀😀b\u202Ec\né', drawable)).toBe('a\uFFFDbc\né');
    expect(drawableText('abc'.repeat(100), drawable, 10)).toBe('abcabcabca…');
  });
});

describe('wrapText', () => {
  const unit = { of: () => 1 };
  it('wraps words, and cuts a word longer than a line', () => {
    expect(wrapText('aa bb cc', unit, 5, 'words')).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghij k', unit, 4, 'words')).toEqual(['abcd', 'efgh', 'ij k']);
  });
  it('breaks anywhere for addresses, every line within the width', () => {
    const lines = wrapText('https://a.b/ccc ddd', unit, 6, 'anywhere');
    expect(lines.join('')).toBe('https://a.b/ccc ddd'.replace(/ $/, ''));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(6);
  });
  it('keeps blank lines between paragraphs', () => {
    expect(wrapText('a\n\nb', unit, 5, 'words')).toEqual(['a', '', 'b']);
  });
});
