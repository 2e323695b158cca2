/**
 * The copy-paste snippets the generator offers. Pure: an embed and the URL of the folder the
 * build is served from in, HTML text out. Every value is escaped for an attribute, because a feed
 * URL or an agency id typed into the generator ends up inside a webmaster's page.
 */
import { frameUrl, INITIAL_HEIGHT, WIDGET_ATTRIBUTES, type Embed } from './params.js';
import { tagOf } from '../widgets.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for a double-quoted HTML attribute (and for text content). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * `<script type="module" src="…/loader.js">` and the element with its attributes. The loader
 * defines the element and fetches only its code.
 */
export function scriptSnippet(embed: Embed, folder: string | URL): string {
  const loader = new URL('loader.js', folder).href;
  const tag = tagOf(embed.widget);
  const attributes = WIDGET_ATTRIBUTES[embed.widget]
    .filter((name) => embed.attributes[name])
    .map((name) => ` ${name}="${escapeHtml(embed.attributes[name]!)}"`)
    .join('');
  return `<script type="module" src="${escapeHtml(loader)}"></script>\n<${tag}${attributes}></${tag}>`;
}

/**
 * An `<iframe data-tiendo>` of `embed.html`, and the optional host script that fits its height.
 * Without the script the frame keeps its first height and scrolls.
 */
export function iframeSnippet(embed: Embed, folder: string | URL, title: string): string {
  const src = frameUrl(embed, new URL('embed.html', folder)).href;
  const host = new URL('tiendo-embed.js', folder).href;
  return (
    `<iframe data-tiendo src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${INITIAL_HEIGHT[embed.widget]}" loading="lazy" frameborder="0"></iframe>\n` +
    `<script src="${escapeHtml(host)}" async></script>`
  );
}
