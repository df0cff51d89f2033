/**
 * What the side panel hands the filler: each pack field with its value (or choice) in both
 * languages, so that a form's options are picked in the form's own language, whatever the panel's.
 */
import { describe, expect, it } from 'vitest';
import { fillFieldsOf } from '@/entrypoints/sidepanel/fill';
import type { Pack, PackField } from '@/utils/handoff/types';

const pack = (lang: 'fr' | 'en', fields: PackField[]): Pack => ({
  channelId: 'pharos',
  lang,
  mode: 'form',
  title: 'PHAROS',
  fields,
  steps: [],
  plainText: '',
  verdict: { channelId: 'pharos', lang, ready: true, missing: [], rejected: [] },
});

describe('fillFieldsOf', () => {
  it('gives each field its twin of the other language; a choice by its choice', () => {
    const en = pack('en', [
      { key: 'category', label: 'Category', value: 'Terrorism (« Terrorisme »)', kind: 'choice', choice: 'Terrorisme' },
      { key: 'url', label: 'Address', value: 'https://x.com/a/status/1', kind: 'url' },
      { key: 'seenAt', label: 'Seen', value: '20 Nov 2026', kind: 'datetime', iso: '2026-11-20T14:05:00.000Z' },
    ]);
    const fr = pack('fr', [
      { key: 'category', label: 'Catégorie', value: 'Terrorisme', kind: 'choice', choice: 'Terrorisme' },
      { key: 'url', label: 'Adresse', value: 'https://x.com/a/status/1', kind: 'url' },
    ]);
    expect(fillFieldsOf(en, fr)).toEqual([
      {
        key: 'category',
        label: 'Category',
        value: 'Terrorism (« Terrorisme »)',
        kind: 'choice',
        choice: 'Terrorisme',
        texts: { en: 'Terrorisme', fr: 'Terrorisme' },
      },
      {
        key: 'url',
        label: 'Address',
        value: 'https://x.com/a/status/1',
        kind: 'url',
        texts: { en: 'https://x.com/a/status/1', fr: 'https://x.com/a/status/1' },
      },
      { key: 'seenAt', label: 'Seen', value: '20 Nov 2026', kind: 'datetime', iso: '2026-11-20T14:05:00.000Z' },
    ]);
  });

  it('a text category in both languages', () => {
    const field = (value: string): PackField => ({ key: 'category', label: 'C', value, kind: 'text' });
    const [category] = fillFieldsOf(
      pack('fr', [field('Terrorisme : provocation ou apologie')]),
      pack('en', [field('Terrorism: incitement or glorification')]),
    );
    expect(category?.texts).toEqual({
      fr: 'Terrorisme : provocation ou apologie',
      en: 'Terrorism: incitement or glorification',
    });
  });
});
