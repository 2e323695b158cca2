/**
 * The straight variants. `bar`: a compact bullet bar for narrow columns — the track from the
 * worse end (left) to the better end, the latest actual as the filled part, milestones as ticks
 * labelled underneath ("2030: ≈7%"), the scale's ends where they do not collide. `number`
 * (`line`): the thin progress line under an article's big figure, with ticks and no labels.
 */
import type { GaugeInput, GaugeLayout, Label, Tick } from './types.js';
import { linePath, overlaps, pointer, round, textWidth, type Box } from './geometry.js';
import { formatValue } from './units.js';

const PAD = 4;
const FONT = 11;
const LINE = 13;
const POINTER = 8; // room above the track for the path pointer

export function layoutBar(input: GaugeInput, line: boolean): GaugeLayout {
  const { width, scale, progress, target, lang } = input;
  const band = line ? 6 : 12;
  const y = round(PAD + POINTER + band / 2);
  const x0 = PAD;
  const x1 = width - PAD;
  const xOf = (value: number) => round(x0 + (x1 - x0) * scale.fraction(value));
  const top = y - band / 2;
  const bottom = y + band / 2;
  const labelY = round(bottom + 3 + LINE);

  const placed: Box[] = [];
  const label = (x: number, lines: string[]): Label | undefined => {
    const w = textWidth(lines[0]!, FONT);
    const anchor: Label['anchor'] = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? Math.max(0, x - 2) : anchor === 'end' ? Math.min(width, x + 2) - w : x - w / 2;
    const box = { x0: left, x1: left + w, y0: labelY - LINE + 3, y1: labelY + 3 };
    if (placed.some((b) => overlaps(b, box, 4))) return undefined;
    placed.push(box);
    return { x: anchor === 'start' ? round(left) : anchor === 'end' ? round(left + w) : x, y: labelY, anchor, lines };
  };

  const ticks: Tick[] = [];
  const ranges: string[] = [];
  for (const ms of input.milestones) {
    const x = xOf(ms.value);
    const tick: Tick = { kind: 'milestone', value: ms.value, x1: x, y1: round(top - 3), x2: x, y2: round(bottom + 3), met: ms.met, milestone: ms.m };
    if (!line) tick.label = label(x, [ms.full.join(': ')]) ?? label(x, ms.brief);
    if (ms.max !== undefined) ranges.push(linePath(x, top - 2.5, xOf(ms.max), top - 2.5));
    ticks.push(tick);
  }
  if (target.baseline && scale.fraction(target.baseline.value) > 0.01) {
    const x = xOf(target.baseline.value);
    ticks.unshift({ kind: 'baseline', value: target.baseline.value, x1: x, y1: round(top), x2: x, y2: round(bottom), met: false });
  }
  // The scale's ends come after the milestones: they give way when space is short.
  const ends = line
    ? []
    : [label(x0, [formatValue(scale.start, target, lang, 'tick')]), label(x1, [formatValue(scale.end, target, lang, 'tick')])].filter((l): l is Label => !!l);

  const actual = progress.actual;
  const fraction = actual ? scale.fraction(actual.value) : 0;
  const expected = progress.expected;
  return {
    variant: line ? 'number' : 'bar',
    width,
    height: round(line ? bottom + 4 + PAD : labelY + 4 + PAD),
    scale,
    progress,
    band,
    track: linePath(x0, y, x1, y),
    value: actual ? { d: linePath(x0, y, xOf(actual.value), y), fraction } : undefined,
    ranges,
    ticks,
    marker: expected !== undefined ? { value: expected, points: pointer({ x: xOf(expected), y: round(top - 1) }, Math.PI) } : undefined,
    ends,
  };
}
