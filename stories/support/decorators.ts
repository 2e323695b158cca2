/**
 * The page around every story, and the toolbar's language and theme. Plain Lit and DOM, no
 * Storybook imports at run time, so that the story check (tests/stories/) applies exactly the same
 * decorators in @web/test-runner.
 */
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { LANGS } from '../../src/derive/lang.js';
import { argsOnElement } from './render.js';

export const THEMES = ['auto', 'light', 'dark'] as const;

/** The toolbar's starting values: Vietnamese (the library's default) and the reader's system theme. */
export const initialGlobals = { lang: 'vi', theme: 'auto' };

/** The toolbar: the page language (widgets follow it unless a story sets `lang`) and the theme. */
export const globalTypes = {
  lang: {
    description: 'Page language: widgets follow it unless the story sets their own `lang`.',
    toolbar: {
      title: 'Language',
      icon: 'globe' as const,
      items: LANGS.map((lang) => ({ value: lang, title: lang === 'vi' ? 'Tiếng Việt (vi)' : 'English (en)' })),
      dynamicTitle: true,
    },
  },
  theme: {
    description: "The widgets' `theme` attribute, unless the story sets one.",
    toolbar: {
      title: 'Theme',
      icon: 'mirror' as const,
      items: THEMES.map((theme) => ({ value: theme, title: theme === 'auto' ? 'auto (follows the system)' : theme })),
      dynamicTitle: true,
    },
  },
};

const css = `
.tiendo-story { padding: 1rem; background: Canvas; color: CanvasText; color-scheme: light dark;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.tiendo-story[data-theme='light'] { color-scheme: light; }
.tiendo-story[data-theme='dark'] { color-scheme: dark; }
.tiendo-story-note { max-inline-size: 70ch; margin: 0 0 1rem; font-size: 0.875rem; }
.tiendo-story-note code { font-size: 0.95em; }
.tiendo-story-width { inline-size: var(--tiendo-story-width); outline: 1px dashed GrayText; outline-offset: 2px; }
.tiendo-story-paper { box-sizing: border-box; inline-size: 210mm; max-inline-size: 100%; padding: 15mm;
  background: #fff; color: #000; color-scheme: light; box-shadow: 0 1px 6px rgb(0 0 0 / 0.35); }
.tiendo-story-stack { display: grid; gap: 1.5rem; }
@media print {
  .tiendo-story { padding: 0; }
  .tiendo-story-paper { inline-size: auto; padding: 0; box-shadow: none; }
  .tiendo-story-note { display: none; }
}
`;

let sheet: CSSStyleSheet | undefined;
/** The page styles, adopted once (no `<style>` per story, nothing a strict CSP would refuse). */
function adoptStoryStyles(): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Every story: the language from the toolbar, and a page background that matches the theme. The
 * language goes on this wrapper, which stands for the page: widgets follow the nearest `lang`, and
 * Storybook's docs pages put `lang="en"` around each story.
 */
export const withPage: Decorator = (story, { args, globals }) => {
  adoptStoryStyles();
  const lang = String(globals?.lang ?? initialGlobals.lang);
  const theme = String(args.theme ?? globals?.theme ?? 'auto');
  return html`<div class="tiendo-story" lang=${lang} data-theme=${theme}>${story()}</div>`;
};

/** The widget in a box this many CSS pixels wide (a dashed outline shows the box). */
export const atWidth =
  (px: number): Decorator =>
  (story) =>
    html`<div class="tiendo-story-width" ${argsOnElement({ '--tiendo-story-width': `${px}px` })}>${story()}</div>`;

/** A short explanation above the story, for designers (in English, like the rest of Storybook). */
export const withNote =
  (note: string): Decorator =>
  (story) =>
    html`<p class="tiendo-story-note" lang="en">${note}</p>${story()}`;

/** An A4 sheet (210 mm, 15 mm margins) in black on white, as the widget will be printed. */
export const onPaper: Decorator = (story) => html`<div class="tiendo-story-paper">${story()}</div>`;

/**
 * A feed URL that never answers. The loading state cannot come from a real server
 * deterministically (a slow route is a race, a static server has none), so this one URL is held
 * open by the page itself: its request stays pending until the widget aborts it. No timer is
 * involved; everything else goes to the network as usual.
 */
export const PENDING_FEED = 'feeds/__story-pending__.json';

let pendingInstalled = false;
/** Installs the hold on {@link PENDING_FEED} (once; other requests are untouched). */
export const holdPendingFeed: Decorator = (story) => {
  if (!pendingInstalled) {
    pendingInstalled = true;
    const network = window.fetch;
    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.includes('__story-pending__')) return network.call(this, input, init);
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
      });
    };
  }
  return story();
};
