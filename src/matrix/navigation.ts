/**
 * Keyboard movement in the matrix grid, as the WAI-ARIA data grid pattern has it
 * (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): arrows cell to cell, Home/End to the ends of
 * the row, Ctrl+Home/End to the first and last cell, PageUp/PageDown by a screenful. Pure.
 *
 * Grid rows: 0 is the header row, then the body rows, then the totals row. Grid columns: 0 is
 * the task (row header), then one per agency, then the bodies count.
 */

export interface GridCell {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Rows that are one cell across the grid (section headings): they keep the column to come back to. */
  spans?: (row: number) => boolean;
  /** Rows one PageUp/PageDown moves. */
  page?: number;
}

/** Where a key moves the focus from `at`; `undefined` when the key is not a movement key. */
export function move(at: GridCell, key: string, ctrl: boolean, shape: GridShape): GridCell | undefined {
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const spans = shape.spans?.(at.row) ?? false;
  const page = Math.max(1, shape.page ?? 10);
  const to = (row: number, col: number): GridCell => ({ row: clamp(row, 0, lastRow), col: clamp(col, 0, lastCol) });
  switch (key) {
    case 'ArrowUp':
      return to(at.row - 1, at.col);
    case 'ArrowDown':
      return to(at.row + 1, at.col);
    case 'ArrowLeft':
      return spans ? at : to(at.row, at.col - 1);
    case 'ArrowRight':
      return spans ? at : to(at.row, at.col + 1);
    case 'PageUp':
      return to(at.row - page, at.col);
    case 'PageDown':
      return to(at.row + page, at.col);
    case 'Home':
      return ctrl ? to(0, 0) : spans ? at : to(at.row, 0);
    case 'End':
      return ctrl ? to(lastRow, lastCol) : spans ? at : to(at.row, lastCol);
    default:
      return undefined;
  }
}

/** Keeps a remembered cell inside a grid whose size changed (new feed, section or sort). */
export function within(at: GridCell, shape: GridShape): GridCell {
  return { row: clamp(at.row, 0, shape.rows - 1), col: clamp(at.col, 0, shape.cols - 1) };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** A rectangle in viewport px, as `getBoundingClientRect()` gives it. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * How far to scroll so that `cell` lies inside `clear` — the scroll box less its sticky header
 * row, row-header column and totals row, which would otherwise cover the focused cell. Zero on
 * an axis where it already does; a cell larger than the clear area is aligned to its start.
 */
export function revealBy(cell: Box, clear: Box): { x: number; y: number } {
  const axis = (start: number, end: number, lo: number, hi: number) =>
    start < lo ? start - lo : end > hi ? Math.min(end - hi, start - lo) : 0;
  return { x: axis(cell.left, cell.right, clear.left, clear.right), y: axis(cell.top, cell.bottom, clear.top, clear.bottom) };
}
