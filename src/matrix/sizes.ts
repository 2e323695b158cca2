/**
 * The matrix's sizes, defined once: styles.ts writes them into the CSS, layout.ts decides the
 * headers and the boxed table with them, and the virtualiser guesses a long table's row height
 * from them before it measures one (no sizes copied by hand and kept in step by comments).
 */
import { FRAME_PADDING } from '../core/theme.js';

/** The root font size the rem sizes below are counted in, px (the browser's default). */
export const REM = 16;

/**
 * Column widths in px (written into the CSS in rem): the task column (narrower below `wide` px of
 * table), the bodies column, a vertical agency column, and the least a horizontal header needs;
 * on paper a vertical header's name wraps, at whole words, past `printHeader` px.
 */
export const GEOMETRY = { task: 280, taskNarrow: 224, wide: 900, bodies: 72, vertical: 40, horizontal: 80, padding: 2 * FRAME_PADDING, printHeader: 144 } as const;

/**
 * A long matrix's rows all have one height, so the window arithmetic holds: two title lines at
 * this line height, the button's padding (rem) and the rules (px), rounded up to a whole pixel
 * (a 1 px rule at a fractional offset vanishes in some rows).
 */
export const VIRTUAL_ROW = { lines: 2, lineHeight: 1.3, paddingRem: 0.5, rulesPx: 2 } as const;

/** The virtual row height at a font size, as the CSS computes it. */
export function virtualRowHeight(fontSize: number): number {
  const { lines, lineHeight, paddingRem, rulesPx } = VIRTUAL_ROW;
  return Math.ceil(lines * lineHeight * fontSize + paddingRem * REM + rulesPx);
}

/** The default font size of the widget's text (0.875rem), px. */
export const FONT_SIZE = 0.875 * REM;

/** The scroll box's height (rem), unless `--tiendo-matrix-max-height` says otherwise. */
export const MAX_HEIGHT_REM = 40;
