/**
 * The timeline as static output (`media` static: `tiendo render`, no script): one markup that
 * reads from 320 px to any width. The layout was computed once, for no particular screen, so the
 * chart box is a size container and these rules do what the live widget does by laying out
 * again: the status column goes under the title below `STATUS_COLUMN_FROM`, and the rows stack
 * below `STACK_BELOW` (the live widget's own breakpoints, on the same chart width).
 *
 * Tracks and the ruler sit in one grid column, sized by CSS to the scale's width (the track's
 * padding is a margin here), and every x inside them is a share of that width (track.ts `at`):
 * marks, grid and today lines stay on the ruler's dates at every width.
 *
 * Titles are never cut: a page without script has no tooltip or dialog to show the rest.
 */
import { css, unsafeCSS } from 'lit';
import { staticTableStyles } from '../core/static-table.js';
import { STACK_BELOW, STATIC_TRACK_FR, STATUS_COLUMN_FROM, TRACK_PAD } from './layout.js';
import { ROW_PADDING, STATUS_EM } from './sizes.js';

const track = unsafeCSS(`minmax(0, ${STATIC_TRACK_FR}fr)`);

export const timelineStaticStyles = [
  staticTableStyles,
  css`
  .static .scroll { container: tl-chart / inline-size; }
  .static .row { height: auto; cursor: default; }
  .static .row:hover { background: none; }
  /* Nothing folds without a script. */
  .static .chevron { display: none; }
  .static .row.section { min-height: var(--_head-h); padding-block: 4px; padding-inline-start: 8px; }
  .static .row.task { min-height: var(--_row-h); padding-block: 4px; grid-template-rows: auto; }
  .static .title, .static .section .title { display: block; overflow: visible; -webkit-line-clamp: none; line-clamp: none; overflow-wrap: break-word; }
  .static .axis, .static .row.task { grid-template-columns: minmax(0, 1fr) ${STATUS_EM}em ${track}; }
  /* The same paddings as the rows: the ruler's column is then exactly the tracks' column. */
  .static .axis { padding-inline: ${ROW_PADDING}px 0; }
  .static .ruler, .static .track { width: calc(100% - ${2 * TRACK_PAD}px); margin-inline: ${TRACK_PAD}px; }
  /* The track takes the row's height (set by its title), not a height of its own. */
  .static .track { height: 100%; contain: size; }
  .static .lane { height: auto; align-self: stretch; }
  .static .lane-text { white-space: normal; }
  .static .status .when { display: none; }

  @container tl-chart (width < ${STATUS_COLUMN_FROM}px) {
    .static .axis { grid-template-columns: minmax(0, 1fr) ${track}; }
    .static .axis .head + .head { display: none; }
    .static .row.task { grid-template-columns: minmax(0, 1fr) ${track}; row-gap: 2px; }
    .static .row.task > .label { grid-area: 1 / 1; }
    .static .row.task > .status { grid-area: 2 / 1; padding-inline-start: calc(1.1em + 6px); }
    .static .row.task > .track, .static .row.task > .lane { grid-area: 1 / 2 / span 2; }
  }

  @container tl-chart (width < ${STACK_BELOW}px) {
    .static .axis { grid-template-columns: minmax(0, 1fr); padding-inline-end: 4px; }
    .static .axis .head { display: none; }
    .static .row.task { grid-template-columns: minmax(0, 1fr); padding-inline-end: 4px; }
    .static .row.task > .label, .static .row.task > .status, .static .row.task > .track, .static .row.task > .lane { grid-area: auto; }
    .static .row.task > .status { padding-inline-start: calc(1.1em + 6px); }
    .static .status .when { display: inline; color: var(--_muted); }
    .static .row.task > .track { height: 22px; contain: none; }
    .static .ruler .quarter { display: none; }
  }
`,
];
