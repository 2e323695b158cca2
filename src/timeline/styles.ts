/**
 * The timeline's look, on the shared tokens (`--_*`, from `--tiendo-*`). Status colours reach
 * the marks through `--c`, set by the row's `s-<status>` class; every status also has an icon
 * and, where it matters most (overdue, delayed, no report), a pattern.
 *
 * Notes kept out of the CSS text (comments there would ship to every reader):
 * - a wide task row has one definite grid row (`grid-template-rows: 100%`), so that the track's
 *   `height: 100%` is the row's height and not SVG's default 150 px;
 * - the grid layer sits behind the rows (z-index -1 in the tree's stacking context), the today
 *   layer in front of them;
 * - on paper (`.printed`, the layout for `media: 'print'`, set at `beforeprint`) every row is drawn
 *   and grows to its whole title, with status and timeframe in words under it; the track keeps
 *   its fixed width at the right, so the title column is what the paper leaves. These rules hang
 *   on the class, not on `@media print`, so that `media="print"` looks the same on screen;
 *   `@media print` only hides what cannot work on paper;
 * - forced colours use system colours only (status still reads from icons, patterns and words),
 *   and mark highlighted rows with a border, because forced colours drop `box-shadow`.
 */
import { css } from 'lit';
import { CHART_BORDER, COLUMN_GAP, MAX_HEIGHT_REM, PRINT_STACK_BELOW, ROW_EM, ROW_PADDING, STATUS_EM } from './sizes.js';

