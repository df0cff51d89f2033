/**
 * Step 2 of "Fill the visible fields", pure: which pack value goes into which control the form
 * shows (`collectControls`), and what is left to the user. Runs in the extension, never in the page.
 *
 * - Only controls a person can see are filled; hidden look-alikes are counted, never used.
 * - Labels are read as a person reads them and matched by whole words, with a score: the share of
 *   the label's words that the field's words cover, the `<label>` and ARIA name before the
 *   placeholder, the placeholder before the `name` attribute (used only when nothing is shown).
 * - Identity (name, e-mail) goes only into a field whose whole label asks for it ("Votre nom",
 *   "Courriel (facultatif)"), never into "Nom de la page qui vous a redirigé" or "Recevez notre
 *   newsletter par mail". A label that says not to fill it, or offers a newsletter, gets nothing.
 * - A value goes only into a control of its kind: a moment into a date/time input or a text box
 *   labelled as a moment; an e-mail into an e-mail or text box; long text with line breaks only
 *   into a text area; a choice into a `<select>`, a radio or checkbox group (by its legend and
 *   option labels, in the form's own language first), or a text box.
 * - Custom selects (`role=combobox`/`listbox`), captchas, files, consent boxes and unanswered
 *   groups are left to the user, with the form's own send button named last.
 */
import type { PackFieldKey, PackFieldKind } from './types';

/** The part of a pack field the filler needs (plain JSON). */
export interface FillField {
  key: PackFieldKey;
  label: string;
  value: string;
  kind: PackFieldKind;
  choice?: string;
  iso?: string;
  /** The same value (or choice) per language, to pick an option in the form's own language. */
  texts?: Partial<Record<'fr' | 'en', string>>;
}

export type HiddenBy = 'attribute' | 'display' | 'visibility' | 'opacity' | 'clip' | 'size' | 'offscreen' | 'covered';

/** One control as `collectControls` saw it (after validation). */
export interface Control {
  id: number;
  type: string;
  label: string;
  aria: string;
  placeholder: string;
  name: string;
  autocomplete: string;
  legend: string;
  group: string;
  options: { value: string; text: string; disabled: boolean }[];
  value: string;
  checked: boolean;
  hidden: HiddenBy | null;
  disabled: boolean;
  readOnly: boolean;
  required: boolean;
  maxLength: number | null;
  minLength: number | null;
  pattern: string;
  min: string;
  max: string;
  captcha: boolean;
  form: number;
}

export interface Collected {
  token: string;
  lang: string;
  controls: Control[];
  forms: { lang: string; submit: string | null; next: boolean }[];
  captchaFrames: string[];
}

export const leftReasons = ['consent', 'choice', 'captcha', 'file', 'required', 'kept', 'submit', 'custom'] as const;
export type LeftReason = (typeof leftReasons)[number];

/** One write to make: a value into a control, or a box to tick. */
export interface PlannedStep {
  id: number;
  value: string;
  check: boolean;
  key: PackFieldKey;
  /** The form's own label for where it goes. */
  label: string;
}

export interface FillPlan {
  steps: PlannedStep[];
  leftForUser: { reason: LeftReason; label: string }[];
  /** Pack fields with a value that found no visible control of their kind. */
  unmatched: { key: PackFieldKey; label: string }[];
  hiddenControls: number;
  visibleControls: number;
  /** The form shows a "next step" button. */
  nextStep: boolean;
  /** The visible text of the send button of the form being filled, if it has one. */
  submit: string | null;
  /** Controls left to the user, to outline in the page. */
  marks: number[];
}

/**
 * Words a form uses for each field, French and English, written without accents and in lower
 * case (labels are normalised the same way). Matched as whole words.
 */
