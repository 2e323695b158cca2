/**
 * Which rows to put in the DOM: those in (or near) the scrolled viewport, plus any row that must
 * stay (the one holding keyboard focus), with spacers standing in for the rest. 10,000 tasks
 * become a few dozen elements; the spacers keep the scrollbar honest.
 */

interface Placed {
  y: number;
  height: number;
}

/** A run of rows to render (`from`…`to`, inclusive), or the height of rows left out. */
export type Slice = { rows: [number, number] } | { gap: number };

/** Index of the first row whose bottom is below `y` (binary search: rows are sorted by `y`). */
export function rowAt(rows: readonly Placed[], y: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid]!;
    if (r.y + r.height <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** First and last row index intersecting `top`…`bottom`. */
export function rowsBetween(rows: readonly Placed[], top: number, bottom: number): [number, number] {
  if (rows.length === 0) return [0, -1];
  return [rowAt(rows, top), rowAt(rows, Math.max(top, bottom - 0.5))];
}

/**
 * The slices for a window `first`…`last` plus the pinned rows, in order, with gaps between.
 * With no rows it is empty; with everything in the window it is one run and no gap.
 */
export function slices(rows: readonly Placed[], first: number, last: number, pinned: readonly number[] = []): Slice[] {
  const n = rows.length;
  if (n === 0) return [];
  first = Math.max(0, Math.min(first, n - 1));
  last = Math.max(first, Math.min(last, n - 1));
  const runs: Array<[number, number]> = [[first, last]];
  for (const p of pinned) if (p >= 0 && p < n && (p < first || p > last)) runs.push([p, p]);
  runs.sort((a, b) => a[0] - b[0]);
  const out: Slice[] = [];
  let next = 0; // the first row not yet accounted for
  for (const [a, b] of runs) {
    if (a > next) out.push({ gap: rows[a]!.y - rows[next]!.y });
    out.push({ rows: [a, b] });
    next = b + 1;
  }
  if (next < n) out.push({ gap: rows[n - 1]!.y + rows[n - 1]!.height - rows[next]!.y });
  return out;
}

/** A drawn row (its index in the layout's rows) or a spacer, keyed for Lit's `repeat`. */
export interface Drawn {
  key: string;
  index: number;
  gap?: number;
}

/**
 * Rows and spacers as one keyed list, so that a row keeps its element (and keyboard focus) when
 * the window of drawn rows slides over it. Spacer keys start with "#", which no task id can.
 */
export function drawn(rows: ReadonlyArray<Placed & { key: string }>, first: number, last: number, pinned: number): Drawn[] {
  const out: Drawn[] = [];
  slices(rows, first, last, [pinned]).forEach((s, i) => {
    if ('gap' in s) out.push({ key: `#${i} gap`, index: -1, gap: s.gap });
    else for (let r = s.rows[0]; r <= s.rows[1]; r++) out.push({ key: rows[r]!.key, index: r });
  });
  return out;
}