export const timelineStyles = css`
  :host {
    --_row-h: var(--tiendo-timeline-row-height, ${ROW_EM.task}em);
    --_head-h: ${ROW_EM.section}em;
  }
  .s-done { --c: var(--_done); }
  .s-in-progress { --c: var(--_in-progress); }
  .s-planned, .s-cancelled { --c: var(--_planned); }
  .s-due-soon { --c: var(--_due-soon); }
  .s-delayed { --c: var(--_delayed); }
  .s-overdue { --c: var(--_overdue); }
  .s-no-report { --c: var(--_no-report); }
  .s-undated { --c: var(--_muted); }

  .timeline { display: flex; flex-direction: column; gap: var(--_space); min-width: 0; }
  .timeline.stacked { --_row-h: var(--tiendo-timeline-row-height, ${ROW_EM.stackedTask}em); --_head-h: ${ROW_EM.stackedSection}em; }

  .toolbar, .toolbar > div { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
  .toolbar { gap: 6px 16px; }
  .range-text { min-width: 7.5em; text-align: center; font-weight: 600; font-variant-numeric: tabular-nums; }
  .table-toggle { margin-inline-start: auto; }
  .toolbar.compact { gap: 6px; flex-wrap: nowrap; }
  .toolbar.compact .pan { flex-wrap: nowrap; gap: 2px; }
  .toolbar.compact button { padding-inline: 0.45em; }
  .period { flex: 1 1 auto; min-width: 0; max-width: 14em; min-height: 28px; font: inherit; padding: 0.2em 0.3em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); }
  .highlight-line {
    display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; margin: 0;
    padding: 4px 8px; background: var(--_highlight); border-radius: var(--_radius);
  }

  .scroll { position: relative; border: ${CHART_BORDER}px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); }
  .scroll.scrolling { max-height: var(--tiendo-timeline-max-height, calc(${MAX_HEIGHT_REM} * var(--_rem))); overflow: auto; overscroll-behavior: contain; }
  /* The years stay in sight while the reader scrolls the rows, in the page or in the scroll box;
     a page with a fixed header sets --tiendo-sticky-top to its height. */
  .axis { position: sticky; top: var(--tiendo-sticky-top, 0px); z-index: 1; }
  .scrolling .axis { top: 0; }
  .spacer { display: block; }

  .axis, .row.task { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: ${COLUMN_GAP}px; }
  .with-status .axis, .with-status .row.task { grid-template-columns: minmax(0, 1fr) ${STATUS_EM}em auto; }
  .stacked .axis { grid-template-columns: auto; padding-inline-start: 4px; }
  .axis { align-items: end; background: var(--_bg); border-bottom: 1px solid var(--_border); }
  .head { padding: 0 0 6px 8px; font-size: 0.8em; font-weight: 600; color: var(--_muted); }
  .head + .head { padding-inline-start: 0; }
  .ruler, .track, .sample { display: block; overflow: visible; forced-color-adjust: none; }
  /* Marks sit on the middle of their row, whose height CSS decides: half the track's own height
     (a transform, not a nested <svg y="50%">, which is one more viewport to lay out per row). */
  .marks { transform-box: view-box; transform: translateY(50%); }
  .ruler text { fill: var(--_text); font-size: 12px; }
  .ruler .year { font-weight: 700; }
  .ruler .quarter, .ruler .goal-label { fill: var(--_muted); font-size: 11px; }
  .ruler .today-label { fill: var(--_today); font-size: 11px; font-weight: 700; }
  .ruler .base, .ruler .tick { stroke: var(--_border); }
  .today-mark { fill: var(--_today); }

  .row {
    height: var(--_row-h); align-items: center; padding-inline-start: ${ROW_PADDING}px;
    border-bottom: 1px solid var(--_grid); cursor: pointer; scroll-margin-top: 64px; outline: none;
  }
  .row:hover { background: var(--_surface); }
  .row:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
  .row.hl { background: var(--_highlight); }
  .row.selected { box-shadow: inset 4px 0 0 var(--_accent); }
  .row.section {
    position: relative; z-index: 2; display: flex; align-items: center; gap: 6px; height: var(--_head-h);
    padding-inline: 4px 8px; background: var(--_surface); font-weight: 600;
  }
  .row.section.hl { background: var(--_highlight); }
  .chevron { flex: none; fill: none; stroke: currentColor; stroke-width: 2; transition: transform 0.15s; }
  .row.section[aria-expanded='true'] .chevron { transform: rotate(90deg); }
  .section .title { flex: 1; -webkit-line-clamp: 1; line-clamp: 1; }
  .stacked .section .title { -webkit-line-clamp: 2; line-clamp: 2; }
  /* A phone has no tooltip: where every row is drawn (no scrolling box, whose rows have fixed
     heights), a section's heading is there to read whole. */
  .stacked .scroll:not(.scrolling) .row.section { height: auto; min-height: var(--_head-h); padding-block: 6px; }
  .stacked .scroll:not(.scrolling) .section .title { display: block; -webkit-line-clamp: none; line-clamp: none; }
  .count { flex: none; font-size: 0.85em; font-weight: 400; color: var(--_muted); }
  .hl-count { color: var(--_text); font-weight: 700; }

  .label { display: flex; align-items: center; gap: 6px; min-width: 0; }
  .title {
    display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2;
    overflow: hidden; overflow-wrap: anywhere; min-width: 0;
  }
  .num { flex: none; min-width: 1.5em; text-align: end; color: var(--_muted); font-variant-numeric: tabular-nums; }
  .section .num { min-width: 0; color: inherit; }
  .icon { flex: none; width: 1.1em; height: 1.1em; color: var(--c); forced-color-adjust: none; vertical-align: -0.2em; }
  .knock { fill: none; stroke: var(--_bg); }
  .role {
    flex: none; padding: 0 0.3em; border: 1.5px solid var(--_text); border-radius: 3px;
    font-size: 0.75em; font-weight: 700; line-height: 1.4;
  }
  .status { font-size: 0.85em; line-height: 1.25; overflow: hidden; }
  .part { display: inline-block; }
  .stacked .row.task { grid-template-columns: minmax(0, 1fr); align-content: center; row-gap: 2px; padding-inline-end: 4px; }
  .stacked .status { display: flex; flex-wrap: wrap; align-items: center; gap: 0 4px; max-height: 2.6em; }
  .stacked .status .when { white-space: nowrap; min-width: 0; max-width: 100%; overflow: hidden; text-overflow: ellipsis; color: var(--_muted); }
  .stacked .track { height: 18px; }
  .wide .row.task { grid-template-rows: 100%; }
  .wide .track, .wide .lane { height: 100%; }

  .grid { stroke: var(--_grid); }
  .goal { stroke: var(--_muted); stroke-dasharray: 4 3; }
  .today { stroke: var(--_today); stroke-width: 2; }
  .bar { fill-opacity: 0.3; stroke: var(--c); stroke-width: 1.5; }
  .bar:not(.pat) { fill: var(--c); }
  .bar.pat, .s-done .bar { fill-opacity: 1; }
  .bar.inferred { stroke-dasharray: 3 2; }
  .s-planned .bar { fill-opacity: 0.12; }
  .s-cancelled .bar { fill-opacity: 0.08; stroke-dasharray: 1 3; }
  .progress, .arrow { fill: var(--c); }
  .band { fill: var(--c); fill-opacity: 0.2; }
  .band-line { stroke: var(--c); stroke-width: 2.5; }
  .deadline { fill: none; stroke: var(--_text); stroke-width: 2; }
  .deadline-flag { fill: var(--_text); stroke: none; }
  .milestone { fill: var(--_bg); stroke: var(--_text); stroke-width: 1.5; }
  .milestone.done { fill: var(--_text); }
  .outside { fill: none; stroke: var(--_muted); stroke-width: 1.5; }
  .p-bg { fill: var(--c); fill-opacity: 0.2; }
  .p-ink { stroke: var(--c); stroke-width: 2; }
  .p-dot { fill: var(--c); }
  .has-hl .row.task:not(.hl) .track { opacity: 0.4; }
  .tree { position: relative; z-index: 0; }
  .grid-layer, .today-layer { position: absolute; top: 0; right: 0; overflow: visible; pointer-events: none; forced-color-adjust: none; }
  .grid-layer { z-index: -1; }
  .today-layer { z-index: 1; }
  .defs { position: absolute; width: 0; height: 0; }

  .lane { position: relative; z-index: 2; display: grid; align-items: center; height: 100%; }
  .lane > * { grid-area: 1 / 1; }
  .stacked .lane { height: auto; }
  .lane-text {
    min-width: 0; margin-inline: 8px; padding: 1px 8px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis;
    border: 1.5px dashed var(--_muted); border-radius: var(--_radius); background: var(--_surface); font-size: 0.85em; font-style: italic;
  }
  .lane-name { font-style: normal; font-weight: 600; }

  .legend { display: flex; flex-wrap: wrap; gap: 4px 24px; font-size: 0.8em; }
  .legend ul { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding: 0; list-style: none; }
  .legend li { display: inline-flex; align-items: center; gap: 4px; }
  .legend .shapes { --c: var(--_accent); }
  .lane-sample { fill: var(--_surface); stroke: var(--_muted); stroke-dasharray: 3 2; }
  .keys { margin: 0; font-size: 0.8em; color: var(--_muted); }
  /* The keys are news only to a keyboard user: shown while focus is in the timeline by keyboard,
     otherwise kept for screen readers alone. (Without :has(), as in Firefox < 121, always shown.) */
  .timeline:not(:has(:focus-visible)) .keys {
    position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }

  .table-box.shown { overflow-x: auto; }
  table { width: 100%; border-collapse: collapse; font-size: 0.85em; }
  caption { padding: 4px 0; text-align: start; font-weight: 600; }
  th, td { padding: 4px 6px; text-align: start; vertical-align: top; border-bottom: 1px solid var(--_grid); }
  thead th { border-bottom: 2px solid var(--_border); white-space: nowrap; }
  tbody th { font-weight: 400; min-width: 14em; }
  td:nth-child(4), td:nth-child(5) { white-space: nowrap; }
  .pager { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding-top: 6px; }

  dialog {
    width: min(calc(40 * var(--_rem)), calc(100vw - 24px)); max-height: calc(100vh - 24px); padding: 0;
    color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: 8px;
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  .dialog-body { padding: 16px; }
  .dialog-head { display: grid; grid-template-columns: 1fr auto; gap: 4px 12px; }
  .kicker { margin: 0; color: var(--_muted); font-size: 0.85em; }
  .dialog-head h2 { margin: 0; font-size: 1.1em; line-height: 1.35; }
  .close { grid-column: 2; grid-row: 1 / span 2; align-self: start; min-width: 32px; min-height: 32px; font-size: 1.2em; line-height: 1; }
  .facts { display: grid; grid-template-columns: minmax(7em, max-content) 1fr; gap: 8px 12px; margin: 12px 0 0; }
  .facts dt { color: var(--_muted); font-size: 0.9em; }
  .facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
  .facts ul, .facts ol { margin: 0; padding-inline-start: 1.1em; }
  .facts li + li { margin-top: 4px; }
  .meter { fill: var(--_grid); }
  .meter-fill { fill: var(--c, var(--_done)); }
  .printed, .successor, .as-written { color: var(--_muted); font-size: 0.9em; }
  .successor { border-inline-start: 2px dotted var(--_border); padding-inline-start: 6px; margin-block: 2px; }
  .successor-label { font-style: italic; cursor: pointer; }
  .link-button, .link-button[aria-pressed] {
    display: block; min-height: 24px; padding: 0; border: none; background: none;
    color: var(--_accent); font-size: 0.85em; text-decoration: underline; text-align: start;
  }
  .link-button[aria-pressed='true'] { font-weight: 700; }
  @media (max-width: 30rem) {
    .facts { grid-template-columns: 1fr; gap: 2px; }
    .facts dd { margin-bottom: 8px; }
  }

  @media (forced-colors: active) {
    .timeline, dialog, [class*='s-'] { --c: CanvasText; }
    .s-planned, .s-cancelled, .s-undated { --c: GrayText; }
    .bar:not(.pat), .band, .milestone, .p-bg, .knock, .lane-sample { fill: Canvas; }
    .knock { stroke: Canvas; }
    .s-done .bar:not(.pat), .progress, .arrow, .milestone.done, .today-mark { fill: CanvasText; }
    .bar, .deadline, .milestone, .band-line, .p-ink, .outside { stroke: CanvasText; }
    .deadline-flag { fill: CanvasText; }
    .grid, .ruler .base, .ruler .tick { stroke: GrayText; }
    .today { stroke: Highlight; }
    .ruler text, .ruler .today-label { fill: CanvasText; }
    .row.hl, .row.section.hl, .highlight-line { background: Canvas; border-inline-start: 6px solid Highlight; }
    .row.selected { border-inline-start: 6px double CanvasText; }
    .toolbar button[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; }
    .has-hl .row.task:not(.hl) .track { opacity: 1; }
    .row:focus-visible { outline-color: Highlight; }
  }

  /* The printed chart's table (rows.ts renderPages), there for its repeated head: layout only. */
  .pages { width: 100%; border-collapse: collapse; }
  .pages td { padding: 0; }
  .pages tr { break-inside: avoid; }
  .pages tr:has(> td > .section) { break-after: avoid; }
  .printed .row { break-inside: avoid; cursor: auto; }
  .printed .row.task { height: auto; min-height: var(--_row-h); padding-block: 6px; grid-template-rows: auto; }
  .printed .track, .printed .strut, .printed .ruler { max-width: 100%; height: auto; }
  .printed .lane { height: auto; min-height: var(--_row-h); }
  .printed .lane-text { white-space: normal; }
  .printed .label { align-items: flex-start; }
  .printed .words { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
  .printed .title, .printed .section .title { display: block; overflow: visible; overflow-wrap: break-word; -webkit-line-clamp: none; line-clamp: none; }
  .printed .words .status { color: var(--_muted); }
  .printed .row.section { height: auto; min-height: var(--_head-h); break-after: avoid; }
  @container (width < ${PRINT_STACK_BELOW}px) {
    .printed .axis, .printed .row.task { grid-template-columns: minmax(0, 1fr); row-gap: 4px; }
    .printed .axis { padding-inline-start: ${ROW_PADDING}px; }
    .printed .axis .head, .printed .grid-layer, .printed .today-layer { display: none; }
  }

  @media print {
    .scroll { border: none; }
    .scrolling { max-height: none; overflow: visible; }
    .axis { position: static; break-after: avoid; }
    .row.hl { background: none; }
    .row.section { background: var(--_bg); }
    .keys, dialog, .chevron { display: none; }
    .timeline * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  }
`;
