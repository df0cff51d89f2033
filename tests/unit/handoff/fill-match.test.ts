/**
 * `matchFields`, pure, on tables of real label shapes: French and English labels, the French
 * State's design system (hint-free labels, legends of box groups), ARIA names, placeholders,
 * custom selects, decoys that only look like the field, and hidden look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { labelScore, matchFields, type Collected, type Control, type FillField } from '@/utils/handoff/fill-form';
import type { PackFieldKey } from '@/utils/handoff/types';

const ISO = '2026-11-20T14:05:00.000Z';
const FIELDS: Record<string, FillField> = {
  url: { key: 'url', label: 'Adresse', value: 'https://x.com/a/status/1', kind: 'url' },
  pageUrl: { key: 'pageUrl', label: 'Page', value: 'https://x.com/a', kind: 'url' },
  place: { key: 'place', label: 'Lieu', value: 'X (Twitter)', kind: 'text' },
  seenAt: { key: 'seenAt', label: 'Vu le', value: '20 nov. 2026, 15:05', iso: ISO, kind: 'datetime' },
  publishedAt: {
    key: 'publishedAt',
    label: 'Publié le',
    value: '3 mars 2025',
    iso: '2025-03-03T09:15:00Z',
    kind: 'datetime',
  },
  author: { key: 'author', label: 'Auteur', value: '@exemple', kind: 'text' },
  description: { key: 'description', label: 'Description', value: 'Ligne 1\nLigne 2', kind: 'longtext' },
  category: {
    key: 'category',
    label: 'Catégorie',
    value: 'Terrorism: incitement or glorification',
    kind: 'text',
    texts: { fr: 'Terrorisme : provocation ou apologie', en: 'Terrorism: incitement or glorification' },
  },
  name: { key: 'name', label: 'Nom', value: 'Camille Dupont', kind: 'text' },
  email: { key: 'email', label: 'E-mail', value: 'camille@example.org', kind: 'email' },
};
const ALL = Object.keys(FIELDS);

let nextId = 0;
function control(c: Partial<Control>): Control {
  return {
    id: nextId++,
    type: 'text',
    label: '',
    aria: '',
    placeholder: '',
    name: '',
    autocomplete: '',
    legend: '',
    group: '',
    options: [],
    value: '',
    checked: false,
    hidden: null,
    disabled: false,
    readOnly: false,
    required: false,
    maxLength: null,
    minLength: null,
    pattern: '',
    min: '',
    max: '',
    captcha: false,
    form: 0,
    ...c,
  };
}
const CATEGORY_OPTIONS = ['Haine', 'Terrorism', 'Terrorisme', 'Autre'].map((text) => ({
  value: text.toLowerCase(),
  text,
  disabled: false,
}));
function boxes(type: 'radio' | 'checkbox', legend: string, labels: string[]): Partial<Control>[] {
  return labels.map((label) => ({ type, legend, label, group: `${type}:0:g` }));
}

interface Row {
  shape: string;
  controls: Partial<Control>[];
  /** The key each control receives (null: nothing), in order. */
  expect: (PackFieldKey | null)[];
  fields?: string[];
  lang?: string;
}

