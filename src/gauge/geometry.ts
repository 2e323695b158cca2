/**
 * Path strings and text boxes for the gauge, by hand: a gauge needs one circular arc command,
 * and d3-shape's `arc()` would add 4.8 KB gzipped to a page whose whole budget is 18 KB.
 * Angles follow d3's convention: radians, 0 at twelve o'clock, clockwise.
 */

/** Two decimals are a hundredth of a pixel: enough, and short strings. */
export const round = (x: number): number => Math.round(x * 100) / 100;

export interface Point {
  x: number;
  y: number;
}

export function polar(cx: number, cy: number, r: number, angle: number): Point {
  return { x: round(cx + r * Math.sin(angle)), y: round(cy - r * Math.cos(angle)) };
}

/**
 * A circular arc from angle `a0` to `a1` (clockwise when a1 > a0), for drawing as a stroke.
 * Sweeps up to 360° minus a hair: SVG cannot draw a full circle with one arc command.
 */
export function arcPath(cx: number, cy: number, r: number, a0: number, a1: number): string {
  const sweep = Math.min(Math.abs(a1 - a0), 2 * Math.PI - 1e-4);
  if (sweep < 1e-6) return '';
  const end = a1 > a0 ? a0 + sweep : a0 - sweep;
  const p = polar(cx, cy, r, a0);
  const q = polar(cx, cy, r, end);
  return `M${p.x},${p.y}A${round(r)},${round(r)} 0 ${sweep > Math.PI ? 1 : 0} ${a1 > a0 ? 1 : 0} ${q.x},${q.y}`;
}

/** A straight line as a path (so that bars are strokes like arcs, with the same sweep). */
export function linePath(x0: number, y0: number, x1: number, y1: number): string {
  if (Math.abs(x1 - x0) < 1e-6 && Math.abs(y1 - y0) < 1e-6) return '';
  return `M${round(x0)},${round(y0)}L${round(x1)},${round(y1)}`;
}

/** A small triangle whose tip is at `tip`, pointing along `angle` (d3 convention). */
export function pointer(tip: Point, angle: number, length = 7, half = 4): string {
  const back = { x: tip.x - length * Math.sin(angle), y: tip.y + length * Math.cos(angle) };
  const nx = half * Math.cos(angle);
  const ny = half * Math.sin(angle);
  return [tip, { x: back.x + nx, y: back.y + ny }, { x: back.x - nx, y: back.y - ny }].map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

/** Text width estimate for layout without a DOM: an average glyph is about 0.56 em wide. */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.56;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box, gap = 2): boolean => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
