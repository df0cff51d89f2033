// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ObservedFacts, PlatformFacts, TargetFacts } from '@/components/DraftFacts';
import { DraftList } from '@/components/DraftList';
import type { Draft } from '@/utils/report/draft';
import type { DraftSummary } from '@/utils/db/draft-summaries';
import { useLocale } from './fake-i18n';

let root: HTMLElement;
function show(node: preact.ComponentChild): string {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root.textContent ?? '';
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const platform: NonNullable<Draft['platform']> = {
  platformId: 'youtube',
  platformName: 'YouTube',
  contentType: 'short-video',
  permalink: 'https://www.youtube.com/shorts/abc123',
  contentId: 'abc123',
};

const observed: Draft['observed'] = {
  tabUrl: 'https://www.youtube.com/shorts/abc123',
  capturedAt: '2026-11-23T13:13:42.123Z',
  localTime: '2026-11-23T14:13:42+01:00',
  timeZone: 'Europe/Paris',
  browser: 'Chromium 142',
  extensionVersion: '0.1.0',
  userAgent: 'Mozilla/5.0',
};

describe('platform facts', () => {
  it('shows the content type in words, never its raw value', () => {
    useLocale('fr');
    const text = show(<PlatformFacts platform={platform} />);
    expect(text).not.toContain('short-video');
    expect(text).toContain('Vidéo courte');
    expect(text).toContain('abc123');
  });

  it('in English too', () => {
    useLocale('en');
    const text = show(<PlatformFacts platform={{ ...platform, contentType: 'live-stream' }} />);
    expect(text).not.toContain('live-stream');
    expect(text).toContain('Live stream');
  });

  it('shows a publication time the page stated as it is, and says so of one computed from the id', () => {
    useLocale('fr');
    const stated = show(
      <PlatformFacts
        platform={{
          ...platform,
          publishedAt: '2026-03-03',
          provenance: { publishedAt: { source: 'json-ld', confidence: 'high' } },
        }}
      />,
    );
    expect(stated).toContain('Publication');
    expect(stated).toContain('2026-03-03');
    expect(stated).not.toContain('identifiant du contenu');
    render(null, root);
    root.remove();
    const derived = {
      ...platform,
      publishedAt: '2024-05-13T12:43:51.248Z',
      provenance: { publishedAt: { source: 'derived-from-id', confidence: 'medium' } },
    } as const;
    const fr = show(<PlatformFacts platform={derived} />);
    expect(fr).toContain('2024');
    expect(fr).toContain("calculée par Vigie d'après l'identifiant du contenu, non indiquée par la page");
    render(null, root);
    root.remove();
    useLocale('en');
    const en = show(<PlatformFacts platform={derived} />);
    expect(en).toContain('Published');
    expect(en).toContain("computed by Vigie from the content's id, not stated by the page");
  });

  it('a draft from before provenance existed shows its time without a claim about its origin', () => {
    useLocale('en');
    const text = show(<PlatformFacts platform={{ ...platform, publishedAt: '2026-11-02T10:00:00.000Z' }} />);
    expect(text).toContain('2026');
    expect(text).not.toContain('computed by Vigie');
  });

  it('leaves the row out when the extractor found no content type', () => {
    useLocale('en');
    const text = show(<PlatformFacts platform={{ ...platform, contentType: undefined }} />);
    expect(text).not.toContain('Content type');
  });
});

describe('target facts', () => {
  it('names the kind of thing reported in words', () => {
    useLocale('en');
    const target: Draft['target'] = {
      context: 'selection',
      url: 'https://example.org/',
      pageUrl: 'https://example.org/',
      selectionText: 'quoted words',
      normalizedUrl: 'https://example.org/',
      cut: [],
    };
    const text = show(<TargetFacts target={target} />);
    expect(text).toContain('Selected text');
    expect(text).not.toMatch(/\bselection\b/);
  });

  it('says where an address was cut, with the full length and SHA-256, in both languages', () => {
    const sha = 'ab'.repeat(32);
    const cut = [{ field: 'url' as const, length: 20_000, sha256: sha }];
    const target: Draft['target'] = {
      context: 'page',
      url: `https://example.org/#${'a'.repeat(8171)}`,
      pageUrl: `https://example.org/#${'a'.repeat(8171)}`,
      normalizedUrl: 'https://example.org',
      cut,
    };
    useLocale('en');
    expect(show(<TargetFacts target={target} />)).toContain(`address cut (20 000 characters, SHA-256 ${sha})`);
    render(null, root);
    root.remove();
    useLocale('fr');
    expect(show(<TargetFacts target={target} />)).toContain(`adresse coupée (20 000 caractères, SHA-256 ${sha})`);
    render(null, root);
    root.remove();
    expect(show(<ObservedFacts observed={observed} cut={[{ ...cut[0]!, field: 'tabUrl' }]} />)).toContain(
      'adresse coupée (20 000 caractères',
    );
    render(null, root);
    root.remove();
    expect(show(<TargetFacts target={{ ...target, cut: [] }} />)).not.toContain('coupée');
  });
});

describe('observed facts', () => {
  it('shows the capture time in the zone it was captured in, and the exact UTC time as stored', () => {
    useLocale('fr');
    const text = show(<ObservedFacts observed={observed} />);
    expect(text).toContain('23 nov. 2026, 14:13 (heure de Paris)');
    expect(text).toContain('2026-11-23T13:13:42.123Z');
    expect(text).not.toContain('Europe/Paris');
  });

  it('follows the recorded zone, not the machine running the page', () => {
    useLocale('en');
    const text = show(<ObservedFacts observed={{ ...observed, timeZone: 'Asia/Kolkata' }} />);
    expect(text).toContain('23 Nov 2026, 18:43 (');
    expect(text).not.toContain('Asia/Kolkata');
  });
});

describe('draft list', () => {
  it('shows statuses in words and times in the local format', () => {
    useLocale('fr');
    const draft: DraftSummary = {
      id: 'd1',
      createdAt: '2026-11-23T13:13:42.123Z',
      updatedAt: '2026-11-23T13:13:42.123Z',
      status: 'interrupted',
      csam: false,
      target: { url: 'https://example.org/page' },
      observed: { tabTitle: 'A page' },
      platform: null,
    };
    const text = show(<DraftList drafts={[draft]} onOpen={() => {}} empty="-" />);
    expect(text).not.toContain('interrupted');
    expect(text).not.toContain('2026-11-23T');
    // The user's own zone (the machine's here): the date is the 23rd or 24th, whatever that zone is.
    expect(text).toMatch(/2[34] nov\. 2026, \d\d:\d\d \(.+\)/);
  });
});
