// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { GoodFaith } from '@/components/qualify/GoodFaith';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(abroad: boolean): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<GoodFaith confirmed={false} onConfirm={() => undefined} abroad={abroad} />, root));
  return root;
}

describe('the false-report warning', () => {
  it.each(['fr', 'en'] as const)('%s: names the French offences to a reporter in France', async (lang) => {
    useLocale(lang);
    const shown = await show(false);
    expect(shown.querySelector('[data-testid=false-report-offences]')?.textContent).toContain('226-10');
    expect(shown.querySelector('[data-testid=false-report-abroad]')).toBeNull();
  });

  it.each(['fr', 'en'] as const)(
    '%s: warns a reporter in another member state without French articles',
    async (lang) => {
      useLocale(lang);
      const shown = await show(true);
      expect(shown.textContent).not.toMatch(/226-10|434-26|Code pénal/);
      expect(shown.querySelector('[data-testid=false-report-abroad]')?.textContent).toMatch(
        lang === 'fr' ? /puni par la loi/ : /punishable by law/,
      );
      expect(shown.querySelector('[data-testid=good-faith-confirm]')).not.toBeNull();
    },
  );
});
