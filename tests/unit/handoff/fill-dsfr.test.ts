// @vitest-environment happy-dom
/**
 * The filler on a form built like PHAROS's of 2025 with the French State's design system
 * (`tests/fixtures/forms/dsfr.html`): hint text in labels, category boxes in a fieldset with a
 * legend, a custom select, and decoys nobody can see (display, inherited opacity, clip-path,
 * pushed far right, under an overlay) or that only look like identity fields.
 *
 * happy-dom computes styles but has no layout: a small one is stubbed — each element on its own
 * 4-pixel row in document order, 300 pixels wide; `.decoy-right` 5,000 pixels to the right; and
 * `elementFromPoint` answers the overlay for whatever lies under it (`.cover-wrap`). The Chromium
 * e2e test runs the same page with real layout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectControls, collectedSchema, fillDocument, type FillField } from '@/utils/handoff/fill-form';

const FORMS = join(__dirname, '../../fixtures/forms');
const ISO = '2026-11-20T14:05:00.000Z';
const DESCRIPTION = 'Un message qui appelle à commettre un attentat.\nPublié ce matin, partagé 300 fois.';

function load(name: string) {
  const parsed = new DOMParser().parseFromString(readFileSync(join(FORMS, name), 'utf8'), 'text/html');
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}
const $ = <T extends Element = HTMLInputElement>(selector: string) => document.querySelector(selector) as unknown as T;
const pad = (n: number) => String(n).padStart(2, '0');
const d = new Date(ISO);
const localDate = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = `${pad(d.getHours())}:${pad(d.getMinutes())}`;

const ROW = 4;
function stubLayout() {
  const all = () => [...document.querySelectorAll('*')];
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this === document.documentElement)
      return { x: 0, y: 0, left: 0, top: 0, right: 1280, bottom: 800, width: 1280, height: 800, toJSON: () => ({}) };
    const top = all().indexOf(this) * ROW;
    const x = this.closest('.decoy-right') ? 5000 : 0;
    return { x, y: top, left: x, top, right: x + 300, bottom: top + ROW, width: 300, height: ROW, toJSON: () => ({}) };
  });
  vi.spyOn(document, 'elementFromPoint').mockImplementation((x: number, y: number) => {
    if (x >= 300) return null;
    const el = all()[Math.floor(y / ROW)] ?? null;
    return el?.closest('.cover-wrap')?.querySelector('.overlay') ?? el;
  });
}

/** What the test channel's pack gives (category, moment, address, description), plus identity and place. */
const FIELDS: FillField[] = [
  {
    key: 'category',
    label: 'Type of content',
    value: 'Terrorism: incitement or glorification',
    kind: 'text',
    texts: { en: 'Terrorism: incitement or glorification', fr: 'Terrorisme : provocation ou apologie' },
  },
  { key: 'seenAt', label: 'Seen on', value: '20 Nov 2026, 15:05', iso: ISO, kind: 'datetime' },
  { key: 'url', label: 'Address', value: 'https://x.com/a/status/1', kind: 'url' },
  { key: 'description', label: 'Description', value: DESCRIPTION, kind: 'longtext' },
];
const IDENTITY: FillField[] = [
  { key: 'name', label: 'Name', value: 'Camille Dupont', kind: 'text' },
  { key: 'email', label: 'E-mail', value: 'camille@example.org', kind: 'email' },
];