export const FILL_SYNONYMS: Readonly<Record<PackFieldKey, readonly string[]>> = {
  url: [
    'url',
    'adresse url',
    'adresse du contenu',
    'adresse internet',
    'adresse web',
    'adresse',
    'lien',
    'link',
    'address',
    'web address',
  ],
  pageUrl: ['adresse de la page', 'page url', 'url de la page', 'page address'],
  place: ['lieu', 'ou avez vous vu', 'plateforme', 'platform', 'site', 'where', 'place', 'reseau social'],
  seenAt: [
    'date',
    'heure',
    'time',
    'quand',
    'when',
    'vu le',
    'date des faits',
    'date de constatation',
    'constate le',
    'seen',
    'seen on',
    'observed',
  ],
  publishedAt: [
    'date de publication',
    'publication',
    'publie le',
    'mise en ligne',
    'published',
    'posted',
    'date published',
  ],
  author: [
    'pseudo',
    'auteur',
    'profil',
    'username',
    'user name',
    'nom d utilisateur',
    'compte',
    'account',
    'author',
    'handle',
  ],
  description: [
    'description',
    'decrivez',
    'describe',
    'commentaire',
    'commentaires',
    'comment',
    'comments',
    'message',
    'faits',
    'details',
    'what happened',
    'circonstances',
  ],
  category: [
    'categorie',
    'category',
    'type',
    'type de contenu',
    'nature',
    'motif',
    'reason',
    'infraction',
    'type of content',
  ],
  legalBasis: ['base legale', 'fondement', 'legal basis', 'loi', 'law', 'article'],
  evidence: ['preuves', 'preuve', 'evidence', 'empreintes', 'hash', 'sha 256'],
  name: ['nom', 'name', 'nom complet', 'full name', 'nom et prenom', 'prenom et nom', 'prenom nom', 'nom prenom'],
  email: [
    'e mail',
    'email',
    'mail',
    'courriel',
    'adresse e mail',
    'adresse email',
    'adresse mail',
    'adresse electronique',
    'adresse courriel',
    'email address',
    'e mail address',
  ],
  goodFaith: ['bonne foi', 'good faith'],
  notice: ['notice', 'notification'],
};

/** Identity goes only where the whole label asks for it (these words aside). */
const IDENTITY_KEYS: ReadonlySet<PackFieldKey> = new Set(['name', 'email']);
const IDENTITY_FILLER = new Set([
  'votre',
  'vos',
  'your',
  'facultatif',
  'facultative',
  'optionnel',
  'optionnelle',
  'optional',
  'obligatoire',
  'required',
  'de',
  'du',
  'd',
  'contact',
  'personnel',
  'personnelle',
]);
/** Words that do not count when measuring how much of a label a field's words cover. */
const STOP = new Set([
  ...IDENTITY_FILLER,
  'la',
  'le',
  'les',
  'l',
  'des',
  'un',
  'une',
  'a',
  'au',
  'aux',
  'et',
  'ou',
  'en',
  'sur',
  'par',
  'pour',
  'the',
  'of',
  'an',
  'and',
  'or',
  'in',
  'on',
  'to',
  'for',
  'this',
  'ce',
  'cette',
  'qui',
  'que',
  'vous',
  'you',
  'is',
  'est',
]);
/** A label with these words gets nothing: honeypots, newsletters. */
const DECOY = [
  'newsletter',
  'infolettre',
  'lettre d information',
  'abonner',
  'abonnez',
  'abonnement',
  'subscribe',
  'inscrivez',
  'ne pas remplir',
  'ne rien ecrire',
  'laisser vide',
  'laissez vide',
  'do not fill',
  'leave blank',
  'leave empty',
  'leave this empty',
  'honeypot',
];
/** A field's words that mean something else next to these ("Adresse postale" is no URL). */
const EXCLUDE: Partial<Record<PackFieldKey, readonly string[]>> = {
  url: ['postale', 'postal', 'domicile', 'rue', 'mail', 'email', 'courriel', 'electronique', 'ip', 'telephone'],
  place: ['naissance', 'birth', 'residence', 'domicile'],
  author: ['mot de passe', 'password'],
};

export const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const tokens = (s: string) => (s ? s.split(' ') : []);
const content = (t: string[]) => t.filter((w) => !STOP.has(w));
const hasPhrase = (text: string, phrase: string) => phrase !== '' && ` ${text} `.includes(` ${phrase} `);

