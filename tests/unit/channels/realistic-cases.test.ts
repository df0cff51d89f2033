import { describe, expect, it } from 'vitest';
import { route } from '@/utils/channels/route';
import { input } from './helpers';
import { realisticCases } from './realistic-cases';

describe('route: realistic cases from official guidance', () => {
  it('cites a dated https source for every case', () => {
    for (const c of realisticCases) {
      expect(new URL(c.source.url).protocol, c.name).toBe('https:');
      expect(c.source.checked, c.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(realisticCases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(realisticCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = route(input(c.input));
    const got = r.steps.map((s) => s.channelId);
    if (c.first) expect(got.slice(0, c.first.length)).toEqual(c.first);
    for (const id of c.includes ?? []) expect(got).toContain(id);
    for (const id of c.excludes ?? []) expect(got).not.toContain(id);
    if (c.complaintAdvised !== undefined) expect(r.complaintAdvised).toBe(c.complaintAdvised);
    if (c.urlOnly !== undefined) expect(r.urlOnly).toBe(c.urlOnly);
    if (c.omitReporterIdentity !== undefined) expect(r.omitReporterIdentity).toBe(c.omitReporterIdentity);
    for (const [id, kind] of Object.entries(c.kinds ?? {}))
      expect(r.steps.find((s) => s.channelId === id)?.kind, id).toBe(kind);
    if (c.outOfScope !== undefined) expect(r.outOfScope !== undefined).toBe(c.outOfScope);
    if (c.noteIncludes !== undefined) expect(r.notes.map((n) => n.en).join('\n')).toContain(c.noteIncludes);
  });
});
