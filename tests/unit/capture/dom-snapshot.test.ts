// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { serializeDom } from '@/utils/capture/dom-snapshot';

/** Replaces the test document's root with the one `body` parses into (fixed test markup, not a page's). */
function page(body: string) {
  const parsed = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`,
    'text/html',
  );
  const root = document.importNode(parsed.documentElement, true);
  document.documentElement.replaceChildren(...Array.from(root.childNodes));
}

describe('serializeDom (injected): bounded, and the same HTML as outerHTML', () => {
  it('writes what outerHTML writes: attributes, text, void elements, raw text, comments, SVG', () => {
    page(
      '<p class="a &amp; b" data-x=\'say "hi"\'>1 &lt; 2 &amp; 3</p><img src="x.png" alt=""><br>' +
        '<script>if (a < b && c) {}</script><style>p > a {}</style><!-- note -->' +
        '<svg viewBox="0 0 1 1"><circle r="1"></circle></svg><ul><li>one</li><li>two</li></ul>',
    );
    const { html, truncated } = serializeDom(1_000_000);
    expect(truncated).toBe(false);
    expect(html).toBe(document.documentElement.outerHTML);
  });

  it('a form clobbering `attributes` does not change what is written', () => {
    page('<form id="f" action="/x"><input name="attributes"><input name="localName"></form>');
    expect(serializeDom(1_000_000).html).toBe(document.documentElement.outerHTML);
  });

  it('stops serialising past the limit and says it is truncated', () => {
    page(Array.from({ length: 5000 }, (_, i) => `<p>paragraph ${i}</p>`).join(''));
    const { html, truncated } = serializeDom(1000);
    expect(truncated).toBe(true);
    expect(html.length).toBe(1000);
    expect(document.documentElement.outerHTML.startsWith(html)).toBe(true);
  });

  it('keeps open shadow roots as declarative shadow DOM, before the light children; closed ones stay closed', () => {
    page('<div id="host"><span>light</span></div><div id="closed"></div>');
    const open = document.getElementById('host')!.attachShadow({ mode: 'open' });
    open.append(Object.assign(document.createElement('b'), { textContent: 'inside <shadow>' }));
    const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    closed.append(Object.assign(document.createElement('i'), { textContent: 'secret' }));
    const { html } = serializeDom(1_000_000);
    expect(html).toContain(
      '<div id="host"><template shadowrootmode="open"><b>inside &lt;shadow&gt;</b></template><span>light</span></div>',
    );
    expect(html).not.toContain('secret');
  });

  it('survives a page nested deeper than any call stack', () => {
    page('');
    let node: HTMLElement = document.body;
    for (let i = 0; i < 20_000; i++) node = node.appendChild(document.createElement('div'));
    const { html, truncated } = serializeDom(10_000_000);
    expect(truncated).toBe(false);
    expect(html.match(/<div>/g)).toHaveLength(20_000);
  });
});
