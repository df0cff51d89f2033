/**
 * Step 1 of "Fill the visible fields": what the official form shows, gathered in its tab by
 * `scripting.executeScript({ func: collectControls })`. Self-contained: its body uses nothing from
 * outside (no import, no closure), only the DOM; the unit test checks its source.
 *
 * For every form control: its kind, its label as a person reads it (the `<label>` without its hint
 * text, else `aria-labelledby`/`aria-label`, else the placeholder), the legend of its group, its
 * limits (`maxlength`, `pattern`, `min`/`max`…) and whether a person can see it — and if not,
 * why: hidden attribute, `display`, `visibility`, opacity (own or inherited), `clip`/`clip-path`,
 * zero size, off-screen, or covered by another element (`elementFromPoint` at its centre). A box
 * or a radio that the page draws through its label (as the French State's design system does) is
 * seen through that label. The elements themselves stay in the extension's isolated world, keyed
 * by a token that `applyFill` must present; the page never sees them listed.
 *
 * Its result comes from a hostile page: the caller parses it with `collectedSchema`.
 */
export function collectControls(): unknown {
  const MAX_CONTROLS = 600;
  const MAX_TEXT = 300;
  const doc = document;
  const win = window;
  const cut = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  const root = doc.documentElement;
  const hasLayout = root.getBoundingClientRect().width > 0;
  const HINTS = '.fr-hint-text, .fr-message, .fr-messages-group, .hint, .help-text, .form-hint, [data-hint]';

  /** Text of a label or legend as read, without the controls inside it and without hint text. */
  const textOf = (node: Element | null, dropHints: boolean): string => {
    if (!node) return '';
    const clone = node.cloneNode(true) as Element;
    clone
      .querySelectorAll(
        'select, option, textarea, input, button, script, style, template, [hidden], [aria-hidden=true]',
      )
      .forEach((n) => n.remove());
    if (dropHints) clone.querySelectorAll(HINTS).forEach((n) => n.remove());
    return cut(clone.textContent ?? '');
  };
  const byId = (id: string) => doc.getElementById(id);
  const labelsOf = (el: Element): Element[] => {
    const found: Element[] = [];
    const wrapping = el.closest('label');
    if (wrapping) found.push(wrapping);
    const id = el.getAttribute('id');
    if (id)
      doc.querySelectorAll('label[for]').forEach((l) => {
        if (l.getAttribute('for') === id && !found.includes(l)) found.push(l);
      });
    return found;
  };
  const ariaText = (el: Element): string => {
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
    const parts = ids.map((id) => textOf(byId(id), false)).filter(Boolean);
    if (parts.length > 0) return cut(parts.join(' '));
    return cut(el.getAttribute('aria-label') ?? '');
  };

  // ── Can a person see it? ──────────────────────────────────────────────────
  const px = (v: string, size: number) => (v.endsWith('%') ? (parseFloat(v) / 100) * size : parseFloat(v) || 0);
  /** `clip-path: inset(…)`, `circle(0)`, or an absolute `clip: rect(…)` that leaves nothing. */
  const clipped = (style: CSSStyleDeclaration, node: Element): boolean => {
    const path = (style.clipPath || style.getPropertyValue('clip-path') || '').trim();
    const box = node.getBoundingClientRect();
    const w = hasLayout ? box.width : 100;
    const h = hasLayout ? box.height : 100;
    const inset = /^inset\(([^)]*)\)/.exec(path);
    if (inset) {
      const v = inset[1]!
        .split(/\s+round\s+/)[0]!
        .trim()
        .split(/\s+/);
      const [top, right = top, bottom = top, left = right] = v as [string, string?, string?, string?];
      if (px(top, h) + px(bottom!, h) >= h - 1 || px(right!, w) + px(left!, w) >= w - 1) return true;
    }
    if (/^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(path)) return true;
    const clip = (style.clip || style.getPropertyValue('clip') || '').trim();
    const rect = /^rect\(([^)]*)\)/.exec(clip);
    if (rect && (style.position === 'absolute' || style.position === 'fixed')) {
      const [top, right, bottom, left] = rect[1]!.split(/[\s,]+/).map((s) => (s === 'auto' ? NaN : parseFloat(s)));
      const width = (Number.isNaN(right!) ? w : right!) - (Number.isNaN(left!) ? 0 : left!);
      const height = (Number.isNaN(bottom!) ? h : bottom!) - (Number.isNaN(top!) ? 0 : top!);
      if (width <= 1 || height <= 1) return true;
    }
    return false;
  };
  /** Scroll positions changed to look at a control, restored before returning. */
  const scrolled: { node: Element | null; left: number; top: number }[] = [];
  const remember = (el: Element) => {
    const seen = (n: Element | null) => scrolled.some((s) => s.node === n);
    if (!seen(null)) scrolled.push({ node: null, left: win.scrollX, top: win.scrollY });
    for (let n = el.parentElement; n && n !== root; n = n.parentElement)
      if (!seen(n) && (n.scrollHeight > n.clientHeight || n.scrollWidth > n.clientWidth))
        scrolled.push({ node: n, left: n.scrollLeft, top: n.scrollTop });
  };
  const restoreScroll = () => {
    for (const s of scrolled.reverse()) {
      if (s.node) {
        s.node.scrollLeft = s.left;
        s.node.scrollTop = s.top;
      } else win.scrollTo({ left: s.left, top: s.top, behavior: 'instant' as ScrollBehavior });
    }
  };
  /** What is at the centre of the element: itself (or inside it, or inside one of `own`), or a cover. */
  const covered = (el: Element, own: Element[]): boolean => {
    if (!hasLayout || typeof doc.elementFromPoint !== 'function') return false;
    let r = el.getBoundingClientRect();
    const inView = () =>
      r.left + r.width / 2 >= 0 &&
      r.top + r.height / 2 >= 0 &&
      r.left + r.width / 2 < win.innerWidth &&
      r.top + r.height / 2 < win.innerHeight;
    const rootNode = el.getRootNode() as Document | ShadowRoot;
    const coveredHere = () => {
      const at = (rootNode.elementFromPoint ?? doc.elementFromPoint).call(
        rootNode,
        r.left + r.width / 2,
        r.top + r.height / 2,
      );
      return !!at && !(at === el || el.contains(at) || own.some((o) => o === at || o.contains(at)));
    };
    if (inView() && !coveredHere()) return false;
    // Out of view, or under something (a banner fixed at the bottom?): looked at in the middle of the view.
    remember(el);
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' as ScrollBehavior });
    r = el.getBoundingClientRect();
    if (!inView()) return false; // cannot be brought into view: judged by the other facts
    return coveredHere();
  };
  type Hidden = 'attribute' | 'display' | 'visibility' | 'opacity' | 'clip' | 'size' | 'offscreen' | 'covered';
  const hiddenBy = (el: Element, own: Element[]): Hidden | null => {
    let opacity = 1;
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return 'attribute';
      if (node.tagName === 'DETAILS' && node !== el && !(node as HTMLDetailsElement).open) {
        const summary: Element | null = node.querySelector('summary');
        if (!summary || !summary.contains(el)) return 'display';
      }
      const style = win.getComputedStyle(node);
      if (style.display === 'none' || style.contentVisibility === 'hidden') return 'display';
      if (node === el && (style.visibility === 'hidden' || style.visibility === 'collapse')) return 'visibility';
      const o = parseFloat(style.opacity);
      if (!Number.isNaN(o)) opacity *= o;
      if (clipped(style, node)) return 'clip';
    }
    if (opacity < 0.1) return 'opacity';
    if (hasLayout) {
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) return 'size';
      const left = r.left + win.scrollX;
      const top = r.top + win.scrollY;
      const width = Math.max(win.innerWidth, root.clientWidth);
      if (left + r.width <= 0 || top + r.height <= 0 || left >= width) return 'offscreen';
      if (covered(el, own)) return 'covered';
    }
    return null;
  };

  // ── Forms: language, own send button, a next step ─────────────────────────
  const docLang = cut(root.getAttribute('lang') ?? root.getAttribute('xml:lang') ?? '');
  const formEls: Element[] = [];
  const NEXT = /\b(suivant|suivante|continuer|etape suivante|next|continue|next step)\b/;
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const buttonText = (b: Element) =>
    cut(
      b instanceof HTMLInputElement
        ? b.value || b.getAttribute('aria-label') || ''
        : textOf(b, false) || b.getAttribute('aria-label') || '',
    );
  const formInfo = (form: Element) => {
    let submit: string | null = null;
    let next = false;
    const buttons = form.querySelectorAll(
      'button, input[type=submit], input[type=image], input[type=button], [role=button], a[href]',
    );
    buttons.forEach((b) => {
      const text = buttonText(b);
      if (!text || hiddenBy(b, []) !== null) return;
      const isSubmit =
        (b instanceof HTMLButtonElement && (b.type === 'submit' || !b.getAttribute('type'))) ||
        (b instanceof HTMLInputElement && (b.type === 'submit' || b.type === 'image'));
      if (NEXT.test(plain(text))) next = true;
      else if (isSubmit && submit === null) submit = text;
    });
    const lang = cut(form.closest('[lang]')?.getAttribute('lang') ?? docLang);
    return { lang, submit, next };
  };
  const formOf = (el: Element): number => {
    const form = (el as HTMLInputElement).form ?? el.closest('form');
    if (!form) return -1;
    const i = formEls.indexOf(form);
    if (i >= 0) return i;
    formEls.push(form);
    return formEls.length - 1;
  };

  // ── Controls ──────────────────────────────────────────────────────────────
  const isCaptcha = (el: Element) =>
    /captcha|recaptcha|hcaptcha|turnstile/i.test(
      `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`,
    ) || !!el.closest('.g-recaptcha, .h-captcha, .cf-turnstile, [data-sitekey]');
  const num = (v: number) => (Number.isFinite(v) && v >= 0 ? v : null);
  const elements: Element[] = [];
  const controls: unknown[] = [];
  const selector = 'input, textarea, select, [role=combobox], [role=listbox]';
  const nodes = Array.from(doc.querySelectorAll(selector)).slice(0, MAX_CONTROLS);
  const groupKeys: Element[] = [];
  for (const el of nodes) {
    // A custom select's own text box is one control, not two.
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) {
      if (el.parentElement?.closest('[role=combobox], [role=listbox]')) continue;
    } else if (el.closest('[role=listbox]')) continue;
    const role = el.getAttribute('role') ?? '';
    const native =
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
    const custom = !(el instanceof HTMLSelectElement) && (role === 'combobox' || role === 'listbox');
    // A site's search box (`role=search`) is never a report's field.
    const type = custom
      ? role
      : el.closest('[role=search]')
        ? 'search'
        : el instanceof HTMLInputElement
          ? (el.getAttribute('type') ?? 'text').toLowerCase()
          : el instanceof HTMLTextAreaElement
            ? 'textarea'
            : 'select';
    const labels = native ? labelsOf(el) : [];
    const label = labels.map((l) => textOf(l, true)).find(Boolean) ?? '';
    const aria = ariaText(el);
    const checkable = type === 'radio' || type === 'checkbox';
    // A group's legend: the fieldset's legend (or its ARIA name), or a role=radiogroup/group's name.
    let legend = '';
    let group = '';
    if (checkable) {
      const box = el.closest('fieldset, [role=radiogroup], [role=group]');
      if (box) {
        const lg = box.tagName === 'FIELDSET' ? box.querySelector(':scope > legend') : null;
        legend = lg ? textOf(lg, true) : ariaText(box);
        let g = groupKeys.indexOf(box);
        if (g < 0) g = groupKeys.push(box) - 1;
        group = `${type}:${g}:${type === 'radio' ? (el.getAttribute('name') ?? '') : ''}`;
      } else group = `${type}:-:${type === 'radio' ? (el.getAttribute('name') ?? '') : String(elements.length)}`;
    }
    let hidden = hiddenBy(el, labels);
    // A box the page draws through its label: seen if its label is.
    if (hidden !== null && checkable && labels.length > 0 && labels.some((l) => hiddenBy(l, [el]) === null))
      hidden = null;
    const input = el as HTMLInputElement;
    const options =
      el instanceof HTMLSelectElement
        ? Array.from(el.options)
            .slice(0, 200)
            .map((o) => ({ value: o.value.slice(0, MAX_TEXT), text: cut(o.textContent ?? ''), disabled: o.disabled }))
        : [];
    elements.push(el);
    controls.push({
      id: elements.length - 1,
      type: cut(type).slice(0, 30),
      label,
      aria,
      placeholder: cut(el.getAttribute('placeholder') ?? ''),
      name: cut(el.getAttribute('name') ?? ''),
      autocomplete: cut(el.getAttribute('autocomplete') ?? ''),
      legend,
      group,
      options,
      value: native ? String((el as HTMLInputElement).value ?? '').slice(0, 20_000) : '',
      checked: checkable ? input.checked : false,
      hidden,
      disabled: native
        ? input.disabled || !!el.closest('fieldset[disabled]')
        : el.getAttribute('aria-disabled') === 'true',
      readOnly: el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.readOnly : false,
      required: native ? input.required : el.getAttribute('aria-required') === 'true',
      maxLength: el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? num(el.maxLength) : null,
      minLength: el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? num(el.minLength) : null,
      pattern: cut(el.getAttribute('pattern') ?? ''),
      min: cut(el.getAttribute('min') ?? ''),
      max: cut(el.getAttribute('max') ?? ''),
      captcha: isCaptcha(el),
      form: formOf(el),
    });
  }
  // A captcha frame is for the user too.
  const frames: string[] = [];
  doc.querySelectorAll('iframe').forEach((f) => {
    const what = `${f.getAttribute('src') ?? ''} ${f.getAttribute('title') ?? ''}`;
    if (/captcha|turnstile/i.test(what) && frames.length < 10 && hiddenBy(f, []) === null)
      frames.push(cut(f.getAttribute('title') ?? 'captcha'));
  });
  const forms = formEls.map(formInfo);
  restoreScroll();
  const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  (globalThis as unknown as Record<string, unknown>).__vigieFill = { token, elements };
  return { token, lang: docLang, controls, forms, captchaFrames: frames };
}
