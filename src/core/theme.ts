/**
 * The shared look: public `--tiendo-*` custom properties resolve to private `--_*` ones with
 * light and dark defaults. `theme="light|dark|auto"` on the element (auto follows the reader's
 * system). Fonts are inherited from the host page. Marks keep ≥ 3:1 and text ≥ 4.5:1 contrast
 * against the default backgrounds.
 */
import { css, unsafeCSS } from 'lit';

// Dark defaults, used by theme="dark" and by auto when the system is dark. A constant of ours,
// never feed data, hence unsafeCSS.
const dark = unsafeCSS(`
--_bg: var(--tiendo-color-background, #0d1117);
--_surface: var(--tiendo-color-surface, #161b22);
--_text: var(--tiendo-color-text, #e6edf3);
--_muted: var(--tiendo-color-muted, #9198a1);
--_border: var(--tiendo-color-border, #3d444d);
--_grid: var(--tiendo-color-grid, #262c36);
--_accent: var(--tiendo-color-accent, #4493f8);
--_focus: var(--tiendo-color-focus, #4493f8);
--_highlight: var(--tiendo-color-highlight, #3b2e00);
--_lead: var(--tiendo-color-lead, #4493f8);
--_coordinating: var(--tiendo-color-coordinating, #ab7df8);
--_done: var(--tiendo-color-done, #3fb950);
--_in-progress: var(--tiendo-color-in-progress, #4493f8);
--_planned: var(--tiendo-color-planned, #9198a1);
--_overdue: var(--tiendo-color-overdue, #f85149);
--_delayed: var(--tiendo-color-delayed, #db6d28);
--_due-soon: var(--tiendo-color-due-soon, #d29922);
--_no-report: var(--tiendo-color-no-report, #ab7df8);
--_today: var(--tiendo-color-today, #f778ba);
--_illustrative: var(--tiendo-color-illustrative, #d29922);
`);

export const tokens = css`
  :host {
    --_font: var(--tiendo-font, inherit);
    --_font-size: var(--tiendo-font-size, 0.875rem);
    --_radius: var(--tiendo-radius, 4px);
    --_space: var(--tiendo-space, 8px);
    --_bg: var(--tiendo-color-background, #ffffff);
    --_surface: var(--tiendo-color-surface, #f6f8fa);
    --_text: var(--tiendo-color-text, #1f2328);
    --_muted: var(--tiendo-color-muted, #59636e);
    --_border: var(--tiendo-color-border, #d1d9e0);
    --_grid: var(--tiendo-color-grid, #e5e9ee);
    --_accent: var(--tiendo-color-accent, #0550ae);
    --_focus: var(--tiendo-color-focus, #0969da);
    --_highlight: var(--tiendo-color-highlight, #fff8c5);
    --_lead: var(--tiendo-color-lead, #0550ae);
    --_coordinating: var(--tiendo-color-coordinating, #8250df);
    --_done: var(--tiendo-color-done, #1a7f37);
    --_in-progress: var(--tiendo-color-in-progress, #0969da);
    --_planned: var(--tiendo-color-planned, #6e7781);
    --_overdue: var(--tiendo-color-overdue, #cf222e);
    --_delayed: var(--tiendo-color-delayed, #bc4c00);
    --_due-soon: var(--tiendo-color-due-soon, #9a6700);
    --_no-report: var(--tiendo-color-no-report, #6639ba);
    --_today: var(--tiendo-color-today, #bf3989);
    --_illustrative: var(--tiendo-color-illustrative, #9a6700);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  @media (forced-colors: active) {
    /* The same selectors as the dark theme, so that system colours win over it too. */
    :host,
    :host([theme='dark']),
    :host(:not([theme='light'])) {
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

/** Frame, states and caption shared by every widget. */
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
    color-scheme: light dark;
  }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
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
  .loading { color: var(--_muted); padding: var(--_space) 0; }
  .caption { font-size: 0.8em; color: var(--_muted); margin: 0; }
  .caption a { color: var(--_accent); }
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
    :host { background: none; color: #000; }
    .no-print, details.problems { display: none !important; }
  }
`;
