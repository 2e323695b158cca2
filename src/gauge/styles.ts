/**
 * The gauge's look on top of the shared tokens. Sizes that the layout computes with (card
 * padding, border, gap, column widths) are the `CHROME` constants of layout.ts; in a narrow host
 * (a container query) cards lose padding, and the layout gives the picture that width.
 *
 * Why some rules look the way they do (comments inside css`` would ship to every reader):
 * - no `content-visibility: auto` on the cards: it left them blank in full-page captures (the
 *   "capture full size screenshot" a graphics desk uses), and a programme has tens of targets,
 *   not thousands, so skipping their layout saved nothing a reader would notice.
 * - SVG `text` gets no font-size here, so the figure in the hollow keeps its `font-size` attribute.
 * - The value is a stroke with `pathLength="1"`: the sweep animates its dash offset, and the
 *   shared reduced-motion rule turns the animation off.
 */
import { css, unsafeCSS } from 'lit';
import { CHROME } from './layout.js';

// One class per column count: the layout picks the count, CSS only applies it (no style=).
// The cards share the row's width, as the other widgets fill theirs; the picture keeps its own
// size (at most CHROME.maxCard, layout.ts) in the middle of a wider card.
const columns = unsafeCSS(
  Array.from({ length: CHROME.maxColumns }, (_, i) => `.cols-${i + 1} { grid-template-columns: repeat(${i + 1}, minmax(0, 1fr)); }`).join('\n'),
);

