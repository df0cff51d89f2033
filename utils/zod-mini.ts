/**
 * `zod/mini`, for the modules the popup loads (message protocol, draft summaries): the same
 * validation with a tree-shakable API, so the popup stays small. `jitless` is set here too
 * (it is global to zod's core, whichever API sets it first).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
