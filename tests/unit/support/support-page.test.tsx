// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '@/entrypoints/support/App';
import { spacedNumber } from '@/components/SupportLines';
import { channelById } from '@/utils/channels/registry';
import { supportLines } from '@/utils/channels/support.data';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement | undefined;
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
});

async function show(lang: 'fr' | 'en'): Promise<HTMLElement> {
  useLocale(lang);
  const host = document.createElement('div');
  root = host;
  document.body.append(host);
  await act(() => render(<App />, host));
  return host;
}

describe('support lines (data)', () => {
  it('are phone lines of the registry, emergencies first, each once', () => {
    const ids = supportLines.map((l) => l.channel);
    expect(new Set(ids).size).toBe(ids.length);
    for (const line of supportLines) expect(channelById[line.channel].phone, line.channel).toMatch(/^\d+$/);
    const firstListening = supportLines.findIndex((l) => !l.urgent);
    expect(supportLines.slice(firstListening).every((l) => !l.urgent)).toBe(true);
    expect(ids).toEqual(
      expect.arrayContaining([
        'police-17',
        'emergency-112',
        'child-in-danger-119',
        'e-enfance-3018',
        'women-violence-3919',
        'suicide-prevention-3114',
        'victim-support-116006',
      ]),
    );
  });

  it('say when to call in both languages, never the same text twice', () => {
    for (const line of supportLines) {
      expect(line.when.fr.length, line.channel).toBeGreaterThan(10);
      expect(line.when.en, line.channel).not.toBe(line.when.fr);
    }
  });

  it('spaces six-digit numbers as they are written', () => {
    expect(spacedNumber('116006')).toBe('116 006');
    expect(spacedNumber('3018')).toBe('3018');
    expect(spacedNumber('17')).toBe('17');
  });
});

describe('support page', () => {
  it('lists every line with a tel: link, emergencies in their own section, in French', async () => {
    const page = await show('fr');
    expect(page.querySelector('h1')?.textContent).toBe('Besoin d’aide ?');
    const sections = page.querySelectorAll('section');
    expect(sections[0]?.querySelector('[data-testid="support-police-17"]')).not.toBeNull();
    expect(sections[0]?.querySelector('[data-testid="support-e-enfance-3018"]')).toBeNull();
    const tel = [...page.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tel).toEqual(supportLines.map((l) => `tel:${channelById[l.channel].phone}`));
    expect(page.querySelector('[data-testid="support-victim-support-116006"]')?.textContent).toContain('116 006');
    expect(page.textContent).toMatch(/n[’']est pas un service officiel/);
  });

  it('is complete in English', async () => {
    const page = await show('en');
    expect(page.querySelector('h1')?.textContent).toBe('Need help?');
    expect(page.querySelector('[data-testid="support-suicide-prevention-3114"]')?.textContent).toContain(
      'You are thinking about suicide',
    );
  });
});
