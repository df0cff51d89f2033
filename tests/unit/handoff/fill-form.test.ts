// @vitest-environment happy-dom
/**
 * The form filler against the fixture "official" forms (`tests/fixtures/forms/`), in happy-dom:
 * which control each pack field lands in, and everything it must never touch. happy-dom has no
 * layout: a minimal one is stubbed (every box 100×20 on screen, except what the fixtures' `.offscreen`
 * class moves away); the Chromium e2e test runs the same fixtures with real layout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFill, collectControls, fillDocument, type FillField } from '@/utils/handoff/fill-form';

const FORMS = join(__dirname, '../../fixtures/forms');
const ISO = '2026-11-20T14:05:00.000Z';

function load(name: string) {
  const parsed = new DOMParser().parseFromString(readFileSync(join(FORMS, name), 'utf8'), 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}
const fill = (fields: FillField[]) => fillDocument(fields);
const $ = <T extends Element = HTMLInputElement>(selector: string) => document.querySelector(selector) as unknown as T;
const pad = (n: number) => String(n).padStart(2, '0');
const d = new Date(ISO);
const localDate = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = `${pad(d.getHours())}:${pad(d.getMinutes())}`;

const FIELDS: FillField[] = [
  { key: 'url', label: 'Adresse (URL) du contenu', value: 'https://x.com/a/status/1', kind: 'url' },
  { key: 'seenAt', label: 'Vu le', value: '20 nov. 2026, 15:05', iso: ISO, kind: 'datetime' },
  { key: 'description', label: 'Description des faits', value: 'Ligne 1\nLigne 2', kind: 'longtext' },
  { key: 'category', label: 'Type de contenu', value: 'Terrorisme : provocation ou apologie', kind: 'text' },
  { key: 'author', label: 'Auteur', value: '@exemple_compte', kind: 'text' },
  { key: 'email', label: 'E-mail', value: 'moi@example.org', kind: 'email' },
  { key: 'name', label: 'Nom', value: 'Camille Dupont', kind: 'text' },
];

function stubLayout() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const x = this.closest('.offscreen') ? -9999 : 0;
    const [width, height] = this === document.documentElement ? [1280, 800] : [100, 20];
    return { x, y: 0, left: x, top: 0, right: x + width, bottom: height, width, height, toJSON: () => ({}) };
  });
}

describe('fillDocument', () => {
  beforeEach(() => {
    stubLayout();
    load('labels.html');
  });

  it('labels wrapping their inputs: each field in its own control, events fired', () => {
    const events: string[] = [];
    $('[name=u]').addEventListener('input', () => events.push('input'));
    $('[name=u]').addEventListener('change', () => events.push('change'));
    const report = fill(FIELDS);
    expect($('[name=u]').value).toBe('https://x.com/a/status/1');
    expect($('[name=quand]').value).toBe(`${localDate}T${localTime}`);
    expect($<HTMLTextAreaElement>('[name=txt]').value).toBe('Ligne 1\nLigne 2');
    expect($('[name=who]').value).toBe('@exemple_compte');
    expect($('[name=m]').value).toBe('moi@example.org');
    expect($('[name=n]').value).toBe('Camille Dupont');
    expect(events).toEqual(['input', 'change']);
    expect(report.filled.map((f) => f.key).sort()).toEqual(['author', 'description', 'email', 'name', 'seenAt', 'url']);
    expect(report.filled.find((f) => f.key === 'url')?.label).toBe('Adresse (URL) du contenu');
    expect(report.unmatched.map((f) => f.key)).toEqual(['category']);
    expect($('[name=u]').style.getPropertyValue('outline')).toContain('solid');
  });

  it('never touches passwords, hidden, read-only, disabled, trap, captcha or consent fields', () => {
    const report = fill(FIELDS);
    expect($('[name=pw]').value).toBe('');
    expect($('[name=token]').value).toBe('t0k3n');
    expect($('[name=ref]').value).toBe('A-123');
    expect($('[name=c2]').value).toBe('');
    expect($('[name=website]').value).toBe('');
    expect($<HTMLTextAreaElement>('[name=desc2]').value).toBe(''); // off-screen honeypot
    expect($<HTMLTextAreaElement>('[name=g-recaptcha-response]').value).toBe('');
    expect($('[name=rgpd]').checked).toBe(false);
    const reasons = report.leftForUser.map((l) => l.reason);
    expect(reasons).toEqual(expect.arrayContaining(['captcha', 'consent', 'submit']));
    expect(report.leftForUser.find((l) => l.reason === 'consent')?.label).toMatch(/J’accepte/);
    // A box is outlined through its label (what a person sees of it).
    expect($<HTMLLabelElement>('label:has([name=rgpd])').style.getPropertyValue('outline')).toContain('dashed');
  });

  it('never submits, and clicks nothing but the boxes it ticks', () => {
    let submitted = 0;
    const clicked: string[] = [];
    document.addEventListener('submit', () => submitted++, true);
    document.addEventListener('click', (e) => clicked.push((e.target as HTMLInputElement).type), true);
    fill(FIELDS);
    expect(submitted).toBe(0);
    expect(clicked.every((type) => type === 'checkbox' || type === 'radio')).toBe(true);
  });

  it('does not overwrite what the user typed', () => {
    $('[name=who]').value = 'typed by hand';
    const report = fill(FIELDS);
    expect($('[name=who]').value).toBe('typed by hand');
    expect(report.leftForUser).toContainEqual({ reason: 'kept', label: 'Pseudo de l’auteur' });
    expect(report.filled.map((f) => f.key)).not.toContain('author');
  });

  it('for/id pairs: picks the category option, splits a moment into date and time inputs', () => {
    load('for-id.html');
    const report = fill(FIELDS);
    expect($<HTMLSelectElement>('#f-cat').value).toBe('terrorisme-fr');
    expect($('#f-url').value).toBe('https://x.com/a/status/1');
    expect($('#f-date').value).toBe(localDate);
    expect($('#f-time').value).toBe(localTime);
    expect($<HTMLTextAreaElement>('#f-msg').value).toBe('Ligne 1\nLigne 2');
    expect(report.leftForUser.map((l) => l.reason)).toEqual(expect.arrayContaining(['choice', 'file', 'submit']));
    expect(report.leftForUser.find((l) => l.reason === 'choice')?.label).toMatch(/personne visée/);
    expect([...document.querySelectorAll<HTMLInputElement>('[name=victime]')].some((r) => r.checked)).toBe(false);
  });

  it('for/id pairs: an English category picks the English option; an unknown one leaves the select alone', () => {
    load('for-id.html');
    fill([{ key: 'category', label: 'Type', value: 'Terrorism: incitement or glorification', kind: 'text' }]);
    expect($<HTMLSelectElement>('#f-cat').value).toBe('terrorism-en');
    load('for-id.html');
    const report = fill([{ key: 'category', label: 'Type', value: 'Escroquerie', kind: 'text' }]);
    expect($<HTMLSelectElement>('#f-cat').value).toBe('');
    expect(report.unmatched.map((u) => u.key)).toEqual(['category']);
    expect(report.leftForUser).toContainEqual({ reason: 'required', label: 'Catégorie' });
  });

  it('ARIA labels only (aria-label, aria-labelledby, placeholder)', () => {
    load('aria.html');
    const report = fill(FIELDS);
    expect($('[name=x1]').value).toBe('https://x.com/a/status/1');
    expect($('[name=x2]').value).toBe('20 nov. 2026, 15:05');
    expect($<HTMLTextAreaElement>('[name=x3]').value).toBe('Ligne 1\nLigne 2');
    expect($('[name=x4]').value).toBe('@exemple_compte');
    expect($('[name=x5]').value).toBe('');
    expect(report.filled.find((f) => f.key === 'description')?.label).toBe('Vos commentaires (en quelques lignes)');
  });

  it('a two-step form: fills the visible step, counts the hidden one, fills it once shown', () => {
    load('two-step.html');
    const first = fill(FIELDS);
    expect(first.filled.map((f) => f.key).sort()).toEqual(['category', 'url']);
    expect(first.hiddenControls).toBe(2);
    expect($<HTMLTextAreaElement>('#s-desc').value).toBe('');
    $('#step-1').hidden = true;
    $('#step-2').hidden = false;
    const second = fill(FIELDS);
    expect(second.filled.map((f) => f.key).sort()).toEqual(['description', 'seenAt']);
    expect($<HTMLTextAreaElement>('#s-desc').value).toBe('Ligne 1\nLigne 2');
    expect($('#s-when').value).toBe(`${localDate}T${localTime}`);
  });

  it('a page that is not a form: nothing filled, nothing visible to fill', () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Bonjour' }));
    const report = fill(FIELDS);
    expect(report.filled).toEqual([]);
    expect(report.visibleControls).toBe(0);
    expect(report.unmatched).toHaveLength(FIELDS.length);
  });

  it('collect and apply are self-contained: their source names nothing from outside (serialised into the page)', () => {
    for (const fn of [collectControls, applyFill]) {
      const source = fn.toString();
      expect(source).not.toMatch(/\bimport\b|require\(|__vite|\bz\./);
      expect(source).not.toMatch(/FILL_SYNONYMS|fillReportSchema|collectedSchema|matchFields|labelScore/);
    }
  });
});

describe('fillDocument: one moment per date and time pair', () => {
  it('fills a date input and a time input from the same field, even when their labels differ', () => {
    const parsed = new DOMParser().parseFromString(
      `<form>
        <label for="d">Date de publication ou de constatation</label><input id="d" type="date" />
        <label for="h">Heure</label><input id="h" type="time" />
      </form>`,
      'text/html',
    );
    document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
    const published = '2025-03-03T09:15:00.000Z';
    const seen = '2026-11-28T16:40:00.000Z';
    fillDocument([
      { key: 'publishedAt', label: 'Publié le', value: published, kind: 'datetime', iso: published },
      { key: 'seenAt', label: 'Vu le', value: seen, kind: 'datetime', iso: seen },
    ]);
    const d = new Date(published);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect((document.getElementById('d') as HTMLInputElement).value).toBe(
      `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    );
    expect((document.getElementById('h') as HTMLInputElement).value).toBe(
      `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    );
  });
});
