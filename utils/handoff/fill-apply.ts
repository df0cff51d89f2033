/**
 * Step 3 of "Fill the visible fields": writes the values `matchFields` placed, in the form's tab,
 * by `scripting.executeScript({ func: applyFill, args: [token, steps] })`. Self-contained: its body
 * uses nothing from outside (no import, no closure), only its arguments, the DOM and the elements
 * `collectControls` kept in the extension's isolated world under `token`. `marks`: the controls left
 * to the user, outlined in orange (dashed); what was filled is outlined in green.
 *
 * Each value is written the way frameworks notice (native setter, then `input` and `change`), and
 * only if it fits the control's own limits: a value longer than `maxlength` (or shorter than
 * `minlength`) is not written; any other value is set, checked against the control's validity
 * (type, `pattern`, `min`/`max`, `step`) before any event, and put back as it was if it does not
 * fit. A box or a radio is ticked as a person ticks it, by a click on the control itself (the event
 * frameworks such as React watch on boxes), or through its `checked` property if the page keeps the
 * click from ticking it. It never submits, clicks anything else, presses a key, nor overwrites what
 * the user typed or ticked.
 *
 * Its result comes from a hostile page: the caller parses it with `appliedSchema`.
 */
export function applyFill(
  token: string,
  steps: { id: number; value: string; check: boolean }[],
  marks: number[] = [],
): unknown {
  const state = (globalThis as unknown as Record<string, unknown>).__vigieFill as
    { token: string; elements: Element[] } | undefined;
  if (!state || state.token !== token) return { stale: true, results: [] };
  const outline = (el: Element, done: boolean) => {
    const target =
      el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
        ? ((el.labels && el.labels[0]) ?? el)
        : el;
    if (!(target instanceof HTMLElement)) return;
    target.style.setProperty('outline', done ? '3px solid #1a7f37' : '3px dashed #b35900', 'important');
    target.style.setProperty('outline-offset', '2px', 'important');
  };
  const fire = (el: Element) => {
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const setterOf = (el: Element, prop: 'value' | 'checked') => {
    const proto =
      el instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : el instanceof HTMLSelectElement
          ? HTMLSelectElement.prototype
          : HTMLInputElement.prototype;
    const set = Object.getOwnPropertyDescriptor(proto, prop)?.set;
    return (v: string | boolean) => {
      if (set) set.call(el, v);
      else (el as unknown as Record<string, unknown>)[prop] = v;
    };
  };
  type Result = { id: number; status: 'filled' | 'kept' | 'refused' | 'gone'; reason?: string; limit?: number };
  const results: Result[] = [];
  for (const step of steps.slice(0, 600)) {
    const el = state.elements[step.id];
    if (
      !el ||
      !el.isConnected ||
      !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) ||
      el.disabled ||
      ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.readOnly)
    ) {
      results.push({ id: step.id, status: 'gone' });
      continue;
    }
    if (step.check) {
      if (!(el instanceof HTMLInputElement) || (el.type !== 'radio' && el.type !== 'checkbox')) {
        results.push({ id: step.id, status: 'gone' });
        continue;
      }
      // A radio group the user already answered otherwise is theirs.
      const others =
        el.type === 'radio' && el.name && el.form
          ? Array.from(el.form.querySelectorAll('input[type=radio]')).filter(
              (r) => (r as HTMLInputElement).name === el.name && r !== el,
            )
          : [];
      if (!el.checked && others.some((r) => (r as HTMLInputElement).checked)) {
        results.push({ id: step.id, status: 'kept' });
        outline(el, false);
        continue;
      }
      if (!el.checked) {
        // A click on a box or a radio only ticks it (it never submits): `click`, `input`, `change`.
        el.click();
        if (!el.checked) {
          setterOf(el, 'checked')(true);
          fire(el);
        }
      }
      outline(el, true);
      results.push({ id: step.id, status: 'filled' });
      continue;
    }
    const value = step.value;
    const before = el.value;
    const empty = el instanceof HTMLSelectElement ? el.selectedIndex <= 0 || before === '' : before === '';
    if (!empty && before !== value) {
      results.push({ id: step.id, status: 'kept' });
      outline(el, false);
      continue;
    }
    if (before === value) {
      outline(el, true);
      results.push({ id: step.id, status: 'filled' });
      continue;
    }
    const refuse = (reason: string, limit?: number) => {
      results.push({ id: step.id, status: 'refused', reason, ...(limit !== undefined ? { limit } : {}) });
      outline(el, false);
    };
    // Browsers flag `maxlength`/`minlength` only for typed text: measured here, before writing.
    if (!(el instanceof HTMLSelectElement)) {
      if (el.maxLength >= 0 && value.length > el.maxLength) {
        refuse('too-long', el.maxLength);
        continue;
      }
      if (el.minLength > 0 && value.length < el.minLength) {
        refuse('too-short', el.minLength);
        continue;
      }
    }
    const set = setterOf(el, 'value');
    set(value);
    const v = el.validity;
    const reason =
      el.value !== value || v.badInput || v.typeMismatch
        ? 'type'
        : v.patternMismatch
          ? 'pattern'
          : v.rangeOverflow || v.rangeUnderflow
            ? 'range'
            : v.stepMismatch
              ? 'step'
              : v.tooLong
                ? 'too-long'
                : null;
    if (reason !== null) {
      set(before); // never forced in: the page's handlers never saw it
      const limit =
        reason === 'range'
          ? undefined
          : reason === 'too-long' && !(el instanceof HTMLSelectElement) && el.maxLength >= 0
            ? el.maxLength
            : undefined;
      refuse(reason, limit);
      continue;
    }
    fire(el);
    outline(el, true);
    results.push({ id: step.id, status: 'filled' });
  }
  // What is left to the user, outlined for them.
  for (const id of marks.slice(0, 600)) {
    const el = state.elements[id];
    if (el && el.isConnected) outline(el, false);
  }
  return { stale: false, results };
}
