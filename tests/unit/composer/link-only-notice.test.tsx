// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CSAM_DIRECTIVE, LinkOnlyNotice } from '@/components/qualify/LinkOnlyNotice';
import { reportsFromAbroad } from '@/utils/report/qualification';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The banner as the composer shows it for a draft whose country setting is `country`. */
async function show(country: string | undefined): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<LinkOnlyNotice abroad={reportsFromAbroad({ country })} />, root));
  return root;
}

describe('the link-only (CSAM) banner', () => {
  it.each([
    ['fr', 'FR'],
    ['en', 'FR'],
    ['fr', undefined],
    ['en', undefined],
  ] as const)('%s, country %s: cites the French Criminal Code to a reporter in France', async (lang, country) => {
    useLocale(lang);
    const shown = await show(country);
    expect(shown.textContent).toContain('227-23');
    expect(shown.textContent).toMatch(lang === 'fr' ? /l'adresse et l'heure/ : /the address and the time/);
    expect(shown.querySelector('[data-testid=csam-notice-abroad]')).toBeNull();
  });

  it.each(['fr', 'en'] as const)(
    '%s: abroad, the same rule with the EU directive and its source, no French article',
    async (lang) => {
      useLocale(lang);
      const shown = await show('DE');
      expect(shown.textContent).not.toMatch(/227-23|Code pénal|Criminal Code/);
      expect(shown.textContent).toMatch(
        lang === 'fr' ? /directive 2011\/93\/UE, article 5/ : /Directive 2011\/93\/EU, Article 5/,
      );
      expect(shown.textContent).toMatch(lang === 'fr' ? /l'adresse et l'heure/ : /the address and the time/);
      expect(shown.querySelector('[data-testid=csam-notice-source]')?.getAttribute('href')).toBe(CSAM_DIRECTIVE);
      expect(shown.querySelector('[role=alert] strong')?.textContent).toMatch(
        lang === 'fr' ? /Lien seulement/ : /Link only/i,
      );
    },
  );
});
