import { describe, expect, it } from 'vitest';
import { draftMigrations, upgradeDraftRecord } from '@/utils/report/draft-migrations';
import { emptyQualification, migrateDraft, qualificationSchema } from '@/utils/report/draft';

const v2Qualification = (victim: boolean | null) => ({
  danger: false,
  emergencyAcknowledgedAt: null,
  categoryId: 'threats',
  minor: true,
  victim,
  privateExchange: null,
  publicContent: true,
  goodFaithAt: null,
});

describe('draft v2 → v3: the reporter’s role replaces "victim"', () => {
  it('"I am the person targeted" becomes that role; other answers are kept', () => {
    const v3 = draftMigrations[2]!({ schemaVersion: 2, qualification: v2Qualification(true) });
    expect(v3.schemaVersion).toBe(3);
    expect(v3.qualification).toEqual({
      danger: false,
      emergencyAcknowledgedAt: null,
      categoryId: 'threats',
      role: 'targeted',
      minor: true,
      privateExchange: null,
      publicContent: true,
      moneyDemanded: null,
      metInPerson: null,
      goodFaithAt: null,
    });
  });

  it('"no" or no answer leaves the role unanswered: it did not say parent or witness', () => {
    for (const victim of [false, null]) {
      const v3 = draftMigrations[2]!({ schemaVersion: 2, qualification: v2Qualification(victim) });
      expect((v3.qualification as { role: unknown }).role).toBeNull();
      expect(v3.qualification).not.toHaveProperty('victim');
    }
  });

  it('a v1 record goes through both steps to the current empty qualification', () => {
    const upgraded = upgradeDraftRecord({ schemaVersion: 1, target: { url: 'https://example.org/a' } });
    expect(upgraded?.qualification).toEqual(emptyQualification());
  });

  it('answers stored before the sexual-image question stay valid and read it as unanswered', () => {
    const stored = { ...emptyQualification(), categoryId: 'grooming' };
    expect(stored).not.toHaveProperty('minorSexualImage');
    const parsed = qualificationSchema.parse(stored);
    expect(parsed.minorSexualImage ?? null).toBeNull();
    expect(qualificationSchema.parse({ ...stored, minorSexualImage: true }).minorSexualImage).toBe(true);
    expect(qualificationSchema.safeParse({ ...stored, minorSexualImage: 'yes' }).success).toBe(false);
  });

  it('a v3 record with an unknown role is reported as invalid, not guessed', () => {
    const result = migrateDraft({ schemaVersion: 3, qualification: { ...emptyQualification(), role: 'judge' } });
    expect(result.ok).toBe(false);
  });
});

describe('draft v2 → v3: narrative and hand-offs', () => {
  it('start empty: no words put in the user’s mouth, nothing marked as sent', () => {
    const v3 = draftMigrations[2]!({ schemaVersion: 2, qualification: v2Qualification(null) });
    expect(v3.narrative).toEqual({ description: '', publishedAt: null, publishedAtSource: null });
    expect(v3.handoffs).toEqual([]);
  });
});
