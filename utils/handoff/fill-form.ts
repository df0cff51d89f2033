/**
 * "Fill the visible fields": one self-contained function, serialised into the official form's tab
 * by `scripting.executeScript({ func: fillVisibleFields, args: [fields, FILL_SYNONYMS] })`. Its
 * body uses nothing from outside (no import, no closure): only its arguments and the DOM.
 *
 * What it does: match each visible text input, textarea and select to a pack field through the
 * control's label (wrapping `<label>`, `for`/`id`), `aria-label`/`aria-labelledby`, `placeholder`
 * and `name`, against per-key synonyms in French and English; set the value the way frameworks
 * notice (native setter, then `input` and `change`); outline what it filled and what is left to
 * the user. What it never does: submit, click, press a key, tick a box (consent), touch a captcha,
 * a file, a password, a hidden, disabled or read-only field, or overwrite what the user typed.
 *
 * Its result comes from a hostile page: the caller parses it with `fillReportSchema`.
 */
import { z } from '@/utils/zod';
import { packFieldKeys, type PackFieldKey, type PackFieldKind } from './types';

/** The part of a pack field the filler needs (plain JSON: it crosses into the page). */
export interface FillField {
  key: PackFieldKey;
  label: string;
  value: string;
  kind: PackFieldKind;
  choice?: string;
  iso?: string;
}

/**
 * Words a form uses for each field, French and English, written without accents and in lower
 * case (the filler normalises the form's texts the same way). The longest match wins, so
 * "adresse e mail" beats "adresse" for an e-mail field.
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
  place: ['lieu', 'ou avez vous vu', 'plateforme', 'platform', 'site', 'where', 'place'],
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
  name: ['nom', 'name', 'votre nom', 'your name', 'nom complet', 'full name', 'nom et prenom'],
  email: [
    'e mail',
    'email',
    'mail',
    'courriel',
    'adresse e mail',
    'adresse email',
    'adresse electronique',
    'email address',
  ],
  goodFaith: ['bonne foi', 'good faith'],
  notice: ['notice', 'notification'],
};

export const leftReasons = ['consent', 'choice', 'captcha', 'file', 'required', 'kept', 'submit'] as const;
const label = z.string().max(200);
const maxItems = 50;

export const fillReportSchema = z.object({
  /** Pack fields written into the form, with the form's own label for where they went. */
  filled: z.array(z.object({ key: z.enum(packFieldKeys), label })).max(maxItems),
  /** What only the user can do: tick consent, pick radio answers, captcha, files, required fields, send. */
  leftForUser: z.array(z.object({ reason: z.enum(leftReasons), label })).max(maxItems),
  /** Pack fields with a value that found no visible control. */
  unmatched: z.array(z.object({ key: z.enum(packFieldKeys), label })).max(maxItems),
  /** Fillable controls not shown (yet): a later step of the form. */
  hiddenControls: z.number().int().nonnegative().max(10_000),
  /** Visible fillable controls on the page: 0 means this is not a form. */
  visibleControls: z.number().int().nonnegative().max(10_000),
});
export type FillReport = z.output<typeof fillReportSchema>;
export type LeftReason = (typeof leftReasons)[number];

