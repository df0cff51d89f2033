/**
 * Invariants of the channel registry and of the routing rules, one named test per entry. What
 * the load-time schemas already guarantee (shapes, kebab-case ids, https URLs, numbers for phone
 * lines, known category, channel and reason ids in rules) is not asserted again here.
 */
import { describe, expect, it } from 'vitest';
import { channels } from '@/utils/channels/registry';
import { reasonIds } from '@/utils/channels/reasons.data';
import { categoryRules, everyCategory } from '@/utils/channels/rules.data';
import { rulesFor } from '@/utils/channels/route';
import { categories } from '@/utils/qualify/taxonomy';
import { isPastIsoDate } from '../support/clock';

const isPastDate = (value: string) => isPastIsoDate(value);

describe('meta: channel ids', () => {
  it('are stable (pinned in the snapshot file: a rename or removal is a deliberate change)', () => {
    expect(channels.map((c) => c.id)).toMatchSnapshot();
  });
});

describe.each(channels.map((c) => [c.id, c] as const))('channel %s', (_id, c) => {
  it('was checked on a real date, not in the future', () => {
    expect(isPastDate(c.lastVerified), c.lastVerified).toBe(true);
  });

  it('says what is still open when it is not verified', () => {
    if (c.confidence === 'to-check') expect(c.toCheck?.length ?? 0).toBeGreaterThan(0);
    else expect(c.toCheck ?? []).not.toContain('');
  });

  it('lists as many things to have ready in English as in French', () => {
    expect(c.asks.en.length).toBe(c.asks.fr.length);
  });

  it('has a name that is not a French sentence in the English interface', () => {
    const words = c.name.fr.replace(/\S+\.\S+/g, ''); // web addresses are names, not French
    if (/signalement|signaler|plainte|numéro|tchat/i.test(words)) expect(c.name.en).not.toBe(c.name.fr);
  });

  it('is proposed by at least one routing rule', () => {
    const used =
      c.kind === 'platform-notice' ||
      categoryRules.some((r) => r.steps.some((s) => s.channel === c.id)) ||
      everyCategory.before.some((s) => s.channel === c.id);
    expect(used).toBe(true);
  });
});

describe('meta: entry points', () => {
  it('no two channels open the same address (a phone line never borrows another channel’s page)', () => {
    const urls = channels.flatMap((c) => (c.url ? [c.url] : []));
    expect(urls.length - new Set(urls).size).toBe(0);
  });

  it('every platform notice either opens a form or shows the steps on the platform', () => {
    for (const c of channels.filter((c) => c.kind === 'platform-notice'))
      expect(c.url !== undefined || (c.inApp?.fr.length ?? 0) > 0, c.id).toBe(true);
  });
});

describe('meta: routing rules', () => {
  it('every reason is used by a rule (no dead text to translate)', () => {
    const used = new Set(
      [...everyCategory.before, ...everyCategory.after, ...categoryRules.flatMap((r) => r.steps)].map((s) => s.why),
    );
    expect(reasonIds.filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(categories.map((c) => [c.id] as const))('category %s has its rules, with sources checked by today', (id) => {
    const rules = rulesFor(id);
    for (const s of rules.sources) expect(isPastDate(s.checked), s.url).toBe(true);
  });
});

describe('meta: test-only channels', () => {
  it('parse with the production schema (the e2e build loads them through the same registry)', async () => {
    const { testFormChannels } = await import('@/tests/fixtures/forms/channels');
    const { channelSchema } = await import('@/utils/channels/channel.schema');
    for (const c of testFormChannels()) expect(channelSchema.safeParse(c).success, c.id).toBe(true);
  });

  it('the fixtures and the empty module behind `#test-channels` have one shape; unit tests get the empty one', async () => {
    const fixtures = await import('@/tests/fixtures/forms/channels');
    const empty = await import('@/utils/channels/no-test-channels');
    // Compile-time: the e2e alias target can stand where the registry expects the empty module.
    const shape: typeof empty = fixtures;
    expect(Object.keys(shape).sort()).toEqual(Object.keys(empty).sort());
    const aliased = await import('#test-channels');
    expect(aliased.testFormChannels()).toEqual([]);
    expect(aliased.testFormOverrides()).toEqual({});
    expect(fixtures.testFormChannels().length).toBeGreaterThan(0);
  });
});