describe('a DSFR form shaped like PHAROS 2025', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    load('dsfr.html');
    stubLayout();
  });

  it('collects labels without hint text, legends, limits, and why each decoy is not seen', () => {
    const { controls, forms, lang } = collectedSchema.parse(collectControls());
    const byName = (name: string) => controls.find((c) => c.name === name)!;
    expect(lang).toBe('fr');
    expect(byName('date').label).toBe('Date de publication ou de constatation');
    expect(byName('lieu').label).toBe('Lieu');
    expect(byName('commentaire')).toMatchObject({ label: 'Commentaire', maxLength: 50, type: 'textarea' });
    expect(controls.find((c) => c.value === 'terrorisme')).toMatchObject({
      type: 'checkbox',
      label: 'Terrorisme',
      legend: 'Catégorie du contenu',
      hidden: null, // the box is invisible, its label is seen
    });
    expect(controls.find((c) => c.type === 'combobox')).toMatchObject({ aria: 'Département', hidden: null });
    expect(
      Object.fromEntries(['d-url', 'd-quand', 'd-lien', 'd-desc-right', 'd-desc'].map((n) => [n, byName(n).hidden])),
    ).toEqual({
      'd-url': 'display',
      'd-quand': 'opacity',
      'd-lien': 'clip',
      'd-desc-right': 'offscreen',
      'd-desc': 'covered',
    });
    for (const c of controls.filter((c) => !c.name.startsWith('d-'))) expect(c.hidden, c.name).toBeNull();
    expect(forms.map((f) => f.submit)).toEqual(['Rechercher', 'Envoyer le signalement']);
    expect(forms.some((f) => f.next)).toBe(false);
  });

  it('fills what a person sees, where it belongs; refuses a description longer than maxlength', () => {
    const events: string[] = [];
    $('#cat-terrorisme').addEventListener('change', () => events.push('change'));
    const clicked: string[] = [];
    let submitted = 0;
    document.addEventListener('click', (e) => clicked.push((e.target as Element).id), true);
    document.addEventListener('submit', () => submitted++, true);
    const report = fillDocument([...FIELDS, ...IDENTITY]);

    // The category box of the form's own language, by its legend and label; one box only.
    expect($('#cat-terrorisme').checked).toBe(true);
    expect([...document.querySelectorAll<HTMLInputElement>('[name=categorie]')].filter((c) => c.checked)).toHaveLength(
      1,
    );
    expect(events).toEqual(['change']);
    expect($('#date').value).toBe(localDate);
    expect($('#heure').value).toBe(localTime);
    expect($('#url').value).toBe('https://x.com/a/status/1');
    expect($('#nom').value).toBe('Camille Dupont');
    expect($('#courriel').value).toBe('camille@example.org');
    // Refused, not cut: the panel says by how much to shorten it.
    expect($<HTMLTextAreaElement>('#commentaire').value).toBe('');
    expect(report.refused).toEqual([
      { key: 'description', label: 'Commentaire', reason: 'too-long', length: DESCRIPTION.length, limit: 50 },
    ]);
    // Untouched: the place field (no date in it), decoys, search box, look-alike identity fields.
    for (const sel of [
      '#lieu',
      '#redirection',
      '#newsletter',
      '[name=q]',
      '[name=q2]',
      '#d-url',
      '#d-quand',
      '#d-lien',
    ])
      expect($(sel).value, sel).toBe('');
    for (const sel of ['#d-desc-right', '#d-desc']) expect($<HTMLTextAreaElement>(sel).value, sel).toBe('');
    expect($('#victime-oui').checked || $('#victime-non').checked).toBe(false);
    expect($('#certifie').checked).toBe(false);

    expect(report.filled.map((f) => f.key).sort()).toEqual(['category', 'email', 'name', 'seenAt', 'seenAt', 'url']);
    expect(report.filled.find((f) => f.key === 'category')?.label).toBe('Catégorie du contenu');
    expect(report.leftForUser).toEqual(
      expect.arrayContaining([
        { reason: 'custom', label: 'Département' },
        { reason: 'choice', label: 'Êtes-vous la personne visée ?' },
        { reason: 'consent', label: 'Je certifie l’exactitude des informations' },
        { reason: 'submit', label: 'Envoyer le signalement' },
      ]),
    );
    expect(report.leftForUser.filter((l) => l.reason === 'submit')).toHaveLength(1);
    expect(report.unmatched).toEqual([]);
    expect(report.hiddenControls).toBe(5);
    expect(report.nextStep).toBe(false);
    // The one box ticked was clicked, as a person would; nothing else, and nothing sent.
    expect(clicked).toEqual(['cat-terrorisme']);
    expect(submitted).toBe(0);
  });

  it('a place goes into "Lieu", never a moment; no identity when the pack has none', () => {
    const report = fillDocument([...FIELDS, { key: 'place', label: 'Lieu', value: 'X (Twitter)', kind: 'text' }]);
    expect($('#lieu').value).toBe('X (Twitter)');
    expect($('[name=q2]').value).toBe(''); // "Lieu ou site à rechercher", in the site's search form
    expect($('#nom').value).toBe('');
    expect($('#courriel').value).toBe('');
    expect(report.filled.filter((f) => f.key === 'place')).toEqual([{ key: 'place', label: 'Lieu' }]);
  });

  it('picks options in the form’s own language: a box labelled "Terrorism" and one "Terrorisme"', () => {
    $('label[for=cat-terrorisme]').textContent = 'Terrorism';
    $('label[for=cat-menaces]').textContent = 'Terrorisme';
    fillDocument(FIELDS); // the page says lang="fr"
    expect([$('#cat-terrorisme').checked, $('#cat-menaces').checked]).toEqual([false, true]);
    $('#cat-menaces').checked = false;
    document.documentElement.setAttribute('lang', 'en-GB');
    fillDocument(FIELDS);
    expect([$('#cat-terrorisme').checked, $('#cat-menaces').checked]).toEqual([true, false]);
  });

  it('the same category asked as radio buttons', () => {
    for (const box of document.querySelectorAll<HTMLInputElement>('[name=categorie]')) box.type = 'radio';
    const report = fillDocument(FIELDS);
    expect([...document.querySelectorAll<HTMLInputElement>('[name=categorie]:checked')].map((r) => r.id)).toEqual([
      'cat-terrorisme',
    ]);
    expect(report.filled).toContainEqual({ key: 'category', label: 'Catégorie du contenu' });
    // Answered otherwise by the user: their answer stays.
    $('#cat-terrorisme').checked = false;
    $('#cat-menaces').checked = true;
    const again = fillDocument(FIELDS);
    expect($('#cat-menaces').checked).toBe(true);
    expect($('#cat-terrorisme').checked).toBe(false);
    expect(again.leftForUser).toContainEqual({ reason: 'kept', label: 'Catégorie du contenu' });
  });

  it('leaves alone what the user already ticked or typed', () => {
    $('#cat-injure').checked = true;
    $('#url').value = 'https://typed.example/';
    const report = fillDocument(FIELDS);
    expect($('#url').value).toBe('https://typed.example/');
    expect(report.leftForUser).toContainEqual({ reason: 'kept', label: 'Adresse URL du contenu' });
    // The user's box stays, alone: Vigie adds none to their answer.
    expect($('#cat-injure').checked).toBe(true);
    expect($('#cat-terrorisme').checked).toBe(false);
    expect(report.leftForUser).toContainEqual({ reason: 'kept', label: 'Catégorie du contenu' });
    expect(report.unmatched).toEqual([]);
  });
});
