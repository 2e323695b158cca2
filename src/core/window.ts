/**
 * Which rows of a long list to put in the DOM: those in (or near) the scrolled view, plus any row
 * that must stay (the one holding keyboard focus), with spacers standing in for the rest. 10,000
 * rows become a few dozen elements; the spacers keep the scrollbar honest. Pure arithmetic, no
 * DOM: the timeline's rows of varying height and the matrix's rows of one height are both a
 * `Stack`, and core/virtual.ts is the one controller that measures the box and the scroll.
 */

import { bisector } from 'd3-array';

/**
 * Rows stacked top to bottom. `top(i)` is where row `i` starts, ascending; `top(count)` is the
 * bottom of the last. `index(y)` is the row whose span holds height `y` — the last row starting at
 * or above it — before clamping to the rows (rowAt()).
 */
export interface Stack {
  readonly count: number;
  top(i: number): number;
  index(y: number): number;
}

/** Rows ordered by their tops, searched by halves (d3-array's bisector). */
const byTop = bisector((row: { y: number }) => row.y);

/** Rows that carry their own place (the timeline's layout). */
export function placed(rows: ReadonlyArray<{ y: number; height: number }>): Stack {
  const n = rows.length;
  return {
    count: n,
    top: (i) => (i < n ? rows[i]!.y : n ? rows[n - 1]!.y + rows[n - 1]!.height : 0),
    index: (y) => byTop.right(rows, y) - 1,
  };
}

/** `count` rows of one height (the matrix's long tables): the row is a division away. */
export function evenly(count: number, height: number): Stack {
  return { count, top: (i) => i * height, index: (y) => (height > 0 ? Math.floor(y / height) : y >= 0 ? count : 0) };
}

/** Index of the row that holds height `y` (the last that starts at or above it), clamped to the rows. */
export function rowAt(stack: Stack, y: number): number {
  const i = stack.index(y);
  return i > 0 ? Math.max(0, Math.min(i, stack.count - 1)) : 0; // above 0 only: below it, and NaN, are the first row
}

/** Rows `[start, end)` to draw. */
export interface RowWindow {
  start: number;
  end: number;
}

export interface View {
  /** How far the view's top is below the first row's top, px (the scroll offset past any header). */
  top: number;
  /** The view's height, px. */
  height: number;
  /** Drawn beyond each edge, px, so that a quick scroll shows no blank rows. */
  overscan: number;
  /**
   * The window moves in steps of this many rows (default 1): scrolling within one step redraws
   * nothing, and a keyed redraw then only adds and drops whole steps.
   */
  step?: number;
}

/** The rows intersecting the view and its overscan, widened to whole steps. */
export function windowOf(stack: Stack, { top, height, overscan, step = 1 }: View): RowWindow {
  const n = stack.count;
  if (n <= 0) return { start: 0, end: 0 };
  const from = top - overscan;
  const first = rowAt(stack, from);
  const last = rowAt(stack, Math.max(from, top + height + overscan - 0.5));
  return { start: Math.floor(first / step) * step, end: Math.min(n, Math.ceil((last + 1) / step) * step) };
}

/** A run of drawn rows `[start, end)`, or rows left out: how many and the height a spacer keeps for them. */
export type Stretch = { kind: 'rows'; start: number; end: number } | { kind: 'gap'; rows: number; height: number };

/**
 * The list as drawn: the window plus the rows that must stay (`keep`: out-of-range indices are
 * ignored), in order, with gaps between. With no rows it is empty; with every row in the window it
 * is one run and no gap.
 */
export function stretches(stack: Stack, window: RowWindow, keep: readonly number[] = []): Stretch[] {
  const n = stack.count;
  if (n <= 0) return [];
  const runs: Array<[number, number]> = [[Math.max(0, window.start), Math.min(n, window.end)]];
  for (const k of keep) if (k >= 0 && k < n && (k < window.start || k >= window.end)) runs.push([k, k + 1]);
  runs.sort((a, b) => a[0] - b[0]);
  const out: Stretch[] = [];
  let at = 0; // the first row not yet accounted for
  const gap = (to: number) => out.push({ kind: 'gap', rows: to - at, height: stack.top(to) - stack.top(at) });
  for (const [start, end] of runs) {
    if (start > at) gap(start);
    if (end > start) out.push({ kind: 'rows', start, end });
    at = Math.max(at, end);
  }
  if (n > at) gap(n);
  return out;
}

/** A drawn row (its index) or a spacer (its height), keyed for Lit's `repeat`. */
export type Drawn = { key: string; index: number; gap?: undefined } | { key: string; index: -1; gap: number };

/**
 * Rows and spacers as one keyed list, so that a row keeps its element (and keyboard focus) when
 * the window slides over it. Spacer keys start with "#", which the callers' row keys never do.
 */
export function drawn(stack: Stack, window: RowWindow, keep: readonly number[], keyOf: (index: number) => string): Drawn[] {
  const out: Drawn[] = [];
  stretches(stack, window, keep).forEach((s, i) => {
    if (s.kind === 'gap') out.push({ key: `#${i} gap`, index: -1, gap: s.height });
    else for (let r = s.start; r < s.end; r++) out.push({ key: keyOf(r), index: r });
  });
  return out;
}