const rows: Row[] = [
  // French labels
  { shape: 'FR url label', controls: [{ type: 'url', label: 'Adresse URL du contenu' }], expect: ['url'] },
  { shape: 'FR link', controls: [{ label: 'Lien vers le contenu' }], expect: ['url'] },
  { shape: 'FR page address', controls: [{ type: 'url', label: 'URL de la page' }], expect: ['pageUrl'] },
  { shape: 'FR date of facts', controls: [{ type: 'date', label: 'Date des faits' }], expect: ['seenAt'] },
  { shape: 'FR time', controls: [{ type: 'time', label: 'Heure' }], expect: ['seenAt'] },
  { shape: 'FR publication date', controls: [{ type: 'date', label: 'Date de publication' }], expect: ['publishedAt'] },
  { shape: 'FR place', controls: [{ label: 'Lieu' }], expect: ['place'] },
  { shape: 'FR platform', controls: [{ label: 'Plateforme ou réseau social' }], expect: ['place'] },
  { shape: 'FR author', controls: [{ label: 'Pseudo de l’auteur' }], expect: ['author'] },
  { shape: 'FR describe', controls: [{ type: 'textarea', label: 'Décrivez les faits' }], expect: ['description'] },
  { shape: 'FR comment', controls: [{ type: 'textarea', label: 'Commentaire' }], expect: ['description'] },
  {
    shape: 'FR category select',
    controls: [{ type: 'select', label: 'Catégorie', options: CATEGORY_OPTIONS }],
    expect: ['category'],
  },
  { shape: 'FR your name', controls: [{ label: 'Votre nom' }], expect: ['name'] },
  { shape: 'FR name and first name', controls: [{ label: 'Nom et prénom' }], expect: ['name'] },
  { shape: 'FR e-mail, optional', controls: [{ type: 'email', label: 'Courriel (facultatif)' }], expect: ['email'] },
  { shape: 'FR electronic address', controls: [{ type: 'email', label: 'Adresse électronique' }], expect: ['email'] },
  { shape: 'FR your e-mail address', controls: [{ type: 'email', label: 'Votre adresse e-mail' }], expect: ['email'] },
  // DSFR: hint-free labels and legends of box groups
  {
    shape: 'DSFR radio category',
    controls: boxes('radio', 'Catégorie du contenu', ['Haine', 'Terrorisme', 'Autre']),
    expect: [null, 'category', null],
  },
  {
    shape: 'DSFR checkbox category',
    controls: boxes('checkbox', 'Type de contenu', ['Escroquerie', 'Terrorisme', 'Spam']),
    expect: [null, 'category', null],
  },
  {
    shape: 'DSFR radio question',
    controls: boxes('radio', 'Êtes-vous la personne visée ?', ['Oui', 'Non']),
    expect: [null, null],
  },
  { shape: 'DSFR lone checkbox', controls: [{ type: 'checkbox', label: 'Je certifie l’exactitude' }], expect: [null] },
  // ARIA (aria-labelledby with generated ids is read as text by collect), placeholders, names
  { shape: 'aria-labelledby link', controls: [{ aria: 'Lien de la page en cause' }], expect: ['url'] },
  { shape: 'aria-label when', controls: [{ aria: 'Quand avez-vous vu ce contenu ?' }], expect: ['seenAt'] },
  {
    shape: 'aria-labelledby comments + hint',
    controls: [{ type: 'textarea', aria: 'Vos commentaires (en quelques lignes)' }],
    expect: ['description'],
  },
  { shape: 'placeholder only', controls: [{ placeholder: 'Identifiant du profil en cause' }], expect: ['author'] },
  { shape: 'placeholder example url', controls: [{ type: 'url', placeholder: 'https://exemple.fr' }], expect: [null] },
  { shape: 'placeholder e-mail', controls: [{ type: 'email', placeholder: 'Votre e-mail' }], expect: ['email'] },
  { shape: 'name attribute only', controls: [{ type: 'textarea', name: 'description' }], expect: ['description'] },
  { shape: 'identity never from a name attribute', controls: [{ type: 'email', name: 'email' }], expect: [null] },
  { shape: 'postal code', controls: [{ aria: 'Code postal' }], expect: [null] },
  // Custom selects: left to the user
  { shape: 'combobox', controls: [{ type: 'combobox', aria: 'Catégorie' }], expect: [null] },
  { shape: 'listbox', controls: [{ type: 'listbox', aria: 'Type de contenu' }], expect: [null] },
  // English-only labels
  { shape: 'EN link', controls: [{ label: 'Link to the content' }], expect: ['url'] },
  { shape: 'EN when', controls: [{ label: 'When did you see it?' }], expect: ['seenAt'] },
  { shape: 'EN describe', controls: [{ type: 'textarea', label: 'Describe what happened' }], expect: ['description'] },
  { shape: 'EN your name', controls: [{ label: 'Your name' }], expect: ['name'] },
  { shape: 'EN full name', controls: [{ label: 'Full name (required)' }], expect: ['name'] },
  { shape: 'EN email address', controls: [{ type: 'email', label: 'Email address' }], expect: ['email'] },
  { shape: 'EN username', controls: [{ label: 'Username of the account' }], expect: ['author'] },
  {
    shape: 'EN type of content',
    controls: [{ type: 'select', label: 'Type of content', options: CATEGORY_OPTIONS }],
    expect: ['category'],
  },
  // Decoys
  { shape: 'name of the page', controls: [{ label: 'Nom de la page qui vous a redirigé' }], expect: [null] },
  {
    shape: 'newsletter by mail',
    controls: [{ type: 'email', label: 'Recevez notre newsletter par mail' }],
    expect: [null],
  },
  { shape: 'EN newsletter', controls: [{ type: 'email', label: 'Subscribe to our newsletter' }], expect: [null] },
  { shape: 'postal address', controls: [{ label: 'Adresse postale' }], expect: [null] },
  { shape: 'honeypot words', controls: [{ type: 'textarea', label: 'Description (ne pas remplir)' }], expect: [null] },
  { shape: 'family name', controls: [{ label: 'Nom de famille' }], expect: [null] },
  { shape: 'name of the site', controls: [{ label: 'Nom du site' }], expect: ['place'] },
  { shape: 'password', controls: [{ type: 'password', label: 'Mot de passe du compte' }], expect: [null] },
  { shape: 'site search', controls: [{ type: 'search', aria: 'Rechercher sur le site' }], expect: [null] },
  {
    shape: 'a date never into "Lieu"',
    controls: [{ label: 'Lieu' }],
    fields: ['seenAt', 'publishedAt'],
    expect: [null],
  },
  { shape: 'long text never into a line', controls: [{ label: 'Message' }], fields: ['description'], expect: [null] },
  { shape: 'an url never into an e-mail box', controls: [{ type: 'email', label: 'Adresse' }], expect: [null] },
  { shape: 'phone', controls: [{ type: 'tel', label: 'Téléphone' }], expect: [null] },
  // Hidden look-alikes: a visible field always wins, a hidden one gets nothing
  {
    shape: 'hidden url first',
    controls: [{ type: 'url', label: 'Adresse URL du contenu', hidden: 'opacity' }, { label: 'Lien' }],
    expect: [null, 'url'],
  },
  {
    shape: 'covered description first',
    controls: [
      { type: 'textarea', label: 'Description', hidden: 'covered' },
      { type: 'textarea', label: 'Vos remarques ou message' },
    ],
    expect: [null, 'description'],
  },
  {
    shape: 'clipped name',
    controls: [{ label: 'Votre nom', hidden: 'clip' }, { label: 'Nom complet' }],
    expect: [null, 'name'],
  },
  {
    shape: 'off-screen only',
    controls: [{ type: 'textarea', label: 'Commentaire', hidden: 'offscreen' }],
    expect: [null],
  },
  { shape: 'zero size only', controls: [{ type: 'email', label: 'Courriel', hidden: 'size' }], expect: [null] },
  { shape: 'display none only', controls: [{ label: 'Lieu', hidden: 'display' }], expect: [null] },
  {
    shape: 'hidden box in a group',
    controls: [
      { type: 'radio', legend: 'Catégorie', label: 'Terrorisme', group: 'radio:0:c', hidden: 'visibility' },
      { type: 'radio', legend: 'Catégorie', label: 'Terrorisme : provocation', group: 'radio:0:c' },
    ],
    expect: [null, 'category'],
  },
];

