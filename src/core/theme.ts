/**
 * The shared look: public `--tiendo-*` custom properties resolve to private `--_*` ones with
 * light and dark defaults. Light unless asked: `theme="dark"` is dark, `theme="auto"` follows the
 * reader's system — a light article page read on a phone in dark mode keeps light widgets.
 * Fonts are inherited from the host page. Marks keep ≥ 3:1 and text ≥ 4.5:1 contrast against the
 * default backgrounds.
 *
 * Each colour can be set for both schemes (`--tiendo-color-accent`) or for one
 * (`--tiendo-light-color-accent`, `--tiendo-dark-color-accent`): a brand colour that reads on
 * white rarely reads on near-black.
 */
import { css, unsafeCSS } from 'lit';

/** name, light default, dark default. */
const COLOURS: ReadonlyArray<readonly [string, string, string]> = [
  ['background', '#ffffff', '#0d1117'],
  ['surface', '#f6f8fa', '#161b22'],
  ['text', '#1f2328', '#e6edf3'],
  ['muted', '#59636e', '#9198a1'],
  ['border', '#d1d9e0', '#3d444d'],
  ['grid', '#e5e9ee', '#262c36'],
  ['accent', '#0550ae', '#4493f8'],
  ['focus', '#0969da', '#4493f8'],
  ['highlight', '#fff8c5', '#3b2e00'],
  ['lead', '#0550ae', '#4493f8'],
  ['coordinating', '#8250df', '#ab7df8'],
  ['done', '#1a7f37', '#3fb950'],
  ['in-progress', '#0969da', '#4493f8'],
  ['planned', '#6e7781', '#9198a1'],
  ['overdue', '#cf222e', '#f85149'],
  ['delayed', '#bc4c00', '#db6d28'],
  ['due-soon', '#9a6700', '#d29922'],
  ['no-report', '#6639ba', '#ab7df8'],
  ['today', '#bf3989', '#f778ba'],
  ['illustrative', '#9a6700', '#d29922'],
];

/** Private names that differ from the public ones. */
const PRIVATE: Record<string, string> = { background: 'bg' };

/** `--_accent: var(--tiendo-dark-color-accent, var(--tiendo-color-accent, #4493f8));` … */
const scheme = (which: 'light' | 'dark') =>
  // A constant of ours, never feed data, hence unsafeCSS.
  unsafeCSS(
    COLOURS.map(([name, light, dark]) => `--_${PRIVATE[name] ?? name}: var(--tiendo-${which}-color-${name}, var(--tiendo-color-${name}, ${which === 'light' ? light : dark}));`).join('\n'),
  );

/** The default colours of a scheme by token name, for pictures drawn outside a page (the CLI's SVG and PNG images). */
export function themeColours(which: 'light' | 'dark'): Record<string, string> {
  return Object.fromEntries(COLOURS.map(([name, light, dark]) => [name, which === 'light' ? light : dark]));
}

/** The names of every colour token, for the docs and the token test. */
export const COLOUR_TOKENS: readonly string[] = COLOURS.map(([name]) => name);

/**
 * The frame's padding (px) unless `--tiendo-space` says otherwise: written into the CSS here and
 * counted by the layouts that need the content width inside the frame.
 */
export const FRAME_PADDING = 8;

export const tokens = css`
  :host {
    --_font: var(--tiendo-font, inherit);
    /* 14 px on a default page, and never less: a host page's html { font-size: 62.5% } (Bootstrap 3,
       many CMS themes) would otherwise make every label 8.75 px. Larger reader settings still count. */
    --_font-size: var(--tiendo-font-size, max(0.875rem, 14px));
    /* The widgets' own rem: 16 px on a default page, never less under a shrunken root (sizes in the
       stylesheets are written calc(N * var(--_rem)) instead of Nrem for that reason). */
    --_rem: max(1rem, 16px);
    --_radius: var(--tiendo-radius, 4px);
    --_space: var(--tiendo-space, ${FRAME_PADDING}px);
    ${scheme('light')}
  }
  :host([theme='dark']) {
    ${scheme('dark')}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${scheme('dark')}
    }
  }
  /* Paper is white whatever the screen: a dark widget printed as shown spends a cartridge, or, as
     browsers drop backgrounds when printing, leaves light text on white. Light colours on paper. */
  @media print {
    :host([theme='dark']),
    :host([theme='auto']) {
      ${scheme('light')}
    }
  }
  @media (forced-colors: active) {
    /* The same selectors as the dark theme, so that system colours win over it too. */
    :host,
    :host([theme='dark']),
    :host([theme='auto']) {
      --_bg: Canvas;
      --_surface: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_grid: GrayText;
      --_accent: LinkText;
      --_focus: Highlight;
      --_highlight: Highlight;
      --_lead: CanvasText;
      --_coordinating: CanvasText;
      --_done: CanvasText;
      --_in-progress: CanvasText;
      --_planned: GrayText;
      --_overdue: CanvasText;
      --_delayed: CanvasText;
      --_due-soon: CanvasText;
      --_no-report: CanvasText;
      --_today: Highlight;
      --_illustrative: CanvasText;
    }
  }
`;

