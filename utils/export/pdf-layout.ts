/**
 * The PDF layout engine: flowing text on A4 pages (wrapped by words, or anywhere for addresses and
 * hashes), headings, label/value fields, images cut across pages, page footers, with embedded
 * subset fonts. It knows nothing of reports: the complaint document (`pdf.ts`) says what to write.
 * Every text drawn goes through `drawableText`: neutralised, bounded, and what the fonts cannot
 * draw shown as U+FFFD.
 */
import { clip, endPath, popGraphicsState, pushGraphicsState, rectangle, rgb } from '@cantoo/pdf-lib';
import type { PDFDocument, PDFFont, PDFImage, PDFPage } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { neutralise } from '@/utils/handoff/text';
import type { Artefact } from '@/utils/report/draft';

/** Longest single value (addresses are at most `URL_MAX`, 8192; the description 5000). */
const VALUE_MAX = 9000;

const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 50;
const MARGIN_TOP = 50;
const MARGIN_BOTTOM = 56;
const CONTENT_WIDTH = A4[0] - 2 * MARGIN_X;
export const BODY = 10;
export const SMALL = 8.5;
export const LEADING = 1.35;
export const GREY = rgb(0.35, 0.35, 0.35);
export const BLACK = rgb(0, 0, 0);

export type Wrap = 'words' | 'anywhere';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Code points both fonts can draw. */
  drawable: Set<number>;
}

/**
 * Text the fonts can draw: neutralised (bidi controls and control characters removed, newlines
 * kept), every other character the fonts lack replaced by U+FFFD (a run of them by one: an emoji
 * sequence is one unknown sign), cut to `max` characters.
 */
export function drawableText(text: string, drawable: ReadonlySet<number>, max = VALUE_MAX): string {
  const bounded = text.length > max * 2 ? text.slice(0, max * 2) : text;
  let out = '';
  let unknown = false;
  let count = 0;
  for (const ch of neutralise(bounded)) {
    if (count >= max) break;
    const cp = ch.codePointAt(0)!;
    if (ch === '\n' || drawable.has(cp)) {
      out += ch;
      unknown = false;
    } else if (/\s/u.test(ch)) {
      out += ' ';
      unknown = false;
    } else if (!unknown) {
      out += '\uFFFD';
      unknown = true;
    }
    count += 1;
  }
  return count >= max && bounded.length > count ? `${out}…` : out;
}

class Widths {
  private cache = new Map<string, number>();
  constructor(
    private font: PDFFont,
    private size: number,
  ) {}
  of(ch: string): number {
    let w = this.cache.get(ch);
    if (w === undefined) {
      w = this.font.widthOfTextAtSize(ch, this.size);
      this.cache.set(ch, w);
    }
    return w;
  }
  text(s: string): number {
    let sum = 0;
    for (const ch of s) sum += this.of(ch);
    return sum;
  }
}

/** Lines of at most `width` points; `anywhere` breaks between any two characters (addresses, hashes). */
export function wrapText(text: string, widths: { of(ch: string): number }, width: number, mode: Wrap): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (paragraph === '') {
      lines.push('');
      continue;
    }
    const tokens = mode === 'anywhere' ? [...paragraph] : paragraph.split(/(\s+)/).filter((t) => t !== '');
    let line = '';
    let lineWidth = 0;
    const push = () => {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    };
    for (const token of tokens) {
      let w = 0;
      for (const ch of token) w += widths.of(ch);
      if (lineWidth + w <= width) {
        if (line === '' && /^\s+$/.test(token)) continue;
        line += token;
        lineWidth += w;
        continue;
      }
      if (/^\s+$/.test(token)) {
        push();
        continue;
      }
      if (line !== '' && w <= width) {
        push();
        line = token;
        lineWidth = w;
        continue;
      }
      // Longer than a line: cut it where it overflows.
      for (const ch of token) {
        const cw = widths.of(ch);
        if (lineWidth + cw > width && line !== '') push();
        line += ch;
        lineWidth += cw;
      }
    }
    if (line !== '' || lines.length === 0) push();
  }
  return lines;
}

/** Draws flowing text on as many A4 pages as needed. */
export class Writer {
  pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  private widths = new Map<string, Widths>();

  constructor(
    private doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN_TOP;
  }

  get current(): { page: PDFPage; y: number } {
    return { page: this.page, y: this.y };
  }

  /** Room left on this page, in points. */
  get room(): number {
    return this.y - MARGIN_BOTTOM;
  }

  moveDown(points: number): void {
    this.y -= points;
  }

