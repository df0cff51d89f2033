import { describe, expect, it } from 'vitest';
import {
  embeddedItem,
  embeddedValue,
  personName,
  snowflakeTime,
  statedOutsideLinks,
  withoutSections,
} from '@/utils/platforms/extractors/common';
import { pageFactsSchema, type PageFacts } from '@/utils/report/page-facts';

const facts = (over: Partial<PageFacts>): PageFacts => ({ ...pageFactsSchema.parse({}), ...over });
const state = (...texts: string[]): Pick<PageFacts, 'embedded'> => ({
  embedded: texts.map((text) => ({ id: '', type: 'application/json', text, partial: false })),
});

describe('extractor kit: embedded state about one item', () => {
  it('drops comment sections, braces and quotes inside their strings included', () => {
    const text = '{"a":1,"comments":[{"text":"} ] \\" {","owner":{"username":"x"}}],"owner":{"username":"y"}}';
    expect(withoutSections(text, ['comments'])).toBe('{"a":1,,"owner":{"username":"y"}}');
    // A section cut short (an excerpt) drops the rest.
    expect(withoutSections('{"a":1,"comments":[{"owner":{"username":"x"}', ['comments'])).toBe('{"a":1,');
  });

  it('reads the item named by its code, up to the next item, never the viewer before it', () => {
    const item = embeddedItem(
      state(
        '{"viewer":{"username":"moi"},"items":[{"code":"AAA","taken_at":1,"comments":[{"owner":{"username":"c"}}],' +
          '"owner":{"username":"auteur"}},{"code":"BBB","owner":{"username":"autre"}}]}',
      ),
      ['code', 'shortcode'],
      'AAA',
      ['comments'],
    );
    expect(embeddedValue(item, 'username', 'owner')).toBe('auteur');
    expect(embeddedValue(item, 'taken_at')).toBe('1');
    expect(embeddedValue(embeddedItem(state('{"code":"BBB"}'), ['code'], 'AAA'), 'code')).toBeUndefined();
  });

  it('follows a path of keys', () => {
    const s = state('{"user":{"id":1},"item":{"id":2,"user":{"id":3,"login":"vendeuse"}}}');
    expect(embeddedValue(s, 'id', ['item', 'user'])).toBe('3');
    expect(embeddedValue(s, 'id', 'user')).toBe('1');
  });
});

describe('extractor kit: names', () => {
  it.each(['See More Posts', 'Preview channel', 'Posts', "Camille's profile", 'Voir le profil', 'Profil de Camille'])(
    'an interface label is no name: %s',
    (label) => expect(personName(label)).toBeUndefined(),
  );

  it('keeps real names', () => {
    expect(personName('Camille Exemple')).toBe('Camille Exemple');
    expect(personName('Léa')).toBe('Léa');
  });

  it('a link text is a name only when the page states it elsewhere, as whole words', () => {
    const page = facts({ title: 'Nom Exemple - Une publication | Facebook' });
    expect(statedOutsideLinks(page, 'Nom Exemple')).toBe(true);
    expect(statedOutsideLinks(page, 'Nom Ex')).toBe(false);
    expect(statedOutsideLinks(page, 'Zoé Autre')).toBe(false);
  });
});

describe('extractor kit: times computed from ids', () => {
  it('are marked as derived from the id', () => {
    expect(snowflakeTime('1790000000000000001', 'x')).toEqual({
      publishedAt: '2024-05-13T12:43:51.248Z',
      sources: { publishedAt: { source: 'derived-from-id', confidence: 'medium' } },
    });
  });
});
