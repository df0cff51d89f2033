/**
 * Draft record migrations, as plain object transforms with no validation library: the database
 * upgrade runs them (in any page, the popup included), and `migrateDraft` runs them before it
 * validates. Never edit a step that has shipped; add the next one.
 */
import { normalizeUrl } from './normalize-url';

/**
 * v2: `qualification` (the user's answers) and `target.normalizedUrl` (to recognise re-reports).
 * v3: `qualification.role` (targeted, parent, witness) replaces `victim`; `moneyDemanded`, `metInPerson`;
 *     `narrative` (the user's description, publication time) and `handoffs` (what was sent where).
 * v4: `followUp` (statuses the user recorded after the hand-off, the platform's decision, "still
 *     online?" checks). Additive: nothing else changes.
 */
export const DRAFT_SCHEMA_VERSION = 4;

/** The current empty qualification. */
export function emptyQualificationRecord() {
  return {
    danger: null,
    emergencyAcknowledgedAt: null,
    categoryId: null,
    role: null,
    minor: null,
    privateExchange: null,
    publicContent: null,
    moneyDemanded: null,
    metInPerson: null,
    goodFaithAt: null,
  };
}

/** The empty qualification as version 2 shipped it (step 1 must keep producing exactly this). */
const emptyQualificationV2 = () => ({
  danger: null,
  emergencyAcknowledgedAt: null,
  categoryId: null,
  minor: null,
  victim: null,
  privateExchange: null,
  publicContent: null,
  goodFaithAt: null,
});

type Rec = Record<string, unknown>;

/** Step N turns a version N record into a version N+1 record. */
export const draftMigrations: Record<number, (record: Rec) => Rec> = {
  1: (v1) => {
    const target = (v1.target ?? {}) as Rec;
    return {
      ...v1,
      schemaVersion: 2,
      target: { ...target, normalizedUrl: normalizeUrl(String(target.url ?? '')) },
      qualification: emptyQualificationV2(),
    };
  },
  2: (v2) => {
    const { victim, ...rest } = (v2.qualification ?? emptyQualificationV2()) as Rec;
    return {
      ...v2,
      schemaVersion: 3,
      // "I am the person targeted" becomes that role; "no" did not say whether a parent or a witness.
      qualification: { ...rest, role: victim === true ? 'targeted' : null, moneyDemanded: null, metInPerson: null },
      narrative: { description: '', publishedAt: null, publishedAtSource: null },
      handoffs: [],
    };
  },
  3: (v3) => ({
    ...v3,
    schemaVersion: 4,
    followUp: { steps: [], decision: null, onlineChecks: [] },
  }),
};

/**
 * Applies every step from the record's version to the current one. Returns `null` when the
 * record has no usable version or comes from a newer Vigie (it is then left untouched).
 */
export function upgradeDraftRecord(record: Rec): Rec | null {
  const stored = record.schemaVersion;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1 || stored > DRAFT_SCHEMA_VERSION)
    return null;
  let version = stored;
  let current = record;
  while (version < DRAFT_SCHEMA_VERSION) {
    const step = draftMigrations[version];
    if (!step) return null;
    current = step(current);
    version = current.schemaVersion as number;
  }
  return current;
}