/** Self-contained: serialised into the page. Everything it uses is declared inside. */
export function fillVisibleFields(fields: FillField[], synonyms: Record<string, readonly string[]>) {
  const MAX = 50;
  const cut = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 200);
  const norm = (s: string) =>
    ` ${s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `;
  const doc = document;
  const hasLayout = doc.documentElement.getBoundingClientRect().width > 0;

  const visible = (el: Element): boolean => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
      if (node.tagName === 'DETAILS' && node !== el && !(node as HTMLDetailsElement).open) {
        const summary = node.querySelector('summary');
        if (!summary || !summary.contains(el)) return false;
      }
    }
    if (hasLayout) {
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) return false;
      if (r.right < 0 || r.bottom < 0) return false; // moved off-screen: a honeypot
    }
    return true;
  };

  /** Text of a label, without the text of the controls inside it (a select's options). */
  const textOf = (node: Element): string => {
    const clone = node.cloneNode(true) as Element;
    clone.querySelectorAll('select, option, textarea, input, button, script, style').forEach((n) => n.remove());
    return clone.textContent ?? '';
  };
  const byId = (id: string) => doc.getElementById(id);

  const labelsOf = (el: Element): string[] => {
    const texts: string[] = [];
    const wrapping = el.closest('label');
    if (wrapping) texts.push(textOf(wrapping));
    const id = el.getAttribute('id');
    if (id) doc.querySelectorAll('label[for]').forEach((l) => l.getAttribute('for') === id && texts.push(textOf(l)));
    return texts;
  };
  const ariaOf = (el: Element): string[] => {
    const texts: string[] = [];
    const aria = el.getAttribute('aria-label');
    if (aria) texts.push(aria);
    const ids = el.getAttribute('aria-labelledby');
    if (ids) {
      const parts = ids.split(/\s+/).filter(Boolean).map(byId);
      texts.push(parts.map((node) => (node ? textOf(node).trim() : '')).join(' '));
    }
    return texts;
  };
  const describe = (el: Element) => {
    const sources: { text: string; weight: number }[] = [];
    for (const t of labelsOf(el)) sources.push({ text: t, weight: 3 });
    for (const t of ariaOf(el)) sources.push({ text: t, weight: 3 });
    const placeholder = el.getAttribute('placeholder');
    if (placeholder) sources.push({ text: placeholder, weight: 2 });
    const name = el.getAttribute('name');
    if (name) sources.push({ text: name.replace(/([a-z])([A-Z])/g, '$1 $2'), weight: 1 });
    const shown = sources.find((s) => s.weight >= 2 && s.text.trim())?.text ?? name ?? '';
    return { sources, shown: cut(shown) };
  };

  const outline = (el: HTMLElement, done: boolean) => {
    el.style.setProperty('outline', done ? '3px solid #1a7f37' : '3px dashed #b35900', 'important');
    el.style.setProperty('outline-offset', '2px', 'important');
  };
  const setValue = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
    const proto =
      el instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : el instanceof HTMLSelectElement
          ? HTMLSelectElement.prototype
          : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(el, value);
    else el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = (iso: string) => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return null;
    return {
      date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
    };
  };

  const filled: { key: string; label: string }[] = [];
  const leftForUser: { reason: string; label: string }[] = [];
  const left = (reason: string, el: Element, text: string) => {
    if (leftForUser.length < MAX) leftForUser.push({ reason, label: cut(text) });
    if (el instanceof HTMLElement) outline(el, false);
  };
  const isCaptcha = (el: Element) =>
    /captcha|recaptcha|hcaptcha|turnstile/i.test(
      `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`,
    ) || !!el.closest('.g-recaptcha, .h-captcha, .cf-turnstile, [data-sitekey]');

  // Controls the user must handle; a captcha frame is left alone too.
  doc.querySelectorAll('iframe').forEach((f) => {
    if (/captcha|turnstile/i.test(`${f.getAttribute('src') ?? ''} ${f.getAttribute('title') ?? ''}`) && visible(f))
      left('captcha', f, f.getAttribute('title') ?? 'captcha');
  });
  const candidates: (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[] = [];
  let hiddenControls = 0;
  const radioGroups = new Set<string>();
  const TEXT_TYPES = ['text', 'search', 'url', 'email', 'tel', 'date', 'time', 'datetime-local', ''];
  doc.querySelectorAll('input, textarea, select').forEach((node) => {
    const el = node as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const type = el instanceof HTMLInputElement ? (el.getAttribute('type') ?? '').toLowerCase() : el.tagName;
    if (type === 'hidden' || type === 'password') return;
    if (el.disabled || el.closest('fieldset[disabled]')) return;
    if (!visible(el)) {
      if (TEXT_TYPES.includes(type) || type === 'TEXTAREA' || type === 'SELECT') hiddenControls++;
      return;
    }
    if (isCaptcha(el)) return left('captcha', el, describe(el).shown || 'captcha');
    if (type === 'checkbox') return left('consent', el, describe(el).shown);
    if (type === 'radio') {
      const group = el.getAttribute('name') ?? '';
      if (!radioGroups.has(group)) {
        radioGroups.add(group);
        const legend = el.closest('fieldset')?.querySelector('legend');
        left('choice', el, legend ? textOf(legend) : describe(el).shown);
      }
      return;
    }
    if (type === 'file') return left('file', el, describe(el).shown);
    if (el instanceof HTMLInputElement && !TEXT_TYPES.includes(type)) return; // buttons, ranges, colours…
    if ((el as HTMLInputElement).readOnly) return;
    candidates.push(el);
  });

  // Score every (control, field) pair; then give each control its best field, best pairs first.
  const usable = fields.filter((f) => f.value.trim() !== '' || (f.iso ?? '') !== '');
  const pairs: { el: (typeof candidates)[number]; field: FillField; score: number; order: number; shown: string }[] =
    [];
  candidates.forEach((el, order) => {
    const { sources, shown } = describe(el);
    const type = el instanceof HTMLInputElement ? (el.getAttribute('type') ?? 'text').toLowerCase() : el.tagName;
    for (const field of usable) {
      if ((type === 'date' || type === 'time' || type === 'datetime-local') && !field.iso) continue;
      if (type === 'email' && field.kind !== 'email') continue;
      if (type === 'url' && field.kind !== 'url') continue;
      if (type !== 'TEXTAREA' && field.kind === 'longtext' && field.value.includes('\n')) continue;
      let best = 0;
      for (const s of sources) {
        const text = norm(s.text);
        for (const word of synonyms[field.key] ?? []) {
          const w = norm(word);
          if (w.trim() && text.includes(w)) best = Math.max(best, s.weight * 100 + w.length);
        }
      }
      if (best === 0) continue;
      if (type === 'TEXTAREA' && field.kind === 'longtext') best += 5;
      if (type === 'email' || type === 'url' || type === 'SELECT') best += 5;
      pairs.push({ el, field, score: best, order, shown });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.order - b.order || usable.indexOf(a.field) - usable.indexOf(b.field));
  // A moment may go into one date input and one time input; any other field goes to one control.
  const slotOf = (el: Element) =>
    el instanceof HTMLInputElement && (el.type === 'date' || el.type === 'time') ? el.type : 'all';
  const usedControls = new Set<Element>();
  const usedKeys = new Set<string>();
  const usedSlots = new Map<string, Set<string>>();
  // A date input and a time input must hold the same moment (not the publication day and the
  // time it was seen): time inputs are filled last, from the field the date input took.
  const ordered = [...pairs.filter((p) => slotOf(p.el) !== 'time'), ...pairs.filter((p) => slotOf(p.el) === 'time')];
  let dateField: FillField | null = null;
  for (const pair of ordered) {
    const { el, shown } = pair;
    const slot = slotOf(el);
    const field: FillField = slot === 'time' && dateField && dateField.key !== pair.field.key ? dateField : pair.field;
    const slots = usedSlots.get(field.key) ?? new Set<string>();
    if (usedControls.has(el) || slots.has('all') || slots.has(slot) || (slot === 'all' && slots.size > 0)) continue;
    let value: string | null = field.value;
    if (el instanceof HTMLSelectElement) {
      const wanted = norm(field.choice ?? field.value);
      const options = Array.from(el.options).filter((o) => !o.disabled && o.value !== '');
      const text = (o: HTMLOptionElement) => norm(o.textContent ?? '');
      // The exact option, else one whose words are all in the wanted text ("Terrorisme" for
      // "Terrorisme : provocation ou apologie"), else one that contains it whole.
      const option =
        options.find((o) => text(o) === wanted) ??
        options.find((o) => text(o).trim().length >= 4 && wanted.includes(text(o))) ??
        options.find((o) => wanted.trim().length >= 4 && text(o).includes(wanted));
      value = option ? option.value : null;
    } else if (el instanceof HTMLInputElement && ['date', 'time', 'datetime-local'].includes(el.type)) {
      const when = local(field.iso ?? '');
      value = when
        ? el.type === 'date'
          ? when.date
          : el.type === 'time'
            ? when.time
            : `${when.date}T${when.time}`
        : null;
    }
    if (value === null) continue;
    const current = el instanceof HTMLSelectElement ? (el.selectedIndex > 0 ? el.value : '') : el.value;
    usedControls.add(el);
    usedKeys.add(field.key);
    usedSlots.set(field.key, slots.add(slot));
    if (current !== '' && current !== value) {
      left('kept', el, shown); // the user typed something: never overwrite it
      continue;
    }
    setValue(el, value);
    if (slot === 'date') dateField = field;
    outline(el, true);
    if (filled.length < MAX) filled.push({ key: field.key, label: shown || field.label });
  }
  for (const el of candidates) {
    if (usedControls.has(el) || !el.required) continue;
    if (el.value === '' || (el instanceof HTMLSelectElement && el.selectedIndex <= 0))
      left('required', el, describe(el).shown);
  }
  if (filled.length > 0) {
    const submit = doc.querySelector('button[type=submit], input[type=submit], form button:not([type])');
    if (submit && visible(submit)) left('submit', submit, submit.textContent || submit.getAttribute('value') || '');
  }
  const unmatched = usable
    .filter((f) => !usedKeys.has(f.key) && f.value.trim() !== '')
    .slice(0, MAX)
    .map((f) => ({ key: f.key, label: cut(f.label) }));
  return { filled, leftForUser, unmatched, hiddenControls, visibleControls: candidates.length };
}