/**
 * Frame, states and caption shared by every widget. Every control is at least 24 px tall, a
 * finger's target on a phone (WCAG 2.5.8): buttons, and the `<summary>` of each disclosure too.
 */
export const frameStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_bg);
    color-scheme: light;
  }
  :host([theme='auto']) { color-scheme: light dark; }
  :host([theme='dark']) { color-scheme: dark; }
  :host([hidden]) { display: none; }
  /* The host page's rules reach the host element (and beat :host), and inherited text properties
     would flow from it into the widget: an article's .body * { text-transform: uppercase;
     white-space: pre-line; font-style: italic } turned every matrix cell into a tall uppercase
     italic block. The shadow tree's top elements take them back, and the base size, so that the
     widget reads the same on any page. Theme through --tiendo-font and --tiendo-font-size. */
  :host > * {
    font-size: var(--_font-size); font-style: normal; font-weight: 400; font-variant: normal; font-stretch: normal;
    line-height: 1.4; letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0;
    text-align: start; text-shadow: none; white-space: normal; word-break: normal; overflow-wrap: normal;
    hyphens: manual; tab-size: 8; color: var(--_text); visibility: visible; cursor: auto;
  }
  /* Not "inherit": a host page's * { box-sizing: content-box } reaches the host element. */
  *, *::before, *::after { box-sizing: border-box; }
  .frame { display: flex; flex-direction: column; gap: var(--_space); padding: var(--_space); min-width: 0; }
  .sr-only {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .badge {
    align-self: flex-start; display: inline-flex; align-items: center; gap: 0.35em;
    border: 1.5px dashed var(--_illustrative); color: var(--_text); border-radius: var(--_radius);
    padding: 0.1em 0.5em; font-size: 0.85em; font-weight: 600;
  }
  .badge::before { content: '⚠'; color: var(--_illustrative); }
  .notice {
    border-inline-start: 4px solid var(--_due-soon); background: var(--_surface);
    padding: calc(var(--_space) * 0.75) var(--_space); border-radius: var(--_radius);
  }
  .notice.error { border-inline-start-color: var(--_overdue); }
  .notice p { margin: 0; }
  details.problems { font-size: 0.85em; color: var(--_muted); }
  details.problems summary { cursor: pointer; }
  details.problems ul { margin: 0.25em 0; padding-inline-start: 1.25em; }
  details.problems code { color: var(--_text); font-size: 0.95em; }
  .empty { margin: 0; }
  .nw { white-space: nowrap; }
  .loading { color: var(--_muted); padding: var(--_space) 0; }
  .credit { font-size: 0.8em; color: var(--_muted); }
  .caption { margin: 0; }
  .credit a { color: var(--_accent); }
  summary { min-height: 24px; padding-block: 4px; }
  .credit-more summary { cursor: pointer; width: fit-content; }
  .credit-more dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0 0; max-width: 70ch; }
  .credit-more dt { font-weight: 600; }
  .credit-more dd { margin: 0; }
  @container (max-width: 480px) { .credit-more dl { grid-template-columns: 1fr; } .credit-more dd { margin-block-end: 4px; } }
  :focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  button {
    font: inherit; color: var(--_text); background: var(--_surface);
    border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 0.2em 0.6em; cursor: pointer; min-height: 28px;
  }
  button:hover { border-color: var(--_muted); }
  button[aria-pressed='true'] { background: var(--_text); color: var(--_bg); }
  @media (forced-colors: active) {
    button[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
  a { color: var(--_accent); }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
  @media print {
    /* The frame is the widget's sheet of paper: opaque, light, and printed even when the page's
       own (dark) background is not; inside it backgrounds print only where a widget asks. */
    :host, :host([theme]) { background: var(--_bg); color: #000; color-scheme: light; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    :host > * { print-color-adjust: economy; -webkit-print-color-adjust: economy; }
    .no-print, details.problems { display: none !important; }
    /* A notice holding only the technical details would print as an empty bar. */
    .notice:not(:has(> :not(details.problems))) { display: none; }
    /* A label stays with what it labels, the credit with the picture it credits; a folded credit is a control, not text. */
    .badge { break-after: avoid; }
    /* No padding above the first item: a page break there would leave a page's heading alone at its foot. */
    .frame { padding-block-start: 0; }
    .credit { break-before: avoid; }
    .credit-more:not([open]) { display: none; }
    .credit-more summary { list-style: none; cursor: auto; }
  }
`;