/** How well a label asks for a field: 0 (not at all) to ~100 (the whole label is the field's words). */
export function labelScore(key: PackFieldKey, label: string): number {
  const text = norm(label);
  if (!text) return 0;
  if (DECOY.some((d) => hasPhrase(text, d))) return 0;
  if ((EXCLUDE[key] ?? []).some((d) => hasPhrase(text, d))) return 0;
  const words = tokens(text);
  if (IDENTITY_KEYS.has(key)) {
    const core = words.filter((w) => !IDENTITY_FILLER.has(w)).join(' ');
    return FILL_SYNONYMS[key].includes(core) ? 100 : 0;
  }
  const size = Math.max(1, content(words).length);
  let best = 0;
  for (const synonym of FILL_SYNONYMS[key]) {
    const phrase = norm(synonym);
    if (!hasPhrase(text, phrase)) continue;
    const covered = Math.max(1, content(tokens(phrase)).length);
    best = Math.max(best, Math.round((Math.min(covered, size) / size) * 90) + Math.min(tokens(phrase).length, 9));
  }
  return best;
}

const TEXT_TYPES = new Set(['text', '']);
const MOMENT_TYPES = new Set(['date', 'time', 'datetime-local']);
// Never Vigie's: secrets, buttons, and a site's search box.
const NEVER = new Set(['hidden', 'password', 'submit', 'button', 'reset', 'image', 'range', 'color', 'search']);

/** Which kind of value a control takes, or null if none of Vigie's. */
function fits(field: FillField, c: Control): boolean {
  const t = c.type;
  if (MOMENT_TYPES.has(t)) return field.kind === 'datetime' && !!field.iso;
  if (t === 'email') return field.kind === 'email';
  if (t === 'url') return field.kind === 'url';
  if (t === 'select' || t === 'group') return field.kind === 'choice' || field.kind === 'text';
  if (t === 'textarea') return field.kind !== 'email' && field.kind !== 'datetime';
  if (TEXT_TYPES.has(t)) return field.kind !== 'longtext' || !field.value.includes('\n');
  return false; // tel, number, month, week…: nothing of Vigie's
}

const pad = (n: number) => String(n).padStart(2, '0');
function local(iso: string) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** "fr-FR" → "fr"; anything else → "" (no preference). */
const langOf = (lang: string): 'fr' | 'en' | '' => {
  const l = lang.toLowerCase().slice(0, 2);
  return l === 'fr' || l === 'en' ? l : '';
};

/** What to look for among options, the form's own language first. */
function wantedTexts(field: FillField, formLang: string): string[] {
  const lang = langOf(formLang);
  const list: (string | undefined)[] = [];
  if (lang) list.push(field.texts?.[lang]);
  list.push(field.choice, field.value);
  if (field.texts) list.push(field.texts.fr, field.texts.en);
  return [...new Set(list.filter((s): s is string => !!s && !!norm(s)))];
}

/** The option to pick: the exact one, else one whose words are all in the wanted text, else one containing it. */
function pickOption<T>(options: T[], textOf: (o: T) => string, wanted: string[]): T | null {
  for (const w of wanted) {
    const want = norm(w);
    const found =
      options.find((o) => norm(textOf(o)) === want) ??
      options.find((o) => norm(textOf(o)).length >= 4 && hasPhrase(want, norm(textOf(o)))) ??
      options.find((o) => want.length >= 4 && hasPhrase(norm(textOf(o)), want));
    if (found) return found;
  }
  return null;
}

interface Target {
  /** A control, or a radio/checkbox group (its first member's id). */
  id: number;
  type: string;
  sources: { text: string; weight: number }[];
  shown: string;
  form: number;
  control: Control;
  members: Control[];
  order: number;
}

