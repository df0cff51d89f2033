// @vitest-environment happy-dom
/**
 * The side panel's fill result, in French and English: per pack field, filled (where), refused
 * (what to shorten or change) or left (copy it); what is left to the user, naming the form's own
 * send button; the next step only when the form has one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { FillResult } from '@/entrypoints/sidepanel/App';
import type { FillReport } from '@/utils/handoff/fill-form';
import { useLocale } from '../format/fake-i18n';

const REPORT: FillReport = {
  filled: [
    { key: 'url', label: 'Adresse URL du contenu' },
    { key: 'category', label: 'Catégorie du contenu' },
  ],
  refused: [
    { key: 'description', label: 'Commentaire', reason: 'too-long', length: 83, limit: 50 },
    { key: 'seenAt', label: 'Date', reason: 'range', length: 10, min: '2026-01-01', max: '2026-06-30' },
    { key: 'author', label: 'Identifiant', reason: 'pattern', length: 8 },
  ],
  leftForUser: [
    { reason: 'custom', label: 'Département' },
    { reason: 'submit', label: 'Envoyer le signalement' },
  ],
  unmatched: [{ key: 'place', label: 'Lieu' }],
  hiddenControls: 5,
  visibleControls: 12,
  nextStep: false,
};

let root: HTMLElement;
beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const show = (report: FillReport) => render(<FillResult outcome={{ kind: 'done', report }} host="forms.test" />, root);
const item = (list: string, key: string) => root.querySelector(`[data-testid=${list}] [data-key=${key}]`)?.textContent;

describe('the fill result in the side panel', () => {
  it('in French: each field filled, refused with what to change, or left', () => {
    useLocale('fr');
    show(REPORT);
    expect(item('filled', 'url')).toBe('Adresse URL du contenu');
    expect(item('refused', 'description')).toBe(
      'Commentaire — 83 caractères, le formulaire en accepte 50 : raccourcissez de 33 caractères.',
    );
    expect(item('refused', 'seenAt')).toContain('de 2026-01-01 à 2026-06-30');
    expect(item('refused', 'author')).toContain('autre format');
    expect(item('unmatched', 'place')).toBe('Lieu');
    const left = [...root.querySelectorAll('[data-testid=left-for-user] li')].map((l) => l.textContent);
    expect(left).toEqual([
      'Liste à choisir vous-même (Vigie ne remplit pas ce type de liste) — Département',
      'Relisez, puis envoyez vous-même avec le bouton « Envoyer le signalement »',
    ]);
    // Hidden controls but no next step: none announced.
    expect(root.textContent).not.toContain('étape suivante');
  });

  it('in English, with a next step', () => {
    useLocale('en');
    show({ ...REPORT, nextStep: true });
    expect(item('refused', 'description')).toBe(
      'Commentaire — 83 characters, the form accepts 50: shorten it by 33 characters.',
    );
    expect(item('refused', 'seenAt')).toContain('from 2026-01-01 to 2026-06-30');
    expect(root.querySelector('[data-reason=submit]')?.textContent).toBe(
      'Check, then send it yourself with the “Envoyer le signalement” button',
    );
    expect(root.textContent).toContain('after the next step');
  });
});
