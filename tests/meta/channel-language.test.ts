/**
 * The language of what Vigie hands to a channel has one definition: `utils/channels/language.ts`
 * (`outputLanguage`: French for every French service, line and the complaint; the user's text
 * language for a platform's notice; a foreign door's own language when Vigie writes it, English
 * otherwise; `otherLanguage` for a notice's second version). Packs get it through `buildPack`; the
 * complaint PDF is the one document written in exactly the language it is given, and its page
 * asks `outputLanguage` for it. The user's text language is read once (`textLanguageOf`). This
 * test fails when another module decides a channel's language, flips a language, writes a pack in
 * a language of its own choosing or reads the text-language setting itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offences as offencesOf, offencesInProject, ROOT, sourceFiles, type Decision } from '../support/one-definition';

const THE_RULE = 'utils/channels/language.ts';
const PACK = 'utils/handoff/pack.ts';
const PDF = 'utils/export/pdf.ts';
const SETTINGS = 'utils/db/settings-repo.ts';

const DECISIONS: Decision[] = [
  {
    what: "decides a channel's language from its kind, country or language",
    pattern: new RegExp(
      [
        String.raw`\.language\s*[!=]==\s*['"][a-z]{2}['"]`,
        String.raw`kind\s*[!=]==\s*['"]platform-notice['"][^;\n]*\?\s*[\w.()]*\s*:\s*['"](?:fr|en)['"]`,
        String.raw`country\s*[!=]==\s*['"][A-Z]{2}['"][^;\n]*\?\s*['"](?:fr|en)['"]`,
      ].join('|'),
    ),
    allowed: [THE_RULE],
  },
  {
    what: 'flips a language itself',
    pattern: /===\s*(['"])fr\1\s*\?\s*(['"])en\2\s*:\s*(['"])fr\3|===\s*(['"])en\4\s*\?\s*(['"])fr\5\s*:\s*(['"])en\6/,
    allowed: [THE_RULE],
  },
  {
    what: 'hands a literal language to a pack or a document',
    pattern: /\blang:\s*(['"])(?:fr|en)\1\s*[,})]/,
    allowed: [THE_RULE],
  },
  {
    what: 'writes a pack in a language of its own choosing',
    pattern: /\bbuildPackExact\(/,
    // The pack itself, and the complaint PDF: one document in the one language it is given.
    allowed: [PACK, PDF],
  },
  {
    what: "reads the user's text-language setting itself",
    pattern: /\btextLanguage\s*[!=]==/,
    allowed: [SETTINGS],
  },
];

const offences = (file: string, text: string) => offencesOf(DECISIONS, file, text);

describe("meta: one definition of the channel's language", () => {
  it('the detector finds the shapes that would decide it elsewhere', () => {
    const f = 'utils/export/x.ts';
    expect(offences(f, "const lang = channel.language === 'fr' ? 'fr' : 'en';")).toHaveLength(1);
    expect(offences(f, "const lang = channel.kind === 'platform-notice' ? preferred : 'fr';")).toHaveLength(1);
    expect(offences(f, "const lang = door.country !== 'FR' ? 'en' : 'fr';")).toHaveLength(1);
    expect(offences(f, "packOf(p, d, a, i, uiLanguage() === 'fr' ? 'en' : 'fr')")).toHaveLength(1);
    expect(
      offences(f, "buildPack({ draft, route, channelId: 'pharos', lang: 'en', identity, evidence })"),
    ).toHaveLength(1);
    expect(offences(f, 'const pack = buildPackExact({ ...input, lang });')).toHaveLength(1);
    expect(offences(f, "const lang = s.textLanguage === 'auto' ? ui : s.textLanguage;")).toHaveLength(1);
    // The one definition's callers, and types, are not decisions.
    expect(offences(f, 'const lang = outputLanguage(channelById.complaint, uiLanguage());')).toEqual([]);
    expect(offences(f, "function f(lang: 'fr' | 'en') { return otherLanguage(lang); }")).toEqual([]);
    expect(offences(f, "// channel.language === 'fr' ? 'fr' : 'en', in a comment")).toEqual([]);
    expect(offences(THE_RULE, "return channel.language === 'fr' ? 'fr' : 'en';")).toEqual([]);
  });

  it('no module but the rule decides it', () => {
    const { files, found } = offencesInProject(DECISIONS);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(THE_RULE);
    expect(found).toEqual([]);
  });

  it('the complaint PDF is written in the language `outputLanguage` gives the complaint', () => {
    const callers = ['utils', 'components', 'entrypoints']
      .flatMap(sourceFiles)
      .filter((f) => f !== PDF && /\bbuildComplaintPdf\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(callers.length).toBeGreaterThan(0);
    for (const file of callers)
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(/\boutputLanguage\(channelById\.complaint\b/);
  });
});
