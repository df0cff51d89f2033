/**
 * The one place zod is imported from. The extension CSP forbids `new Function`, so zod must
 * run without code generation: `jitless` is set here, before any schema exists.
 * Every other module imports `z` from this file (enforced by ESLint).
 */
import { z, config } from 'zod';

config({ jitless: true });

export { z };

/** A string cut to `max` characters: page-derived text is bounded, never rejected for length. */
export const boundedText = (max: number) =>
  z
    .string()
    .transform((s) => (s.length > max ? s.slice(0, max) : s))
    .pipe(z.string());

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the bidi marks
 * (LRM, RLM, ALM): invisible, they can make "abc\u202Egnp.exe" read as "abcexe.png".
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidi control characters. */
export const withoutBidiControls = (s: string) => s.replace(BIDI_CONTROLS, '');

/**
 * Text a page wrote (titles, meta values, link texts, JSON-LD, selections, names): bidi controls
 * removed, then cut to `max` characters. Every page-derived string is stored through this.
 */
export const pageText = (max: number) =>
  z
    .string()
    .transform((s) => {
      const clean = withoutBidiControls(s);
      return clean.length > max ? clean.slice(0, max) : clean;
    })
    .pipe(z.string());

/** The longest URL stored: longer ones are cut to this (see `utils/capture/target.ts`, which records the cut). */
export const URL_MAX = 8192;

/**
 * An absolute URL with one of the given schemes, cut to `URL_MAX` characters: a long address is
 * bounded, never refused (a page can make its own address as long as it likes).
 */
export const webUrl = (schemes: readonly string[] = ['http:', 'https:']) =>
  z
    .string()
    .transform((s) => (s.length > URL_MAX ? s.slice(0, URL_MAX) : s))
    .pipe(
      z.string().refine((s) => {
        try {
          return schemes.includes(new URL(s).protocol);
        } catch {
          return false;
        }
      }, 'invalid URL'),
    );

/** Like `webUrl` but an invalid value becomes `undefined` instead of failing the whole parse. */
export const optionalWebUrl = (schemes?: readonly string[]) => webUrl(schemes).optional().catch(undefined);
