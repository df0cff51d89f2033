import { describe, expect, it } from 'vitest';
import {
  AFTER_CAPTURE_TOLERANCE_MS,
  EARLIEST_PUBLICATION,
  LATEST_WITHOUT_CAPTURE,
  latestPublication,
  withinPublicationBounds,
} from '@/utils/report/publication-bounds';
import { parsePublished } from '@/utils/report/publication';
import { isoDate } from '@/utils/platforms/extractors/kit/dates';

const CAPTURED_AT = '2026-11-28T09:23:00.000Z';
const captured = Date.parse(CAPTURED_AT);
const iso = (ms: number) => new Date(ms).toISOString();

describe('one set of bounds for a publication time', () => {
  it('starts on 1990-01-01 (UTC), inclusive', () => {
    expect(EARLIEST_PUBLICATION).toBe(Date.parse('1990-01-01T00:00:00Z'));
    expect(withinPublicationBounds(EARLIEST_PUBLICATION, CAPTURED_AT)).toBe(true);
    expect(withinPublicationBounds(EARLIEST_PUBLICATION - 1, CAPTURED_AT)).toBe(false);
    expect(withinPublicationBounds(EARLIEST_PUBLICATION)).toBe(true);
    expect(withinPublicationBounds(EARLIEST_PUBLICATION - 1)).toBe(false);
  });

  it('ends 24 hours after the capture, inclusive; without a capture time, at 2100', () => {
    expect(AFTER_CAPTURE_TOLERANCE_MS).toBe(24 * 3600 * 1000);
    expect(latestPublication(CAPTURED_AT)).toBe(captured + AFTER_CAPTURE_TOLERANCE_MS);
    expect(withinPublicationBounds(captured + AFTER_CAPTURE_TOLERANCE_MS, CAPTURED_AT)).toBe(true);
    expect(withinPublicationBounds(captured + AFTER_CAPTURE_TOLERANCE_MS + 1, CAPTURED_AT)).toBe(false);
    expect(latestPublication()).toBe(Date.parse('2100-01-01T00:00:00Z'));
    expect(withinPublicationBounds(LATEST_WITHOUT_CAPTURE)).toBe(true);
    expect(withinPublicationBounds(LATEST_WITHOUT_CAPTURE + 1)).toBe(false);
    expect(withinPublicationBounds(Number.NaN)).toBe(false);
  });

  it('the page’s claim (parsePublished) uses them', () => {
    expect(parsePublished('1990-01-01T00:00:00Z', CAPTURED_AT)).toBe('1990-01-01T00:00:00.000Z');
    expect(parsePublished('1990-01-01', CAPTURED_AT)).toBe('1990-01-01');
    expect(parsePublished('1989-12-31T23:59:59.999Z', CAPTURED_AT)).toBeNull();
    expect(parsePublished('1989-12-31', CAPTURED_AT)).toBeNull();
    const last = iso(captured + AFTER_CAPTURE_TOLERANCE_MS);
    expect(parsePublished(last, CAPTURED_AT)).toBe(last);
    expect(parsePublished(iso(captured + AFTER_CAPTURE_TOLERANCE_MS + 1), CAPTURED_AT)).toBeNull();
  });

  it('the extractor kit (isoDate) uses the same start, and the far ceiling (it does not know the capture time)', () => {
    expect(isoDate('1990-01-01T00:00:00Z')).toBe('1990-01-01T00:00:00.000Z');
    expect(isoDate('1990-01-01')).toBe('1990-01-01');
    expect(isoDate('1995-06-15T10:00:00+02:00')).toBe('1995-06-15T08:00:00.000Z');
    expect(isoDate(EARLIEST_PUBLICATION / 1000)).toBe('1990-01-01T00:00:00.000Z');
    expect(isoDate('1989-12-31T23:59:59Z')).toBeUndefined();
    expect(isoDate('1989-12-31')).toBeUndefined();
    expect(isoDate(EARLIEST_PUBLICATION / 1000 - 1)).toBeUndefined();
    expect(isoDate('2100-01-01T00:00:00Z')).toBe('2100-01-01T00:00:00.000Z');
    expect(isoDate('2100-01-01T00:00:01Z')).toBeUndefined();
  });
});
