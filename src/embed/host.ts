/**
 * `tiendo-embed.js`: the optional script for a page that embeds tiendo iframes. It fits each
 * frame's height to its content and can write the frames itself:
 *
 * ```html
 * <iframe data-tiendo src="/tiendo/embed.html?widget=matrix&src=/data/219.json" title="…"></iframe>
 * <div data-tiendo-embed="timeline" data-src="/data/219.json" data-lang="vi" data-title="…"></div>
 * <script src="/tiendo/tiendo-embed.js" async></script>
 * ```
 *
 * A classic script (an IIFE), so any CMS that allows a `<script src>` can use it; it defines no
 * global name. It accepts a height only from a frame it manages — the message's `source` is that
 * iframe's window and its `origin` the origin of the iframe's URL — and ignores non-numeric,
 * zero, negative or absurd heights (see messages.ts), so another frame or a frame navigated
 * elsewhere cannot resize anything.
 */
import { readHeight } from './size-protocol.js';
import { frameUrl, INITIAL_HEIGHT, readEmbed } from './params.js';
import { FRAME_WORDS, pageLang } from './words.js';
import { widgetList } from '../widgets.js';

interface HostApi {
  /** Looks for new `iframe[data-tiendo]` and `[data-tiendo-embed]` elements (also done on DOM changes). */
  scan(root?: ParentNode): void;
}

const KEY = Symbol.for('tiendo.embed');
const host = globalThis as { [KEY]?: HostApi };

// The page may include the script twice (two embeds pasted by two editors): one listener is enough.
if (!host[KEY]) {
  // embed.html sits next to this script, wherever the portal serves the folder from.
  const folder = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
  const frames = new Set<HTMLIFrameElement>();

  const manage = (iframe: HTMLIFrameElement) => {
    if (frames.has(iframe)) return;
    frames.add(iframe);
    // CSSOM, not a style attribute: allowed under a host page's strict style-src.
    iframe.style.border = '0';
    if (!iframe.getAttribute('width')) iframe.style.width = '100%';
  };

  /** Writes the iframe for `<div data-tiendo-embed="timeline" data-src=…>` into the div. */
  const create = (box: HTMLElement) => {
    const data = box.dataset;
    const embed = readEmbed(data.tiendoEmbed, (name) => data[name]);
    box.removeAttribute('data-tiendo-embed'); // written once, even if the widget name is wrong
    if (!embed) return console.warn(`tiendo: data-tiendo-embed="${data.tiendoEmbed}" names no widget (${widgetList()})`);
    const words = FRAME_WORDS[pageLang(embed.attributes.lang)];
    const iframe = document.createElement('iframe');
    iframe.src = frameUrl(embed, new URL('embed.html', folder)).href;
    iframe.title = data.title || `${words.frameTitle} — ${words.widget[embed.widget]}`;
    iframe.height = String(INITIAL_HEIGHT[embed.widget]);
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('data-tiendo', '');
    box.append(iframe);
    manage(iframe);
  };

  const SELECTOR = '[data-tiendo-embed], iframe[data-tiendo]';
  const visit = (el: Element) => {
    if (el.hasAttribute('data-tiendo-embed')) create(el as HTMLElement);
    else if (el instanceof HTMLIFrameElement) manage(el);
  };
  /** `root` itself and everything inside it. */
  const scan = (root: ParentNode = document) => {
    if (root instanceof Element && root.matches(SELECTOR)) visit(root);
    for (const el of root.querySelectorAll(SELECTOR)) visit(el);
  };

  /** The origin a frame's messages must come from: its URL's, never an opaque one. */
  const originOf = (iframe: HTMLIFrameElement) => {
    try {
      const origin = new URL(iframe.src, document.baseURI).origin;
      return origin === 'null' ? undefined : origin;
    } catch {
      return undefined;
    }
  };

  addEventListener('message', (event: MessageEvent) => {
    if (!event.source) return;
    for (const iframe of frames) {
      if (!iframe.isConnected) {
        frames.delete(iframe);
        continue;
      }
      if (event.source !== iframe.contentWindow) continue;
      if (event.origin !== originOf(iframe)) return;
      const height = readHeight(event.data);
      if (height !== undefined) {
        iframe.height = String(height);
        iframe.style.height = `${height}px`;
      }
      return;
    }
  });

  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document, { childList: true, subtree: true });

  host[KEY] = { scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => scan());
  scan();
} else host[KEY].scan();