function run(row: Row) {
  const controls = row.controls.map(control);
  const collected: Collected = {
    token: 't',
    lang: row.lang ?? 'fr',
    controls,
    forms: [{ lang: row.lang ?? 'fr', submit: 'Envoyer', next: false }],
    captchaFrames: [],
  };
  const plan = matchFields(
    collected,
    (row.fields ?? ALL).map((k) => FIELDS[k]!),
  );
  return { plan, got: controls.map((c) => plan.steps.find((s) => s.id === c.id)?.key ?? null) };
}

describe('matchFields on label shapes', () => {
  it('has at least 40 shapes', () => expect(rows.length).toBeGreaterThanOrEqual(40));
  it.each(rows)('$shape', (row) => {
    expect(run(row).got).toEqual(row.expect);
  });
});

describe('matchFields: values and what is left', () => {
  it('picks the option in the form’s language first, then any', () => {
    const row = {
      shape: '',
      controls: [{ type: 'select', label: 'Catégorie', options: CATEGORY_OPTIONS }],
      expect: [],
    };
    expect(run(row).plan.steps[0]?.value).toBe('terrorisme');
    expect(run({ ...row, lang: 'en' }).plan.steps[0]?.value).toBe('terrorism');
    expect(run({ ...row, lang: 'de' }).plan.steps[0]?.value).toBe('terrorism'); // the pack's own value
  });

  it('a choice goes into a text box in the form’s own words', () => {
    const pharos: FillField = {
      key: 'category',
      label: 'Category',
      value: 'Terrorism (« Terrorisme »)',
      kind: 'choice',
      choice: 'Terrorisme',
      texts: { en: 'Terrorisme', fr: 'Terrorisme' },
    };
    const plan = matchFields(
      { token: 't', lang: 'fr', controls: [control({ label: 'Catégorie' })], forms: [], captchaFrames: [] },
      [pharos],
    );
    expect(plan.steps.map((s) => s.value)).toEqual(['Terrorisme']);
  });

  it('a date input gets the local day, a time input the local time of the same moment', () => {
    const { plan } = run({
      shape: '',
      controls: [
        { type: 'date', label: 'Date' },
        { type: 'time', label: 'Heure' },
      ],
      expect: [],
      fields: ['seenAt'],
    });
    const d = new Date(ISO);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(plan.steps.map((s) => s.value)).toEqual([
      `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    ]);
  });

  it('lists custom selects, files, captchas, unanswered groups and consent for the user, in page order', () => {
    const { plan } = run({
      shape: '',
      controls: [
        { type: 'combobox', aria: 'Département' },
        { type: 'file', label: 'Pièce jointe' },
        { type: 'textarea', name: 'g-recaptcha-response', captcha: true },
        ...boxes('radio', 'Êtes-vous la victime ?', ['Oui', 'Non']),
        { type: 'checkbox', label: 'J’accepte les conditions', group: 'checkbox:-:9' },
        { type: 'text', label: 'Code postal', required: true },
      ],
      expect: [],
    });
    expect(plan.leftForUser).toEqual([
      { reason: 'custom', label: 'Département' },
      { reason: 'file', label: 'Pièce jointe' },
      { reason: 'captcha', label: 'g-recaptcha-response' },
      { reason: 'choice', label: 'Êtes-vous la victime ?' },
      { reason: 'consent', label: 'J’accepte les conditions' },
      { reason: 'required', label: 'Code postal' },
    ]);
    expect(plan.steps).toEqual([]);
  });

  it('names the send button of the form it fills, and a next step only when that form has one', () => {
    const controls = [control({ label: 'Lien', form: 1 })];
    const forms = [
      { lang: 'fr', submit: 'Rechercher', next: true },
      { lang: 'fr', submit: 'Envoyer le signalement', next: false },
    ];
    const plan = matchFields({ token: 't', lang: 'fr', controls, forms, captchaFrames: [] }, [FIELDS.url!]);
    expect(plan).toMatchObject({ submit: 'Envoyer le signalement', nextStep: false });
  });

  it('scores whole words, and the share of the label they cover', () => {
    expect(labelScore('email', 'Recevez notre newsletter par mail')).toBe(0);
    expect(labelScore('name', 'Nom de la page qui vous a redirigé')).toBe(0);
    expect(labelScore('url', 'Urlencoded')).toBe(0);
    expect(labelScore('place', 'Lieu')).toBeGreaterThan(labelScore('place', 'Lieu de naissance ou site'));
    expect(labelScore('description', 'Commentaire')).toBeGreaterThan(
      labelScore('description', 'Commentaire sur la page'),
    );
  });
});
