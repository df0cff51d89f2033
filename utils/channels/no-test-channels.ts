/**
 * What `#test-channels` resolves to outside the e2e builds: no test channel, no stand-in URL.
 * The e2e builds (`--mode e2e`) map the specifier to `tests/fixtures/forms/channels.ts` instead
 * (`wxt.config.ts`, `vite.resolve.alias`), so no production module imports from `tests/`.
 * Both modules have this shape (checked by `tests/meta/channels.test.ts`).
 */
import type { Channel } from './channel.schema';

export const testFormChannels = (): Channel[] => [];
/** Channel id → the test stand-in's URL opened instead of the official form. */
export const testFormOverrides = (): Record<string, string> => ({});
