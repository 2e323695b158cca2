/**
 * The summary card's look, on the shared tokens. One column from 240 px; from 480 px (a container
 * query) the deadlines and targets sit side by side. Reported counts are solid colour, unreported
 * ones hatched, in the bar and in the key swatches alike, so the two never read as one kind.
 * The visible card is one block under an `aria-hidden` wrapper (card.ts), out of the article's
 * flex gap: its parts are spaced by margins.
 */
import { css } from 'lit';

export const summaryStyles = css`
  :host {
    --_r-done: var(--_done);
    --_r-in-progress: var(--_in-progress);
    --_r-delayed: var(--_delayed);
    --_r-planned: var(--_planned);
    --_r-unstated: var(--_muted);
    --_r-cancelled: var(--_border);
    --_s-overdue: var(--tiendo-summary-overdue, var(--_no-report));
    --_s-current: var(--tiendo-summary-current, var(--_muted));
    --_s-upcoming: var(--tiendo-summary-upcoming, var(--_border));
    --_s-undated: var(--tiendo-summary-undated, var(--_grid));
    min-width: 200px;
  }
  p { margin: 0; }
  ul { margin: 0; padding: 0; list-style: none; }
  .summary { display: flex; flex-direction: column; gap: calc(var(--_space) * 1.25); min-width: 0; }
  .eyebrow { color: var(--_muted); font-size: 0.85em; }
  .title { font-weight: 700; font-size: 1.05em; line-height: 1.4; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
  .tally { display: flex; flex-direction: column; gap: 6px; }
  .tally, .columns, .as-of { margin-block-start: calc(var(--_space) * 1.25); }
  .total strong { font-size: 1.6em; line-height: 1; margin-inline-end: 0.2em; font-variant-numeric: tabular-nums; }
  .bar { display: block; width: 100%; height: 14px; border-radius: 2px; overflow: hidden; }
  .segment.r-done { fill: var(--_r-done); }
  .segment.r-in-progress { fill: var(--_r-in-progress); }
  .segment.r-delayed { fill: var(--_r-delayed); }
  .segment.r-planned { fill: var(--_r-planned); }
  .segment.r-unstated { fill: var(--_r-unstated); }
  .segment.r-cancelled { fill: var(--_r-cancelled); }
  .segment.s-overdue { fill: url(#hatch-overdue); }
  .segment.s-current { fill: url(#hatch-current); }
  .segment.s-upcoming { fill: url(#hatch-upcoming); }
  .segment.s-undated { fill: url(#hatch-undated); }
  .hatch-bg { fill: var(--_bg); }
  .hatch line { stroke-width: 3; }
  .hatch.s-overdue line { stroke: var(--_s-overdue); }
  .hatch.s-current line { stroke: var(--_s-current); }
  .hatch.s-upcoming line { stroke: var(--_s-upcoming); }
  .hatch.s-undated line { stroke: var(--_s-undated); }
  .line { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 0.6em; row-gap: 2px; }
  .line .head { font-weight: 600; }
  .chip { white-space: nowrap; display: inline-flex; align-items: baseline; gap: 0.3em; }
  .swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; align-self: center; border: 1px solid transparent; }
  .swatch.r-done { background: var(--_r-done); }
  .swatch.r-in-progress { background: var(--_r-in-progress); }
  .swatch.r-delayed { background: var(--_r-delayed); }
  .swatch.r-planned { background: var(--_r-planned); }
  .swatch.r-unstated { background: var(--_r-unstated); }
  .swatch.r-cancelled { background: var(--_r-cancelled); }
  .swatch[class*='s-'] { border-color: var(--_sw); background: repeating-linear-gradient(45deg, var(--_sw) 0 2px, transparent 2px 4px); }
  .swatch.s-overdue { --_sw: var(--_s-overdue); }
  .swatch.s-current { --_sw: var(--_s-current); }
  .swatch.s-upcoming { --_sw: var(--_s-upcoming); }
  .swatch.s-undated { --_sw: var(--_s-undated); }
  .columns { display: grid; gap: calc(var(--_space) * 1.25); }
  .head { font-weight: 600; }
  .deadlines, .targets { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
  .next li { display: grid; grid-template-columns: auto auto 1fr; column-gap: 0.5em; align-items: baseline; min-width: 0; }
  .next .date { font-variant-numeric: tabular-nums; font-weight: 600; }
  .next .number { color: var(--_muted); white-space: nowrap; }
  .next .what { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
  .passed-head { margin-top: 4px; color: var(--_s-overdue); }
  .passed { color: var(--_text); font-variant-numeric: tabular-nums; }
  .passed-item { white-space: nowrap; }
  .none { color: var(--_muted); }
  .targets li { display: flex; flex-direction: column; padding-block: 2px; border-top: 1px solid var(--_grid); }
  .targets li:first-child { border-top: 0; }
  .t-title { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .t-figures { font-variant-numeric: tabular-nums; }
  .t-value { font-weight: 600; }
  .t-value.no-data { font-weight: 400; font-style: italic; color: var(--_muted); }
  .arrow, .t-goal { color: var(--_muted); }
  .t-met { color: var(--_done); font-weight: 600; white-space: nowrap; }
  .as-of { font-size: 0.85em; color: var(--_muted); }
  .more { align-self: flex-start; font-weight: 600; padding-block: 4px; }
  @container (min-width: 480px) {
    .columns { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
    .title { font-size: 1.15em; }
  }
  @media (forced-colors: active) {
    .segment[class*='r-'], .swatch[class*='r-'] { fill: CanvasText; background: CanvasText; forced-color-adjust: none; }
    .hatch line { stroke: CanvasText; }
    .hatch-bg { fill: Canvas; }
    .swatch[class*='s-'] { --_sw: CanvasText; forced-color-adjust: none; }
  }
  @media print {
    .bar, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .title { -webkit-line-clamp: unset; display: block; }
    .next .what, .t-title { white-space: normal; }
    .more::after { content: ' (' attr(href) ')'; font-weight: 400; }
  }
`;