export const gaugeStyles = css`
  :host {
    --_track: var(--tiendo-gauge-track, var(--_grid));
    --_achieved: var(--tiendo-gauge-achieved, var(--_done));
    --_on-track: var(--tiendo-gauge-on-track, var(--_in-progress));
    --_behind: var(--tiendo-gauge-behind, var(--_delayed));
    --_not-achieved: var(--tiendo-gauge-not-achieved, var(--_overdue));
    --_unknown: var(--tiendo-gauge-unknown, var(--_planned));
    min-width: 200px;
  }
  p { margin: 0; }
  .gauges { display: grid; gap: ${CHROME.gap}px; }
  /* A page's cards come in slices, each its own grid (element.ts): between them the cards' own gap (the frame's is --_space). */
  .gauges + .gauges { margin-block-start: calc(${CHROME.gap}px - var(--_space)); }
  /* Static output (no script to lay out again): as many columns as the page's width holds. */
  .gauges.fluid { grid-template-columns: repeat(auto-fill, minmax(min(100%, ${CHROME.minCard}px), ${CHROME.maxCard}px)); }
  ${columns}
  .gauge {
    --_status: var(--_unknown);
    display: flex; flex-direction: column; gap: 4px; min-width: 0;
    padding: ${CHROME.card}px; border: ${CHROME.border}px solid var(--_border); border-radius: var(--_radius);
  }
  /* Cards side by side share their rows (title, picture, words): a one-line title and a two-line
     one leave their arcs at the same height. Without subgrid, each card stands alone as before. */
  @supports (grid-template-rows: subgrid) {
    .gauges > .gauge { display: grid; grid-row: span 3; grid-template-rows: subgrid; row-gap: 4px; align-content: start; }
    .gauges > .gauge > .title { align-self: end; }
  }
  .single .gauge { max-width: ${CHROME.maxSingle + 2 * (CHROME.card + CHROME.border)}px; }
  .gauge.status-achieved, .goal.status-achieved { --_status: var(--_achieved); }
  .gauge.status-on-track, .goal.status-on-track { --_status: var(--_on-track); }
  .gauge.status-behind, .goal.status-behind { --_status: var(--_behind); }
  .gauge.status-not-achieved, .goal.status-not-achieved { --_status: var(--_not-achieved); }
  .visual { display: flex; flex-direction: column; gap: 4px; }
  .title { font-weight: 600; }
  .picture { display: block; max-width: 100%; height: auto; overflow: visible; margin: 4px auto; }
  .track, .value, .range, .tick { fill: none; }
  .track { stroke: var(--_track); }
  .value { stroke: var(--_status); stroke-dasharray: 1; animation: tiendo-sweep 0.9s ease-out both; }
  .range { stroke: var(--_text); stroke-width: 3; }
  .tick { stroke: var(--_text); stroke-width: 2; }
  .tick.baseline { stroke: var(--_muted); stroke-dasharray: 2 2; }
  .marker { fill: var(--_text); }
  text { fill: var(--_text); font-variant-numeric: tabular-nums; }
  .tick-label, .end, .centre-unit { font-size: 11px; }
  .centre-unit { fill: var(--_muted); }
  /* A milestone's label of two lines: the year in bold, the goal under it. */
  .tick-label.lines { font-weight: 600; }
  .tick-label tspan { font-weight: 400; }
  text.end { fill: var(--_muted); }
  text.centre { font-weight: 700; }
  text.centre.empty { font-weight: 400; fill: var(--_muted); }
  .number { font-size: 1.5em; font-weight: 700; line-height: 1.15; font-variant-numeric: tabular-nums; }
  .variant-number .number { font-size: 2.75em; }
  .number.empty, .variant-number .number.empty { font-size: 1.15em; font-weight: 400; color: var(--_muted); }
  .status { font-weight: 600; display: flex; align-items: baseline; gap: 0.35em; }
  /* A shape for each status, so that colour is never the only signal (card.ts MARK, for goals). */
  .status::before { content: var(--_mark, '○'); color: var(--_status); }
  .status-achieved { --_mark: '✓'; }
  .status-on-track { --_mark: '●'; }
  .status-behind { --_mark: '▲'; }
  .status-not-achieved { --_mark: '✕'; }
  .mark { color: var(--_status); }
  /* The path pointer as the picture draws it, before the line that explains it. */
  .reason.keyed::before { content: ''; display: inline-block; width: 8px; height: 7px; margin-inline-end: 0.35em; background: var(--_text); clip-path: polygon(0 0, 100% 0, 50% 100%); }
  .reason, .meta, .note { font-size: 0.9em; color: var(--_muted); }
  .goals { font-size: 0.9em; }
  .note { font-style: italic; }
  @keyframes tiendo-sweep { from { stroke-dashoffset: 1; } to { stroke-dashoffset: 0; } }

  .goals-list .heading { font-weight: 600; margin-block: 4px; }
  .goals-list ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
  .goal { --_status: var(--_unknown); display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; padding: 6px 0; border-block-start: 1px solid var(--_grid); }
  .goal .goal-title { flex: 1 1 calc(16 * var(--_rem)); }
  .goal .note { flex-basis: 100%; }
  .chip { font-size: 0.9em; font-weight: 600; white-space: nowrap; }
  /* Nine goals with no assessment: the absence said quietly, so that an assessment stands out. */
  .goal.status-unknown .chip { font-weight: 400; color: var(--_muted); }

  details.data summary { cursor: pointer; color: var(--_accent); width: max-content; max-width: 100%; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; margin-block: 6px; font-size: 0.9em; min-width: 100%; }
  caption { text-align: start; font-weight: 600; padding-block: 4px; }
  th, td { text-align: start; vertical-align: top; padding: 4px 8px 4px 0; border-block-end: 1px solid var(--_grid); }
  thead th { color: var(--_muted); font-weight: 600; }
  td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .when { color: var(--_muted); }
  .notice .ids { font-size: 0.85em; color: var(--_muted); margin-block-start: 4px; }

  @container (max-width: ${CHROME.narrow + 2 * CHROME.frame}px) {
    .gauge { padding: ${CHROME.cardNarrow}px; }
  }
  @media (forced-colors: active) {
    .track { stroke: GrayText; }
    .value { stroke: CanvasText; }
    .marker { fill: CanvasText; }
    .reason.keyed::before { forced-color-adjust: none; background: CanvasText; }
  }
  @media print {
    .gauge, .goal { break-inside: avoid; }
    .goals-list .heading { break-after: avoid; }
    .gauge { border-color: #999; }
    .value { animation: none; }
    details.data { display: none; }
  }
`;
