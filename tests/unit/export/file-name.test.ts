import { describe, expect, it } from 'vitest';
import { exportFileName } from '@/utils/export/file-name';

const id = '3f2a9c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('exportFileName', () => {
  it('names a package by the UTC day of capture and the start of the report id', () => {
    expect(exportFileName({ id, capturedAt: '2026-11-28T23:30:00-02:00' }, 'package', 'fr')).toBe(
      'vigie-2026-11-29-3f2a9c4e.zip',
    );
    expect(exportFileName({ id, capturedAt: '2026-11-28T10:00:00Z' }, 'pdf', 'fr')).toBe(
      'vigie-2026-11-28-3f2a9c4e-plainte.pdf',
    );
  });

  it('names the PDF in its own language: a French « plainte », an English complaint', () => {
    const report = { id, capturedAt: '2026-11-28T10:00:00Z' };
    expect(exportFileName(report, 'pdf', 'fr')).toBe('vigie-2026-11-28-3f2a9c4e-plainte.pdf');
    expect(exportFileName(report, 'pdf', 'en')).toBe('vigie-2026-11-28-3f2a9c4e-complaint.pdf');
    expect(exportFileName(report, 'package', 'en')).toBe(exportFileName(report, 'package', 'fr'));
  });

  it('keeps only safe characters whatever the input', () => {
    const name = exportFileName({ id: '../../\u202Eevil', capturedAt: 'not a date' }, 'package', 'fr');
    expect(name).toBe('vigie-undated-e.zip');
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
});
