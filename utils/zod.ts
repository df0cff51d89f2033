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

/** An absolute URL with one of the given schemes, at most 8 KiB long. */
export const webUrl = (schemes: readonly string[] = ['http:', 'https:']) =>
  z
    .string()
    .max(8192)
    .refine((s) => {
      try {
        return schemes.includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, 'invalid URL');

/** Like `webUrl` but an invalid or overlong value becomes `undefined` instead of failing the whole parse. */
export const optionalWebUrl = (schemes?: readonly string[]) => webUrl(schemes).optional().catch(undefined);
