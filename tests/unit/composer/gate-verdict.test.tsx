// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { GateVerdict } from '@/components/handoff/GateVerdict';
import { buildPack } from '@/utils/handoff/pack';
import { useLocale } from '../format/fake-i18n';
import { makeDraft, packInput } from '../handoff/draft-factory';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(draft: Parameters<typeof packInput>[0], channelId: Parameters<typeof packInput>[1]) {
  root = document.createElement('div');
  document.body.append(root);
  const pack = buildPack(packInput(draft, channelId, { lang: 'en' }));
  await act(() => render(<GateVerdict pack={pack} channelName="PHAROS" />, root));
  return root.querySelector<HTMLElement>('[data-testid=gate-verdict]')!;
}

const dated = { publishedAt: '2026-11-20T08:30:00.000Z', publishedAtSource: 'user' as const };

describe('the gate’s verdict in the composer and the side panel', () => {
  it('English interface, PHAROS ready: says so, and that the fields are in French', async () => {
    useLocale('en');
    const box = await show(makeDraft({ narrative: dated }), 'pharos');
    expect(box.dataset.ready).toBe('true');
    expect(box.textContent).toContain('Ready for PHAROS');
    expect(root.querySelector('[data-testid=gate-language]')!.textContent).toContain('works in French');
  });

  it('no description, no date: names both in the interface’s language and asks for the words', async () => {
    useLocale('fr');
    const box = await show(makeDraft({ narrative: { description: '' } }), 'pharos');
    expect(box.dataset.ready).toBe('false');
    expect(box.textContent).toContain(
      'Manque pour PHAROS : votre description des faits et la date et l’heure de publication.',
    );
    expect(box.textContent).toContain('Écrivez avec vos mots ce que vous avez vu');
    expect(box.textContent).not.toMatch(/\(Décrivez/);
  });

  it('a notice without the user’s words names its explanation as such', async () => {
    useLocale('en');
    const box = await show(makeDraft({ narrative: { description: '' } }), 'x-notice');
    expect(box.textContent).toContain('the explanation (your words about the facts)');
    expect(box.textContent).not.toContain('your description of the facts');
  });
});
