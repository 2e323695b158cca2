/**
 * The iframe page, `embed.html`, for CMSes that allow an `<iframe>` but no script:
 *
 *   embed.html?widget=timeline&src=<feed URL>&lang=vi&theme=auto&now=2026-06-30&agency=…
 *
 * shows one widget filling the frame and tells the parent its height whenever it changes (pym.js
 * and AMP messages, see messages.ts). Without a known `widget` it shows the snippet generator
 * instead, loaded on demand so that a frame never downloads it.
 */
import { preloadFeed } from '../core/preload.js';
import { upgrade } from './loader.js';
import { readEmbed, type Embed } from './params.js';
import { heightMessages, isPymWidth } from './size-protocol.js';
import { FRAME_WORDS, pageLang } from './words.js';
import { tagOf } from '../widgets.js';

interface Shown extends HTMLElement {
  updateComplete?: Promise<unknown>;
  model?: { programme: { symbol: string } };
}

const params = new URLSearchParams(location.search);
const embed = readEmbed(params.get('widget'), (name) => params.get(name));

if (embed) show(embed);
else
  void import('./generator.js').then(({ showGenerator }) => showGenerator(params)).catch((error: unknown) => {
    console.error('tiendo: could not load the snippet generator', error);
  });

function show(embed: Embed): void {
  preloadFeed(embed.attributes.src);
  const lang = pageLang(embed.attributes.lang);
  const root = document.documentElement;
  root.lang = lang;
  root.dataset.theme = embed.attributes.theme ?? 'light';
  document.title = `${FRAME_WORDS[lang].frameTitle} — ${FRAME_WORDS[lang].widget[embed.widget]}`;

  const el = document.createElement(tagOf(embed.widget)) as Shown;
  for (const [name, value] of Object.entries(embed.attributes)) el.setAttribute(name, value);
  if (!embed.attributes.lang) el.setAttribute('lang', lang);
  const main = document.querySelector('main') ?? document.body;
  main.append(el);
  upgrade(main);

  el.addEventListener('tiendo-load', () => rendered(el, lang, embed), { once: true });
  el.addEventListener('tiendo-error', () => rendered(el, lang, embed), { once: true });
  reportHeight(params.get('childId') || 'tiendo');
}

/** Names the frame after the programme, and marks the moment the widget first painted its data. */
async function rendered(el: Shown, lang: 'vi' | 'en', embed: Embed): Promise<void> {
  const symbol = el.model?.programme.symbol;
  if (symbol) document.title = `${symbol} — ${FRAME_WORDS[lang].widget[embed.widget]}`;
  await el.updateComplete;
  // A User Timing mark (`npm run bench` reads it; so can a site's monitoring): navigation → data on screen.
  requestAnimationFrame(() => {
    if (performance.getEntriesByName('tiendo:rendered').length === 0) performance.mark('tiendo:rendered');
  });
}

/**
 * Posts the page's height to the parent now and on every change, in both formats. The height is
 * the document's own (not the viewport's), so a frame taller than its content shrinks back.
 */
function reportHeight(childId: string): void {
  if (window.parent === window) return; // opened on its own, not framed
  let last = -1;
  const post = (always: boolean) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    for (const message of heightMessages(height, childId)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => post(false)).observe(document.documentElement);
  // A pym.js parent asks by sending its width; answer with the height even if it did not change.
  addEventListener('message', (event) => {
    if (event.source === window.parent && isPymWidth(event.data)) post(true);
  });
  post(true);
}
