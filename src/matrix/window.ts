/**
 * Which rows of a long matrix to draw: the rows in view plus a margin, on a fixed row height,
 * so a table of 10,000 tasks costs what a table of 40 does. Pure arithmetic, no DOM.
 */

/** Rows `[start, end)` to draw. */
export interface RowWindow {
  start: number;
  end: number;
}

export interface WindowInput {
  /** Rows in the table body. */
  count: number;
  /** Height of one body row, px. */
  rowHeight: number;
  /** How far the body's first row is above the top of the scroll box, px (scrollTop − header height). */
  offset: number;
  /** Height of the scroll box, px. */
  viewport: number;
  /** Rows drawn beyond each edge, so that a quick scroll shows no blank rows. */
  overscan?: number;
  /**
   * The window moves in steps of this many rows: scrolling through one step redraws nothing,
   * and a keyed redraw then only adds and drops whole steps.
   */
  step?: number;
}

export function rowWindow({ count, rowHeight, offset, viewport, overscan = 4, step = 6 }: WindowInput): RowWindow {
  if (count <= 0) return { start: 0, end: 0 };
  const h = Math.max(1, rowHeight);
  const top = Math.max(0, offset);
  const first = Math.min(count - 1, Math.floor(top / h));
  const last = Math.min(count, Math.ceil((top + Math.max(h, viewport)) / h));
  const start = Math.max(0, Math.floor((first - overscan) / step) * step);
  const end = Math.min(count, Math.ceil((last + overscan) / step) * step);
  return { start, end };
}

/** A run of drawn rows, or a gap that a spacer of `rows × rowHeight` px stands in for. */
export type Stretch = { kind: 'rows'; start: number; end: number } | { kind: 'gap'; rows: number };

/**
 * The body as drawn: the window, plus one row outside it that must stay in the DOM (the row
 * holding keyboard focus, so that scrolling with the wheel never drops the focused cell), with
 * gaps in between.
 */
export function stretches(count: number, window: RowWindow, keep?: number): Stretch[] {
  const runs: Array<[number, number]> = [[window.start, window.end]];
  if (keep !== undefined && keep >= 0 && keep < count && (keep < window.start || keep >= window.end)) {
    runs.push([keep, keep + 1]);
    runs.sort((a, b) => a[0] - b[0]);
  }
  const out: Stretch[] = [];
  let at = 0;
  for (const [start, end] of runs) {
    if (start > at) out.push({ kind: 'gap', rows: start - at });
    if (end > start) out.push({ kind: 'rows', start, end });
    at = Math.max(at, end);
  }
  if (count > at) out.push({ kind: 'gap', rows: count - at });
  return out;
}
