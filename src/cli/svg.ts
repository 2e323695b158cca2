/**
 * A server-rendered widget as a standalone SVG image: the same markup and styles the element
 * renders, inside a `<foreignObject>`, laid out as the widget prints (its own `@media print`
 * rules apply: no buttons, no keyboard hints). Works as a file, as `<img src>` and as a source
 * for PNG or PDF in any browser.
 *
 * The shadow root becomes a plain element: `:host` rules are rewritten to a wrapper class and the
 * host's attributes (`theme`, `lang`) move onto the wrapper, so every rule still matches. The HTML
 * is re-serialised as XML (void elements closed, named entities gone, namespaces declared) — an
 * SVG file is parsed as XML, and one stray `<br>` would break it.
 */
import { parseFragment } from 'parse5';
import { xmlSafe } from './xml-chars.js';

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
export const HOST_CLASS = 'tiendo-host';

/** The few parts of parse5's tree used here (the same in parse5 6 and 7). */
interface Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: Array<{ name: string; value: string; prefix?: string; namespace?: string }>;
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const text = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');

export interface StaticWidget {
  /** The widget's styles, `:host` rewritten, print rules applied. */
  css: string;
  /** The shadow root's content as XHTML (styles removed). */
  content: string;
  /** The host element's attributes. */
  host: Record<string, string>;
}

/** Takes the server-rendered element apart into styles, content and host attributes. */
export function flatten(elementHtml: string): StaticWidget {
  const fragment = parseFragment(elementHtml) as unknown as Node;
  const host = fragment.childNodes?.find((n) => n.tagName?.startsWith('tiendo-'));
  if (!host) throw new Error('no tiendo element in the rendered markup');
  const template = host.childNodes?.find((n) => n.tagName === 'template');
  const root = template?.content?.childNodes ?? [];
  const styles = root.filter((n) => n.tagName === 'style').map((n) => n.childNodes?.map((c) => c.value ?? '').join('') ?? '');
  const content = root.filter((n) => n.tagName !== 'style').map((n) => serialize(n, XHTML)).join('');
  return {
    css: printRules(rewriteHost(styles.join('\n'), `.${HOST_CLASS}`)),
    content,
    host: Object.fromEntries((host.attrs ?? []).map((a) => [a.name, a.value])),
  };
}

/** One node as XML, declaring a namespace wherever it changes (SVG inside HTML). */
function serialize(node: Node, parentNs: string): string {
  if (node.nodeName === '#text') return text(node.value ?? '');
  if (node.nodeName === '#comment' || !node.tagName || node.tagName === 'template' || node.tagName === 'script') return '';
  const ns = node.namespaceURI ?? XHTML;
  const attrs = (node.attrs ?? []).map((a) => ` ${a.prefix ? `${a.prefix}:` : ''}${a.name}="${attr(a.value)}"`).join('');
  const xmlns = ns !== parentNs ? ` xmlns="${ns}"` : '';
  const xlink = (node.attrs ?? []).some((a) => a.prefix === 'xlink') ? ` xmlns:xlink="${XLINK}"` : '';
  const children = (node.childNodes ?? []).map((c) => serialize(c, ns)).join('');
  const open = `<${node.tagName}${xmlns}${xlink}${attrs}`;
  if (children === '' && (ns !== XHTML || VOID.has(node.tagName))) return `${open}/>`;
  return `${open}>${children}</${node.tagName}>`;
}

/**
 * `:host` → `.tiendo-host`, `:host(<compound>)` → `.tiendo-host<compound>` (the parentheses may
 * nest: `:host(:not([theme='dark']))`).
 */
export function rewriteHost(css: string, host: string): string {
  let out = '';
  let i = 0;
  for (let at = css.indexOf(':host', i); at >= 0; at = css.indexOf(':host', i)) {
    out += css.slice(i, at);
    i = at + ':host'.length;
    if (css[i] !== '(') {
      out += host;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    for (; j < css.length && depth > 0; j++) depth += css[j] === '(' ? 1 : css[j] === ')' ? -1 : 0;
    out += host + css.slice(i + 1, j - 1);
    i = j;
  }
  return out + css.slice(i);
}

/** Applies `@media print { … }` blocks unconditionally: an image is a printed page, not an app. */
export function printRules(css: string): string {
  let out = '';
  let i = 0;
  for (let at = css.indexOf('@media print'), m: RegExpExecArray | null; at >= 0; at = css.indexOf('@media print', i)) {
    m = /^@media print\s*\{/.exec(css.slice(at));
    if (!m) {
      out += css.slice(i, at + 1);
      i = at + 1;
      continue;
    }
    out += css.slice(i, at);
    let depth = 1;
    let j = at + m[0].length;
    const start = j;
    for (; j < css.length && depth > 0; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
    out += css.slice(start, j - 1);
    i = j;
  }
  return out + css.slice(i);
}

export interface SvgOptions {
  width: number;
  height: number;
  theme: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** The page colours behind the widget (an image has no page of its own). */
export function backdrop(theme: string): string {
  return theme === 'dark' ? 'background: #0d1117; color: #e6edf3;' : 'background: #ffffff; color: #1f2328;';
}

/**
 * The wrapper both the SVG and the measuring page use, so the two lay out alike. `html` leaves
 * the style text raw (an HTML <style> decodes no entities); `xml` escapes it (XML decodes them).
 */
export function staticMarkup(widget: StaticWidget, theme: string, width: number, syntax: 'xml' | 'html' = 'xml'): string {
  const hostAttrs = Object.entries(widget.host)
    .filter(([name]) => name !== 'class' && name !== 'style')
    .map(([name, value]) => ` ${name}="${attr(value)}"`)
    .join('');
  const page = `.tiendo-page { box-sizing: border-box; width: ${width}px; padding: 8px; font-family: ${FONT}; font-size: 16px; line-height: 1.4; ${backdrop(theme)} }`;
  return `<div xmlns="${XHTML}" class="tiendo-page">`
    + `<style>${syntax === 'xml' ? text(`${page}\n${widget.css}`) : `${page}\n${widget.css}`.replace(/<\/style/gi, '<\\/style')}</style>`
    + `<div class="${HOST_CLASS}"${hostAttrs}>${widget.content}</div></div>`;
}

export function svgDocument(widget: StaticWidget, { width, height, theme }: SvgOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${SVG}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<foreignObject x="0" y="0" width="${width}" height="${height}">${staticMarkup(widget, theme, width)}</foreignObject>
</svg>
`;
}
