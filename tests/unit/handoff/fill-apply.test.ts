// @vitest-environment happy-dom
/**
 * `applyFill` in happy-dom: a value that does not fit the control's own limits is not forced in —
 * the control keeps its previous value and the page hears no event — and the reason comes back.
 * (happy-dom checks types, numbers' ranges and lengths; `pattern` and a date's `max` are checked in
 * Chromium by the e2e test.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { appliedSchema, applyFill, collectControls, collectedSchema } from '@/utils/handoff/fill-form';

const FORM = `<form>
  <input id="short" maxlength="5" />
  <input id="long" minlength="20" />
  <input id="mail" type="email" />
  <input id="count" type="number" min="1" max="5" />
  <input id="line" />
  <select id="pick"><option value="">—</option><option value="a">A</option></select>
  <textarea id="ok" maxlength="100"></textarea>
  <input id="typed" value="déjà là" />
</form>`;

let events: string[];
let token: string;
let ids: Record<string, number>;
beforeEach(() => {
  const parsed = new DOMParser().parseFromString(FORM, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  events = [];
  for (const type of ['input', 'change', 'click', 'submit'])
    document.addEventListener(type, (e) => events.push(`${type}:${(e.target as Element).id}`), true);
  const collected = collectedSchema.parse(collectControls());
  token = collected.token;
  const els = [...document.querySelectorAll('input, select, textarea')];
  ids = Object.fromEntries(collected.controls.map((c) => [els[c.id]!.id, c.id]));
});
const apply = (steps: [string, string][]) =>
  appliedSchema
    .parse(
      applyFill(
        token,
        steps.map(([id, value]) => ({ id: ids[id]!, value, check: false })),
      ),
    )
    .results.map(({ id, ...rest }) => ({ control: Object.keys(ids).find((k) => ids[k] === id), ...rest }));
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

describe('applyFill respects each control’s limits', () => {
  it('refuses what does not fit, with the reason; writes what fits', () => {
    const results = apply([
      ['short', 'trop long'],
      ['long', 'court'],
      ['mail', 'pas une adresse'],
      ['count', '9'],
      ['line', 'ligne 1\nligne 2'],
      ['pick', 'z'],
      ['ok', 'Ligne 1\nLigne 2'],
    ]);
    expect(results).toEqual([
      { control: 'short', status: 'refused', reason: 'too-long', limit: 5 },
      { control: 'long', status: 'refused', reason: 'too-short', limit: 20 },
      { control: 'mail', status: 'refused', reason: 'type' },
      { control: 'count', status: 'refused', reason: 'range' },
      { control: 'line', status: 'refused', reason: 'type' },
      { control: 'pick', status: 'refused', reason: 'type' },
      { control: 'ok', status: 'filled' },
    ]);
    for (const id of ['short', 'long', 'mail', 'count', 'line', 'pick']) expect(value(id), id).toBe('');
    expect(value('ok')).toBe('Ligne 1\nLigne 2');
    // Only the value written was announced to the page; no click, no submit.
    expect(events).toEqual(['input:ok', 'change:ok']);
  });

  it('never overwrites what the user typed', () => {
    expect(apply([['typed', 'autre chose']])).toEqual([{ control: 'typed', status: 'kept' }]);
    expect(value('typed')).toBe('déjà là');
    expect(events).toEqual([]);
  });

  it('writes nothing with a stale token (the page changed, or another fill began)', () => {
    const out = appliedSchema.parse(applyFill('not-the-token', [{ id: ids.ok!, value: 'x', check: false }]));
    expect(out).toEqual({ stale: true, results: [] });
    expect(value('ok')).toBe('');
  });
});

describe('applyFill ticks a box as a person does', () => {
  /** Ticks the page's one box; `listen` adds the page's own listeners first. */
  const tick = (listen: (box: HTMLInputElement) => void) => {
    const box = Object.assign(document.createElement('input'), { id: 'box', type: 'checkbox' });
    const label = document.createElement('label');
    label.append(box, ' Haine');
    const form = document.createElement('form');
    form.append(label);
    document.body.replaceChildren(form);
    listen(box);
    const collected = collectedSchema.parse(collectControls());
    const id = collected.controls.find((c) => c.type === 'checkbox')!.id;
    const results = appliedSchema.parse(applyFill(collected.token, [{ id, value: '', check: true }])).results;
    return { box, results };
  };

  it('a box whose state follows clicks only (as React’s does) ends ticked, in the page’s state too', async () => {
    let state = false;
    const { box, results } = tick((box) => {
      box.addEventListener('click', () => (state = box.checked));
      // A re-render puts back the state the framework knows, as a controlled component does.
      box.addEventListener('change', () => queueMicrotask(() => (box.checked = state)));
    });
    await Promise.resolve();
    expect(results).toEqual([expect.objectContaining({ status: 'filled' })]);
    expect(state).toBe(true);
    expect(box.checked).toBe(true);
  });

  it('a page that keeps the click from ticking still gets the box ticked, with input and change', () => {
    const heard: string[] = [];
    const { box, results } = tick((box) => {
      box.addEventListener('click', (e) => e.preventDefault());
      for (const type of ['click', 'input', 'change']) box.addEventListener(type, () => heard.push(type));
    });
    expect(results).toEqual([expect.objectContaining({ status: 'filled' })]);
    expect(box.checked).toBe(true);
    expect(heard).toEqual(['click', 'input', 'change']);
  });
});
