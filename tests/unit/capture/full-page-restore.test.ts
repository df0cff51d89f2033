// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { preparePage, restorePage } from '@/utils/capture/full-page-in-page';

/** Fixed test markup (not a page's): a fixed header, and an element carrying the marker itself. */
function page() {
  // eslint-disable-next-line no-restricted-syntax -- fixed test markup
  document.body.innerHTML = `
    <header id="header" style="position: fixed; visibility: visible">En-tête</header>
    <nav id="nav" style="position: sticky">Menu</nav>
    <div id="own" data-vigie-hidden="visible" style="visibility: hidden">Faux Vigie</div>
    <p id="plain">Texte</p>`;
}
const el = (id: string) => document.getElementById(id)!;

afterEach(() => {
  document.body.replaceChildren();
});

describe('preparePage / restorePage (injected): the full-page capture undoes only what it did', () => {
  it('hides fixed and sticky elements, then restores their own visibility', () => {
    page();
    preparePage(true, 'tok');
    expect(el('header').style.getPropertyValue('visibility')).toBe('hidden');
    expect(el('nav').style.getPropertyValue('visibility')).toBe('hidden');
    expect(el('header').getAttribute('data-vigie-hidden')).toBe('tok:visible');
    expect(el('nav').getAttribute('data-vigie-hidden')).toBe('tok:-');
    restorePage(0, 0, 'tok');
    expect(el('header').style.getPropertyValue('visibility')).toBe('visible');
    expect(el('nav').style.getPropertyValue('visibility')).toBe('');
    expect(el('header').hasAttribute('data-vigie-hidden')).toBe(false);
    expect(el('nav').hasAttribute('data-vigie-hidden')).toBe(false);
  });

  it("leaves a page's own data-vigie-hidden attributes, and another capture's marks, alone", () => {
    // What the hostile corpus found (tests/fixtures/site/hostile/fake-vigie-ui.html): restoring
    // every marked element un-hid and unmarked elements of the page's own.
    page();
    preparePage(true, 'mine');
    el('plain').setAttribute('data-vigie-hidden', 'other:-');
    restorePage(0, 0, 'mine');
    expect(el('own').getAttribute('data-vigie-hidden')).toBe('visible');
    expect(el('own').style.getPropertyValue('visibility')).toBe('hidden');
    expect(el('plain').getAttribute('data-vigie-hidden')).toBe('other:-');
    expect(el('header').hasAttribute('data-vigie-hidden')).toBe(false);
  });

  it('a document without a root element is measured as null, not a TypeError', () => {
    const root = document.documentElement;
    root.remove();
    try {
      expect(preparePage(true, 'tok')).toBeNull();
    } finally {
      document.appendChild(root);
    }
  });
});
