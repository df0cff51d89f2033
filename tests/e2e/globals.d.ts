// Functions passed to `evaluate` run inside Chromium's extension contexts, where the raw
// `chrome` namespace exists. The tests only use it there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
// …and `browser` inside Firefox's extension pages.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const browser: any;
