/**
 * The watchlist format's identity and bounds, without zod: the pages that only need a bound
 * (the history's export form) do not load the parser.
 */
export const FORMAT_ID = 'vigie-watchlist';
export const FORMAT_VERSION = 1;
export const FILE_MAX_BYTES = 2 * 1024 * 1024;
export const ITEMS_MAX = 50_000;
export const NAME_MAX = 120;
export const NOTE_MAX = 1000;
