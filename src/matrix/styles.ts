/**
 * The matrix's look, on the shared `--_*` tokens (core/theme.ts). Column widths and the long
 * table's row height are written in from sizes.ts, which layout.ts and the virtualiser reckon with. No rule depends on feed data: column and row highlights are
 * classes on `<col>` and `<tr>`, so a hover restyles two elements, not a column of cells.
 */
import { css, unsafeCSS } from 'lit';
import { GEOMETRY, MAX_HEIGHT_REM, REM, VIRTUAL_ROW } from './sizes.js';

/** A size in px at the default root size, as the widget's own rem (core/theme.ts `--_rem`). */
const rem = (px: number) => unsafeCSS(`calc(${px / REM} * var(--_rem))`);
const { lines, lineHeight, paddingRem, rulesPx } = VIRTUAL_ROW;

export const matrixStyles = css`
  :host {
    --_max-height: var(--tiendo-matrix-max-height, calc(${MAX_HEIGHT_REM} * var(--_rem)));
    --_sticky-top: var(--tiendo-matrix-sticky-top, 0px);
    --_title-lines: var(--tiendo-matrix-title-lines, 3);
  }

  /* Toolbar, legend, chosen body, detail line */
  .matrix-bar { display: grid; gap: calc(0.5 * var(--_rem)); }
  .toolbar { display: flex; flex-wrap: wrap; gap: calc(0.5 * var(--_rem)) calc(1.25 * var(--_rem)); align-items: center; justify-content: space-between; }
  .legend { display: flex; flex-wrap: wrap; gap: calc(0.25 * var(--_rem)) calc(1 * var(--_rem)); margin: 0; padding: 0; list-style: none; }
  .legend li { display: inline-flex; align-items: center; gap: 0.4em; }
  .controls { display: flex; flex-wrap: wrap; gap: calc(0.5 * var(--_rem)); align-items: center; }
  .order { display: inline-flex; flex-wrap: wrap; gap: calc(0.25 * var(--_rem)); align-items: center; color: var(--_muted); }
  .pair { display: inline-flex; gap: inherit; }
  .swatch { display: inline-block; width: calc(1.5 * var(--_rem)); height: calc(1.1 * var(--_rem)); border: 1.5px dashed var(--_muted); border-radius: 3px; }
  /* A flat tint, not a pattern: a column of a 10,000-row table is 460,000 px tall to paint. */
  .swatch, col.group { background-color: color-mix(in srgb, var(--_grid) 45%, transparent); }
  .chosen-line { display: flex; flex-wrap: wrap; gap: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem)); align-items: center; margin: 0; padding: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem)); background: var(--_highlight); border-inline-start: 4px solid var(--_text); border-radius: var(--_radius); }
  .muted { color: var(--_muted); }
  .detail {
    margin: 0; min-height: 2.8em; color: var(--_muted); font-size: 0.9em;
    display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden;
  }

  /* Role marks: letters, shape and fill as well as colour */
  .mark {
    display: inline-grid; place-items: center; box-sizing: border-box; min-width: calc(1.9 * var(--_rem)); height: calc(1.375 * var(--_rem)); padding: 0 0.3em;
    font-size: max(calc(0.75 * var(--_rem)), 12px); font-weight: 700; line-height: 1; letter-spacing: 0.02em; white-space: nowrap;
    border: 2px solid var(--_lead); border-radius: 2px; forced-color-adjust: none; print-color-adjust: exact; -webkit-print-color-adjust: exact;
  }
  .mark.lead { background: var(--_lead); color: var(--_bg); }
  .mark.co-lead { background: var(--_lead); color: var(--_bg); border-radius: 999px; box-shadow: inset 0 0 0 1.5px var(--_bg); }
  .mark.coordinating { background: var(--_bg); color: var(--_coordinating); border-color: var(--_coordinating); border-radius: 999px; }

  /* The table */
  .scroller { position: relative; }
  .scroller.boxed { overflow: auto; max-height: var(--_max-height); border: 1px solid var(--_border); border-radius: var(--_radius); overscroll-behavior-x: contain; }
  table { border-collapse: separate; border-spacing: 0; table-layout: fixed; width: 100%; }
  table.vertical { width: max-content; min-width: 100%; }
  caption { text-align: start; font-weight: 600; padding: 0 calc(0.5 * var(--_rem)) calc(0.5 * var(--_rem)) 0; }
  .boxed caption { padding: calc(0.5 * var(--_rem)); }
  col.task { width: ${rem(GEOMETRY.task)}; }
  col.bodies { width: ${rem(GEOMETRY.bodies)}; }
  table.vertical col.agency { width: ${rem(GEOMETRY.vertical)}; }
  @container (width < ${GEOMETRY.wide + GEOMETRY.padding}px) {
    col.task { width: ${rem(GEOMETRY.taskNarrow)}; }
  }
  col.agency.hot { background-color: var(--_surface); }
  col.agency.chosen { background-color: var(--_highlight); }
  th, td { border-bottom: 1px solid var(--_grid); padding: 0; }
  td { text-align: center; vertical-align: middle; }
  td.n { font-variant-numeric: tabular-nums; color: var(--_muted); text-align: end; padding-inline-end: calc(0.75 * var(--_rem)); }
  th { font-weight: 600; text-align: start; }
  th button, .head {
    font: inherit; color: inherit; background: none; border: 0; border-radius: 0; margin: 0; min-height: 0; width: 100%;
    padding: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem)); text-align: inherit; cursor: pointer;
  }
  th button { height: 100%; }
  th button:hover { text-decoration: underline; }
  th button[aria-pressed], .head[aria-pressed] { background: none; color: inherit; }
  /* Whole words only: a long word overflows its column rather than breaking as "Organisatio n". */
  thead th.agency { overflow-wrap: normal; word-break: normal; hyphens: manual; }

  /* The header row and the totals stick as whole rows: one sticky box each, not one per cell. */
  thead { position: sticky; top: var(--_sticky-top); z-index: 2; }
  .boxed thead { top: 0; }
  thead th { background: var(--_bg); vertical-align: bottom; border-bottom: 2px solid var(--_border); }
  thead th.agency { text-align: center; font-weight: 500; font-size: 0.85em; line-height: 1.25; }
  thead th.agency.hot { background: var(--_surface); }
  thead th.agency.chosen { background: var(--_highlight); }
  thead th.agency.chosen button { font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px; }
  thead th.agency.chosen .name::before { content: '✓ '; }
  /* Set like the agency heads it counts, with less padding: its word and sort sign fit the 72 px column. */
  thead th.n { text-align: end; font-weight: 500; font-size: 0.85em; line-height: 1.25; }
  thead th.n button { padding-inline: calc(0.25 * var(--_rem)); }
  th[aria-sort='ascending'] button::after { content: ' ▲'; font-size: 0.75em; }
  th[aria-sort='descending'] button::after { content: ' ▼'; font-size: 0.75em; }
  th[aria-sort='none'] button::after { content: ' ⇅'; font-size: 0.75em; color: var(--_muted); }
  .group .name { font-style: italic; }
  .horizontal th.agency.group .name { display: inline-block; border: 1.5px dashed var(--_muted); border-radius: 3px; padding: 0 0.25em; }
  .vertical th.agency { height: calc(9 * var(--_rem)); }
  .vertical th.agency button { padding: calc(0.4 * var(--_rem)) calc(0.1 * var(--_rem)); }
  .vertical th.agency .name {
    display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); max-height: calc(8.5 * var(--_rem));
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; text-align: start;
  }
  .vertical th.agency.group .name { border: 1.5px dashed var(--_muted); border-radius: 3px; padding: 0.25em 0.05em; }

  th.task, thead th.corner, tr.section th { position: sticky; left: 0; z-index: 1; background: var(--_bg); }
  thead th.corner { z-index: 3; }
  th.task { font-weight: 400; border-inline-end: 1px solid var(--_border); }
  th.task button { display: flex; gap: 0.5em; align-items: baseline; }
  th.task .num { flex: none; min-width: 1.6em; font-weight: 700; font-variant-numeric: tabular-nums; }
  .title { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: var(--_title-lines); line-clamp: var(--_title-lines); overflow: hidden; }
  tr.section th { padding: calc(0.6 * var(--_rem)) calc(0.5 * var(--_rem)) calc(0.3 * var(--_rem)); font-weight: 700; background: var(--_surface); }
  tr.task.hot > *, tr.task.hot th.task { background-color: var(--_surface); }
  tr.task.hit th.task { background: var(--_highlight); box-shadow: inset 4px 0 0 var(--_text); }
  tr.task.hit th.task button { font-weight: 600; }
  tr.task.picked th.task { box-shadow: inset 4px 0 0 var(--_focus); }
  tr.task.picked th.task button { font-weight: 700; }
  tr.gap td { padding: 0; border: 0; }
  tr.gap svg { display: block; }

  /* Long matrices: every row the same height (sizes.ts), so the window arithmetic holds */
  .virtual { --_title-lines: ${lines}; --_row: round(up, calc(${lines * lineHeight}em + calc(${paddingRem} * var(--_rem)) + ${rulesPx}px), 1px); }
  .virtual th.task button { line-height: ${lineHeight}; }
  .virtual tbody tr.task, .virtual tbody tr.section { height: var(--_row); }
  .virtual tr.section th { padding-block: 0; }
  .virtual tr.section .title { -webkit-line-clamp: 1; line-clamp: 1; }

  tfoot th, tfoot td { border-top: 2px solid var(--_border); border-bottom: 0; background: var(--_bg); }
  tfoot th { padding: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem)); vertical-align: bottom; font-weight: 600; }
  .boxed tfoot { position: sticky; bottom: 0; z-index: 2; }
  td.total { padding: calc(0.25 * var(--_rem)) 0; vertical-align: bottom; font-variant-numeric: tabular-nums; font-size: 0.85em; }
  tfoot th { font-size: 0.85em; }
  tfoot th .totals-label { display: block; margin-bottom: calc(0.15 * var(--_rem)); font-size: calc(1.0625 * var(--_rem)); font-size: calc(1em / 0.85); }
  tfoot .k { display: flex; flex-direction: column; line-height: 1.2; }
  tfoot th .k { align-items: flex-end; font-weight: 400; }
  tfoot .k span { color: var(--_coordinating); }

  :focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; }
  td:focus-visible, th:focus-visible { outline-width: 3px; }

  /* Narrow screens: one card per body */
  .cards ul { display: grid; gap: calc(0.5 * var(--_rem)); margin: 0; padding: 0; list-style: none; }
  .cards-title { margin: 0 0 calc(0.5 * var(--_rem)); font-weight: 600; }
  .card { border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem)) calc(0.5 * var(--_rem)); }
  .card.group { border-style: dashed; }
  .card.chosen { border: 2px solid var(--_text); box-shadow: inset 4px 0 0 var(--_text); padding-inline-start: calc(0.75 * var(--_rem)); }
  .card.chosen .head { text-decoration: underline; text-decoration-thickness: 2px; }
  .card .head { display: flex; flex-direction: column; align-items: flex-start; gap: calc(0.1 * var(--_rem)); padding: calc(0.25 * var(--_rem)) 0; font-weight: 700; text-align: start; }
  .card .head .full { font-weight: 400; color: var(--_muted); font-size: 0.9em; }
  .card .head .kind { font-weight: 400; font-style: italic; font-size: 0.85em; }
  .card .head .more { order: 9; font-weight: 400; font-size: 0.85em; color: var(--_accent); text-decoration: underline; }
  .card .head[aria-pressed='true'] .name::before { content: '✓ '; }
  .card p { margin: calc(0.25 * var(--_rem)) 0 0; }
  .card .line { display: flex; gap: 0.5em; align-items: baseline; }
  .card .count, .successor { color: var(--_muted); }
  .successor { font-size: 0.85em; border-inline-start: 2px dotted var(--_border); padding-inline-start: 6px; }
  .successor-label { font-style: italic; cursor: pointer; }
  .card .list { margin: calc(0.5 * var(--_rem)) 0 0; padding: 0; list-style: none; display: grid; gap: calc(0.35 * var(--_rem)); border-top: 1px solid var(--_grid); padding-top: calc(0.5 * var(--_rem)); }
  .card .list li { display: flex; gap: 0.5em; align-items: baseline; }

  /* Forced colours: no tints; the chosen body and its tasks keep an outline, bold text and a check mark. */
  @media (forced-colors: active) {
    col.agency.hot, col.agency.chosen, col.group, tr.task.hot > * { background: none; }
    thead th.agency.chosen, tr.task.hit th.task, tr.task.hot th.task, .chosen-line { background: Canvas; }
    thead th.agency.chosen, tr.task.hit th.task, .card.chosen, .chosen-line { outline: 2px solid Highlight; outline-offset: -2px; }
    .order button[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: Highlight; }
  }

  /* Static output (no script): nothing to sort or pick, titles whole, no scroll box in height. */
  .static.boxed { max-height: none; }
  .static th button { cursor: default; }
  .static th[aria-sort] button::after { content: none; }
  .static .title { -webkit-line-clamp: unset; line-clamp: none; display: block; }
  /* Paper (layout.ts printed): the table fits the paper, every title and header word whole, the totals once at the end */
  table.printed { width: 100%; min-width: 0; }
  table.printed col.task { width: auto; }
  .printed th.task button { cursor: auto; }
  .printed .title { display: block; overflow: visible; -webkit-line-clamp: none; line-clamp: none; }
  .printed.vertical th.agency { height: auto; }
  .printed.vertical th.agency .name { max-height: ${rem(GEOMETRY.printHeader)}; white-space: normal; overflow: visible; text-overflow: clip; }
  .printed tfoot { display: table-row-group; }
  .printed tr { break-inside: avoid; }
  .printed tr.section, .printed thead { break-after: avoid; }
  .printed tbody > tr:first-of-type { break-before: avoid; }
  .printed caption { break-after: avoid; }
  .key { font-size: 0.85em; break-inside: avoid; }
  .key-title { margin: 0 0 calc(0.25 * var(--_rem)); font-weight: 600; }
  .key dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(${rem(GEOMETRY.task)}, 1fr)); gap: calc(0.15 * var(--_rem)) calc(1 * var(--_rem)); margin: 0; }
  .key dt { display: inline; font-weight: 600; }
  .key dt.group { font-style: italic; }
  .key dd { display: inline; margin: 0; }

  @media print {
    .scroller.boxed { overflow: visible; max-height: none; border: 0; }
    thead, .boxed tfoot, th.task, thead th.corner, tr.section th { position: static; }
    .detail, .controls, .clear { display: none; }
    .matrix-bar { break-after: avoid; }
    th[aria-sort] button::after, th[aria-sort='none'] button::after { content: none; }
    th button:hover { text-decoration: none; }
    col.agency.hot, tr.task.hot > * { background: none; }
  }
`;
