import { browser } from 'wxt/browser';
import { CaptureError } from './errors';
import { MAX_ARTEFACT_BYTES } from './limits';

/**
 * Largest DOM snapshot serialised in the page, in characters: one UTF-8 byte each at best, so
 * the byte limit (MAX_ARTEFACT_BYTES) is never short of text; the bytes are then cut exactly.
 */
export const MAX_SNAPSHOT_CHARS = MAX_ARTEFACT_BYTES['dom-snapshot'];

/**
 * Serialises the page's current DOM as HTML (the HTML serialisation algorithm, as `outerHTML`
 * does) and **stops once `maxChars` characters are written**: a 200,000-node page is never turned
 * into one giant string. Injected, so self-contained. Reads the DOM only through prototype
 * getters, so a page cannot substitute them, nor clobber them with form controls
 * (`<input name="attributes">`). Iterative (no recursion: nesting depth is the page's choice).
 * The result is an archive to download, never rendered by Vigie.
 */
export function serializeDom(maxChars: number) {
  const getter = (proto: object, name: string) =>
    Object.getOwnPropertyDescriptor(proto, name)?.get as ((this: unknown) => unknown) | undefined;
  const get = <T>(g: ((this: unknown) => unknown) | undefined, node: unknown) => g?.call(node) as T;
  const childNodesOf = getter(Node.prototype, 'childNodes');
  const nodeTypeOf = getter(Node.prototype, 'nodeType');
  const nodeValueOf = getter(CharacterData.prototype, 'data');
  const parentOf = getter(Node.prototype, 'parentNode');
  const localNameOf = getter(Element.prototype, 'localName');
  const attributesOf = getter(Element.prototype, 'attributes');
  const attrName = getter(Attr.prototype, 'name');
  const attrValue = getter(Attr.prototype, 'value');
  // Open shadow roots only (a closed one is not readable, by design); Firefox has no MHTML, so
  // the snapshot is its only archive of components that render into shadow DOM.
  const shadowRootOf = getter(Element.prototype, 'shadowRoot');
  const templateContent =
    typeof HTMLTemplateElement === 'function' ? getter(HTMLTemplateElement.prototype, 'content') : undefined;
  const VOID = new Set(
    'area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'.split(' '),
  );
  const RAW_TEXT = new Set('style script xmp iframe noembed noframes plaintext noscript'.split(' '));
  const escapeText = (t: string) =>
    t
      .replace(/&/g, '&amp;')
      .replace(/\u00a0/g, '&nbsp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
  const escapeAttr = (t: string) =>
    t
      .replace(/&/g, '&amp;')
      .replace(/\u00a0/g, '&nbsp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');

  const out: string[] = [];
  let written = 0;
  const emit = (text: string) => {
    out.push(text);
    written += text.length;
  };
  // Work list, last first: a node to open, or a closing tag to write.
  const stack: (Node | string)[] = [];
  const pushChildren = (parent: Node) => {
    const list = get<NodeList>(childNodesOf, parent);
    for (let i = list.length - 1; i >= 0; i--) stack.push(list[i]!);
  };
  const root = document.documentElement;
  if (root) stack.push(root);
  while (stack.length > 0 && written <= maxChars) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      emit(item);
      continue;
    }
    const type = get<number>(nodeTypeOf, item);
    if (type === 1) {
      const name = get<string>(localNameOf, item);
      let tag = `<${name}`;
      const attrs = get<NamedNodeMap>(attributesOf, item);
      for (let i = 0; i < attrs.length; i++)
        tag += ` ${get<string>(attrName, attrs[i])}="${escapeAttr(get<string>(attrValue, attrs[i]))}"`;
      emit(`${tag}>`);
      if (VOID.has(name)) continue;
      stack.push(`</${name}>`);
      const content = name === 'template' ? get<DocumentFragment | undefined>(templateContent, item) : undefined;
      pushChildren(content ?? item);
      // Written first, as declarative shadow DOM: `<template shadowrootmode="open">…</template>`.
      const shadow = get<ShadowRoot | null>(shadowRootOf, item);
      if (shadow) {
        stack.push('</template>');
        pushChildren(shadow);
        stack.push('<template shadowrootmode="open">');
      }
    } else if (type === 3) {
      const text = get<string>(nodeValueOf, item) ?? '';
      const parent = get<Node | null>(parentOf, item);
      const raw =
        parent !== null && get<number>(nodeTypeOf, parent) === 1 && RAW_TEXT.has(get<string>(localNameOf, parent));
      emit(raw ? text : escapeText(text));
    } else if (type === 8) {
      emit(`<!--${get<string>(nodeValueOf, item) ?? ''}-->`);
    }
  }
  const html = out.join('');
  const truncated = stack.length > 0 || html.length > maxChars;
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  return { html: doctype + (truncated ? html.slice(0, maxChars) : html), truncated, url: location.href };
}

/**
 * The snapshot as a Blob of at most MAX_ARTEFACT_BYTES['dom-snapshot'] bytes. When the page is
 * larger, the HTML is cut (at a character boundary), its header says « truncated », and `cut`
 * is true (the page's full size is not known: serialising stopped at the limit).
 */
export async function snapshotDom(tabId: number): Promise<{ blob: Blob; cut: boolean }> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: serializeDom,
    args: [MAX_SNAPSHOT_CHARS],
  });
  const value = result?.result as { html?: unknown; truncated?: unknown; url?: unknown } | undefined;
  if (!value || typeof value.html !== 'string') throw new CaptureError('archive-failed', 'no DOM returned');
  const html = value.html.slice(0, MAX_SNAPSHOT_CHARS + 100);
  const header = (cut: boolean) =>
    `<!-- Vigie DOM snapshot of ${String(value.url).slice(0, 2048).replace(/--/g, '%2D%2D')} taken ${new Date().toISOString()}${cut ? ' (truncated)' : ''} -->\n`;
  const encoder = new TextEncoder();
  const head = encoder.encode(header(true));
  // One buffer of the limit; encodeInto stops at the last whole character that fits.
  const body = new Uint8Array(MAX_ARTEFACT_BYTES['dom-snapshot'] - head.byteLength);
  const { read, written } = encoder.encodeInto(html, body);
  const cut = value.truncated === true || read < html.length;
  const blob = new Blob([cut ? head : encoder.encode(header(false)), body.subarray(0, written)], { type: 'text/html' });
  return { blob, cut };
}
