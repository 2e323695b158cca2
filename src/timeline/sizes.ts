/**
 * The timeline's sizes, defined once: styles.ts writes them into the CSS and layout.ts and
 * sizing.ts compute with them, so the pure layout's guess of a row's height or the chart's width
 * is the one the browser then draws (no sizes copied by hand and kept in step by comments).
 */
import { FRAME_PADDING } from '../core/theme.js';

/**
 * Row heights, in em of the host's font: a task row and a section header, wide and stacked (under
 * `STACK_BELOW`). A stacked task has room for two lines of title, two of status (so that the
 * document's deadline, "Xong trong Quý III/2023", is never cut on a phone) and its track.
 */
export const ROW_EM = { task: 3.25, section: 2.5, stackedTask: 7.5, stackedSection: 3.4 } as const;
/** The status column's width (em), beside the titles from `STATUS_COLUMN_FROM` px. */
export const STATUS_EM = 9;
/** The gap between a row's columns (title, status, track), px. */
export const COLUMN_GAP = 8;
/** A row's padding before its title, px. */
export const ROW_PADDING = 8;
/** The chart box's border, px. */
export const CHART_BORDER = 1;
/** Between the host's content box and the chart's: the frame's padding and the box's border, left and right. */
export const CHART_INSET = 2 * (FRAME_PADDING + CHART_BORDER);
/** The scroll box's height for long programmes (rem), unless `--tiendo-timeline-max-height` says otherwise. */
export const MAX_HEIGHT_REM = 36;
/** Rows drawn beyond the scroll box on each side, px, so that scrolling never shows a gap. */
export const OVERSCAN = 600;
/**
 * The track's width on paper, px: fixed, so that the axis and every bar line up whatever the
 * paper, and small enough that on A4 portrait (core/medium.ts `PAPER_WIDTH`) the titles keep
 * more than half the width; wider paper widens the title column only.
 */
export const PRINT_TRACK_WIDTH = 296;
/** A printed track's height, px: its picture scales down with its width where a narrow column leaves less room. */
export const PRINT_TRACK_HEIGHT = 40;
/**
 * Narrower than this (a column of a page, on paper), a printed row puts its track under the
 * title, as the stacked layout does on screen; decided by a container query, as the width on
 * paper is known only to CSS.
 */
export const PRINT_STACK_BELOW = 520;