  /** Starts a new page unless `points` still fit on this one. */
  need(points: number): void {
    if (this.room < points) this.newPage();
  }

  private widthsOf(font: PDFFont, size: number): Widths {
    const key = `${font === this.fonts.bold ? 'b' : 'r'}${size}`;
    let w = this.widths.get(key);
    if (!w) this.widths.set(key, (w = new Widths(font, size)));
    return w;
  }

  text(
    raw: string,
    opts: { size?: number; bold?: boolean; wrap?: Wrap; indent?: number; color?: ReturnType<typeof rgb> } = {},
  ): void {
    const size = opts.size ?? BODY;
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const indent = opts.indent ?? 0;
    const lineHeight = size * LEADING;
    const text = drawableText(raw, this.fonts.drawable);
    const lines = wrapText(text, this.widthsOf(font, size), CONTENT_WIDTH - indent, opts.wrap ?? 'words');
    for (const line of lines) {
      this.need(lineHeight);
      this.y -= lineHeight;
      if (line !== '')
        this.page.drawText(line, {
          x: MARGIN_X + indent,
          y: this.y + size * 0.25,
          size,
          font,
          color: opts.color ?? BLACK,
        });
    }
  }

  heading(text: string): void {
    this.need(BODY * LEADING * 4);
    this.y -= 8;
    this.text(text, { size: 13, bold: true });
    this.page.drawLine({
      start: { x: MARGIN_X, y: this.y - 2 },
      end: { x: A4[0] - MARGIN_X, y: this.y - 2 },
      thickness: 0.5,
      color: GREY,
    });
    this.y -= 6;
  }

  /** A label, then its value below it (indented); kept together at least for the first value line. */
  field(label: string, value: string, wrap: Wrap = 'words'): void {
    if (!value) return;
    this.need(SMALL * LEADING + BODY * LEADING + 2);
    this.y -= 2;
    this.text(label, { size: SMALL, bold: true, color: GREY });
    this.text(value, { wrap, indent: 8 });
  }

  get pageHeight(): number {
    return A4[1];
  }

  /** The size an image is drawn at: the content width at most, never enlarged. */
  fit(image: PDFImage): { width: number; height: number } {
    const scale = Math.min(1, CONTENT_WIDTH / image.width);
    return { width: image.width * scale, height: image.height * scale };
  }

  /**
   * Draws `area` points of the image's height from `shown` points down (its `fit` size), clipped
   * and framed, at the current position; moves down by `area`.
   */
  imageSlice(image: PDFImage, shown: number, area: number): void {
    const { width, height } = this.fit(image);
    const bottom = this.y - area;
    this.page.pushOperators(pushGraphicsState(), rectangle(MARGIN_X, bottom, width, area), clip(), endPath());
    this.page.drawImage(image, { x: MARGIN_X, y: this.y + shown - height, width, height });
    this.page.pushOperators(popGraphicsState());
    this.page.drawRectangle({ x: MARGIN_X, y: bottom, width, height: area, borderColor: GREY, borderWidth: 0.5 });
    this.y -= area;
  }

  /** A footer on every page, once the document is complete: `text(n, total)` for page n (from 1). */
  footers(text: (n: number, total: number) => string): void {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      page.drawText(drawableText(text(i + 1, total), this.fonts.drawable), {
        x: MARGIN_X,
        y: MARGIN_BOTTOM / 2,
        size: SMALL,
        font: this.fonts.regular,
        color: GREY,
      });
    });
  }
}

/** The two fonts embedded as subsets, and the code points both can draw. */
export async function embedFonts(doc: PDFDocument, bytes: { regular: Uint8Array; bold: Uint8Array }): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  const boldSet = new Set(bold.getCharacterSet());
  return { regular, bold, drawable: new Set(regular.getCharacterSet().filter((cp) => boldSet.has(cp))) };
}

/** An image larger than this is not embedded (it would not fit a browser's memory twice). */
const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

/** A PNG or JPEG artefact embedded in the document, or `null` (too large, another format, unreadable). */
export async function embedImage(doc: PDFDocument, artefact: Artefact): Promise<PDFImage | null> {
  if (artefact.size > MAX_IMAGE_BYTES || artefact.blob.size > MAX_IMAGE_BYTES) return null;
  try {
    const bytes = new Uint8Array(await artefact.blob.arrayBuffer());
    // The bytes decide, not the declared type: a PNG starts with \x89PNG, a JPEG with FF D8 FF.
    if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
      return await doc.embedPng(bytes);
    if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return await doc.embedJpg(bytes);
    return null;
  } catch {
    return null;
  }
}
