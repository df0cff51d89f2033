/**
 * `zod/mini` for the modules the popup loads (message protocol, draft summaries).
 *
 * It is imported from `zod-lite`, an npm alias of the *same* zod version, on purpose: the
 * bundler deduplicates modules, so if the popup used `zod/mini` from the `zod` package it would
 * share zod's core files with the composer, which uses the full API, and load all of them
 * (~16 KB gzip more). A separate instance lets the popup tree-shake to what it uses.
 * Each instance has its own global config. zod/mini's object schema never compiles code (only
 * the full API's does, and `utils/zod.ts` sets `jitless` for it); `jitless` is set here as well
 * so that no future mini schema can either.
 */
import * as z from 'zod-lite/mini';

z.config({ jitless: true });

export { z };
