/**
 * The functions a full-page capture injects into the reported page (`scripting.executeScript`):
 * self-contained, they close over nothing and read only the page. Measuring, hiding fixed and
 * sticky elements (and undoing exactly that), scrolling, reading where the page is.
 */
/**
 * Injected: measures the page and, on request, hides fixed/sticky elements (restorable). Each
 * hidden element is marked with this capture's `token` and its previous visibility
 * (`token:visible`, `token:-` for none), so that `restorePage` undoes only what this capture did:
 * a page can carry `data-vigie-hidden` attributes of its own.
 */
export function preparePage(hideFixed: boolean, token = '') {
  const root = document.documentElement;
  // A page can remove its root element: there is nothing to measure or scroll.
  if (!root) return null;
  const marker = 'data-vigie-hidden';
  const getStyle = getComputedStyle;
  if (hideFixed) {
    root.style.setProperty('scroll-behavior', 'auto', 'important');
    const all = document.querySelectorAll('body *');
    const limit = Math.min(all.length, 20000);
    for (let i = 0; i < limit; i++) {
      const el = all[i] as HTMLElement;
      const position = getStyle(el).position;
      if (position === 'fixed' || position === 'sticky') {
        el.setAttribute(marker, `${token}:${el.style.getPropertyValue('visibility') || '-'}`);
        el.style.setProperty('visibility', 'hidden', 'important');
      }
    }
  }
  return {
    scrollWidth: root.scrollWidth,
    scrollHeight: root.scrollHeight,
    innerWidth,
    innerHeight: root.clientHeight || innerHeight,
    devicePixelRatio,
    scrollX,
    scrollY,
  };
}

/** Injected: undoes what `preparePage` did with `token` (nothing else) and scrolls back to where the user was. */
export function restorePage(x: number, y: number, token: string) {
  const marker = 'data-vigie-hidden';
  for (const el of Array.from(document.querySelectorAll(`[${marker}]`)) as HTMLElement[]) {
    const value = el.getAttribute(marker) ?? '';
    if (!value.startsWith(`${token}:`)) continue;
    const previous = value.slice(token.length + 1);
    if (previous && previous !== '-') el.style.setProperty('visibility', previous);
    else el.style.removeProperty('visibility');
    el.removeAttribute(marker);
  }
  document.documentElement.style.removeProperty('scroll-behavior');
  scrollTo(x, y);
}

/** Injected: scrolls and reports where the page really is and how tall it is now. */
export function scrollPage(y: number) {
  scrollTo(0, y);
  return { scrollY, scrollHeight: document.documentElement.scrollHeight };
}

/** Injected: where the page is, to detect a user scrolling during the capture. */
export function readScroll() {
  return { scrollY, scrollHeight: document.documentElement.scrollHeight };
}

export type Metrics = NonNullable<ReturnType<typeof preparePage>>;