export function matchFields(collected: Collected, fields: FillField[]): FillPlan {
  const leftForUser: FillPlan['leftForUser'] = [];
  const marks: number[] = [];
  const order: number[] = [];
  const left = (reason: LeftReason, label: string, id?: number) => {
    leftForUser.push({ reason, label: label.slice(0, 200) });
    order.push(id ?? -1);
    if (id !== undefined) marks.push(id);
  };
  for (const frame of collected.captchaFrames) left('captcha', frame);

  const targets: Target[] = [];
  const groups = new Map<string, Control[]>();
  let hiddenControls = 0;
  let visibleControls = 0;
  const shownOf = (c: Control) => c.label || c.aria || c.placeholder || c.name;
  const sourcesOf = (c: Control) => {
    const s = [
      { text: c.label, weight: 3 },
      { text: c.aria, weight: 3 },
      { text: c.placeholder, weight: 2 },
    ].filter((x) => x.text);
    return s.length > 0 ? s : [{ text: c.name.replace(/([a-z])([A-Z])/g, '$1 $2'), weight: 1 }];
  };
  for (const c of collected.controls) {
    if (NEVER.has(c.type) || c.disabled) continue;
    if (c.hidden !== null) {
      if (c.type !== 'radio' && c.type !== 'checkbox' && c.type !== 'file') hiddenControls++;
      continue;
    }
    if (c.captcha) {
      left('captcha', shownOf(c) || 'captcha', c.id);
      continue;
    }
    if (c.type === 'combobox' || c.type === 'listbox') {
      left('custom', shownOf(c), c.id);
      continue;
    }
    if (c.type === 'file') {
      left('file', shownOf(c), c.id);
      continue;
    }
    if (c.type === 'radio' || c.type === 'checkbox') {
      const members = groups.get(c.group) ?? [];
      members.push(c);
      groups.set(c.group, members);
      continue;
    }
    if (c.readOnly) continue;
    visibleControls++;
    targets.push({
      id: c.id,
      type: c.type,
      sources: sourcesOf(c),
      shown: shownOf(c),
      form: c.form,
      control: c,
      members: [],
      order: c.id,
    });
  }
  // Groups: a fieldset of radios or boxes with a legend may take a choice; a lone box is consent.
  for (const members of groups.values()) {
    const first = members[0]!;
    visibleControls++;
    if (first.type === 'checkbox' && members.length === 1) {
      left('consent', shownOf(first), first.id);
      continue;
    }
    const legend = first.legend;
    if (!legend) {
      left(first.type === 'checkbox' ? 'consent' : 'choice', shownOf(first), first.id);
      continue;
    }
    targets.push({
      id: first.id,
      type: 'group',
      sources: [{ text: legend, weight: 3 }],
      shown: legend,
      form: first.form,
      control: first,
      members,
      order: first.id,
    });
  }

  // Score every (target, field) pair; then give each target its best field, best pairs first.
  const usable = fields.filter((f) => f.value.trim() !== '' || (f.iso ?? '') !== '');
  const pairs: { target: Target; field: FillField; score: number }[] = [];
  for (const target of targets) {
    for (const field of usable) {
      if (!fits(field, target.type === 'group' ? { ...target.control, type: 'group' } : target.control)) continue;
      let best = 0;
      for (const s of target.sources) {
        // Identity only where a person reads that it is asked, never on a `name` attribute alone.
        if (s.weight < 2 && IDENTITY_KEYS.has(field.key)) continue;
        const score = labelScore(field.key, s.text);
        if (score > 0) best = Math.max(best, s.weight * 1000 + score * 5);
      }
      if (best === 0) continue;
      if (target.type === 'textarea' && field.kind === 'longtext') best += 3;
      if (['email', 'url', 'select', 'group'].includes(target.type) || MOMENT_TYPES.has(target.type)) best += 3;
      pairs.push({ target, field, score: best });
    }
  }
  pairs.sort(
    (a, b) => b.score - a.score || a.target.order - b.target.order || usable.indexOf(a.field) - usable.indexOf(b.field),
  );
  // A moment may go into one date input and one time input; any other field goes to one control.
  // The time input holds the same moment as the date input (filled last, from the date's field).
  const slotOf = (t: Target) => (t.type === 'date' || t.type === 'time' ? t.type : 'all');
  const ordered = [
    ...pairs.filter((p) => slotOf(p.target) !== 'time'),
    ...pairs.filter((p) => slotOf(p.target) === 'time'),
  ];
  const usedTargets = new Set<Target>();
  const usedSlots = new Map<string, Set<string>>();
  const steps: PlannedStep[] = [];
  const kept = new Set<PackFieldKey>();
  let dateField: FillField | null = null;
  for (const pair of ordered) {
    const { target } = pair;
    const slot = slotOf(target);
    const field: FillField = slot === 'time' && dateField && dateField.key !== pair.field.key ? dateField : pair.field;
    const slots = usedSlots.get(field.key) ?? new Set<string>();
    if (usedTargets.has(target) || slots.has('all') || slots.has(slot) || (slot === 'all' && slots.size > 0)) continue;
    const formLang = collected.forms[target.form]?.lang || collected.lang;
    let step: Omit<PlannedStep, 'key' | 'label'> | null = null;
    if (target.type === 'group') {
      const option = pickOption(
        target.members.filter((m) => !m.disabled),
        (m) => m.label || m.aria,
        wantedTexts(field, formLang),
      );
      // The user already ticked another answer: theirs stays, alone.
      if (option && !option.checked && target.members.some((m) => m.checked)) {
        usedTargets.add(target);
        kept.add(field.key);
        left('kept', target.shown, option.id);
        continue;
      }
      if (option) step = { id: option.id, value: '', check: true };
    } else if (target.type === 'select') {
      const options = target.control.options.filter((o) => !o.disabled && o.value !== '');
      const option = pickOption(options, (o) => o.text, wantedTexts(field, formLang));
      if (option) step = { id: target.id, value: option.value, check: false };
    } else if (MOMENT_TYPES.has(target.type)) {
      const when = local(field.iso ?? '');
      if (when)
        step = {
          id: target.id,
          value: target.type === 'date' ? when.date : target.type === 'time' ? when.time : `${when.date}T${when.time}`,
          check: false,
        };
    } else {
      // A choice is written in the form's own words (PHAROS's box name), other values as they are.
      const text = field.kind === 'choice' ? (wantedTexts(field, formLang)[0] ?? field.value) : field.value;
      step = { id: target.id, value: text, check: false };
    }
    if (!step) continue;
    usedTargets.add(target);
    usedSlots.set(field.key, slots.add(slot));
    if (slot === 'date') dateField = field;
    steps.push({ ...step, key: field.key, label: (target.shown || field.label).slice(0, 200) });
  }
  for (const target of targets) {
    if (usedTargets.has(target)) continue;
    if (target.type === 'group') left('choice', target.shown, target.id);
    else if (target.control.required && target.control.value === '') left('required', target.shown, target.id);
  }
  // In the order of the page.
  const sorted = leftForUser.map((l, i) => ({ l, at: order[i]! })).sort((a, b) => a.at - b.at);
  leftForUser.splice(0, leftForUser.length, ...sorted.map((x) => x.l));
  const placed = new Set([...steps.map((s) => s.key), ...kept]);
  const unmatched = usable
    .filter((f) => !placed.has(f.key) && f.value.trim() !== '')
    .map((f) => ({ key: f.key, label: f.label.slice(0, 200) }));
  // The form being filled: the one most values went into.
  const count = new Map<number, number>();
  for (const s of steps) {
    const form = targets.find((t) => t.id === s.id || t.members.some((m) => m.id === s.id))?.form ?? -1;
    count.set(form, (count.get(form) ?? 0) + 1);
  }
  const main = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const form =
    main !== undefined ? collected.forms[main] : collected.forms.length === 1 ? collected.forms[0] : undefined;
  return {
    steps,
    leftForUser,
    unmatched,
    hiddenControls,
    visibleControls,
    nextStep: form ? form.next : collected.forms.some((f) => f.next),
    submit: form?.submit ?? null,
    marks,
  };
}
