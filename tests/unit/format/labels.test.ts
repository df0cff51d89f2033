import { describe, expect, it } from 'vitest';
import {
  artefactKindLabels,
  captureProblemLabel,
  captureProblemLabels,
  contentTypeLabel,
  contentTypeLabels,
  draftStatusLabel,
  draftStatusLabels,
  errorCodeLabel,
  errorCodeLabels,
  formatBytes,
  menuContextLabel,
  menuContextLabels,
} from '@/utils/format/labels';
import { contentTypes } from '@/utils/report/platform-data';
import { artefactKinds, captureProblems, draftSchema, menuContexts } from '@/utils/report/draft';
import { errorCodes } from '@/utils/messaging/protocol';
import { uncapturableReason } from '@/utils/capture/capturability';
import { messages, useLocale } from './fake-i18n';

/** Each enum of the data model that reaches the screen, with its list of values and its labels. */
const enums: [string, readonly string[], Record<string, string>][] = [
  ['platform content type', contentTypes, contentTypeLabels],
  ['draft status', draftSchema.shape.status.options, draftStatusLabels],
  ['menu context', menuContexts, menuContextLabels],
  ['capture problem', captureProblems, captureProblemLabels],
  ['artefact kind', artefactKinds, artefactKindLabels],
  ['request error', errorCodes, errorCodeLabels],
];

describe('enum labels', () => {
  it.each(enums)('every %s value has a label, and only those values', (_, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it.each(enums)('every %s label exists in both locales and is words, not the raw value', (_, values, labels) => {
    for (const value of values) {
      const key = labels[value]!;
      for (const lang of ['fr', 'en'] as const) {
        const text = messages[lang][key]?.message;
        expect(text, `${lang} ${key}`).toBeTruthy();
        expect(text, `${lang} ${key}`).not.toBe(value);
        // A hyphenated identifier (« short-video ») is never a word of the text either.
        if (value.includes('-')) expect(text, `${lang} ${key}`).not.toContain(value);
      }
    }
  });

  it('the helpers answer in the browser language', () => {
    useLocale('fr');
    expect(contentTypeLabel('short-video')).toBe('Vidéo courte');
    expect(contentTypeLabel('live-stream')).toBe('Diffusion en direct');
    expect(draftStatusLabel('interrupted')).toBe(messages.fr.statusInterrupted!.message);
    expect(menuContextLabel('selection')).toBe(messages.fr.context_selection!.message);
    expect(errorCodeLabel('no-tab')).toBe(messages.fr.popupNoTab!.message);
    useLocale('en');
    expect(contentTypeLabel('short-video')).toBe('Short video');
    expect(errorCodeLabel('capture-failed')).toBe('An unexpected error occurred.');
  });
});

describe('captureProblemLabel', () => {
  it('gives the precise reason a page could not be captured', () => {
    useLocale('en');
    for (const url of ['chrome://settings', 'file:///tmp/a.html', 'https://example.org/a.pdf', 'ftp://example.org']) {
      const reason = uncapturableReason(url)!;
      const label = captureProblemLabel({ code: 'uncapturable', detail: reason });
      expect(label).not.toBe(messages.en.problemUncapturable!.message);
      expect(label).not.toContain(reason);
      expect(Object.values(messages.en).map((m) => m.message)).toContain(label);
    }
  });

  it('falls back to the kind of problem for an unknown or missing reason (never shows the detail)', () => {
    useLocale('fr');
    const generic = messages.fr.problemUncapturable!.message;
    expect(captureProblemLabel({ code: 'uncapturable', detail: 'toString' })).toBe(generic);
    expect(captureProblemLabel({ code: 'uncapturable', detail: 'weird-reason' })).toBe(generic);
    expect(captureProblemLabel({ code: 'uncapturable' })).toBe(generic);
    expect(captureProblemLabel({ code: 'facts-timeout', detail: 'Error: timeout after 5000ms' })).toBe(
      messages.fr.problemFactsTimeout!.message,
    );
  });
});

describe('captureProblemLabel: problems that carry their facts', () => {
  it('a too-large artefact says which kind and the limit; a cut page says where; a changed page both addresses', () => {
    useLocale('fr');
    const tooLarge = captureProblemLabel({
      code: 'too-large',
      detail: 'mhtml: 60000000 bytes, limit 50000000 bytes',
    });
    expect(tooLarge).toContain(messages.fr.artefactMhtml!.message);
    expect(tooLarge).toMatch(/50\s?Mo/);
    expect(captureProblemLabel({ code: 'page-cut', detail: '40/100' })).toMatch(/40 écrans.*100/);
    const changed = captureProblemLabel({ code: 'page-changed', detail: 'https://a.example/ → https://b.example/' });
    expect(changed).toContain(messages.fr.problemPageChanged!.message);
    expect(changed).toContain('https://b.example/');
    useLocale('en');
    expect(captureProblemLabel({ code: 'too-large', detail: 'dom-snapshot: 1 bytes, limit 10000000 bytes' })).toMatch(
      /10 MB/,
    );
    // A detail that is not ours: the generic words, never the raw detail.
    expect(captureProblemLabel({ code: 'too-large', detail: '<b>x</b>' })).toBe(messages.en.problemTooLarge!.message);
    expect(captureProblemLabel({ code: 'page-cut', detail: 'x' })).toBe(messages.en.problemPageCut!.message);
  });
});

describe('formatBytes: the storage a report uses, in the interface language', () => {
  it('bytes, kB and MB, with the locale decimal separator', () => {
    useLocale('en');
    expect(formatBytes(512)).toMatch(/^512\s?(B|byte)/);
    expect(formatBytes(1_500)).toMatch(/^1\.5\s?kB/);
    expect(formatBytes(52_400_000)).toMatch(/^52\.4\s?MB/);
    useLocale('fr');
    expect(formatBytes(52_400_000)).toMatch(/^52,4\s?Mo/);
  });
});
