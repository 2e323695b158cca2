/**
 * The arc gauge: a half circle read clockwise from the worse end (left) to the better end
 * (right), the latest actual as the filled arc with its figure in the hollow, each milestone as
 * a tick labelled outside the arc ("2030" over "≈7%").
 *
 * The radius is the largest for which every label fits the width; when even two-line labels
 * leave too small a gauge, labels shrink to the year, then disappear (the text under the
 * picture always lists every milestone in full).
 */
import type { GaugeInput, GaugeLayout, Label, Tick } from './types.js';
import { arcPath, overlaps, pointer, polar, round, textWidth, type Box } from './geometry.js';
import { formatValue } from './units.js';
import { gaugeText } from './messages.js';
import { localText } from '../derive/lang.js';

const PAD = 4;
const FONT = 11;
const LINE = 13;
const GAP = 5; // between the band and a label
const MAX_R = 120;
const MIN_R = 44;
const COMFORT_R = 64;
const START = -Math.PI / 2;
const SWEEP = Math.PI;

const bandOf = (r: number) => Math.min(22, Math.max(8, r * 0.2));
const angleOf = (fraction: number) => START + SWEEP * fraction;

type Lines = 'full' | 'brief' | 'none';

export function layoutArc(input: GaugeInput): GaugeLayout {
  const { width, scale, progress, target, lang } = input;
  const cx = width / 2;

  // The widest radius the labels allow, trying shorter labels when it gets too small.
  let lines: Lines = 'full';
  let r = radius(input, lines);
  const brief = radius(input, 'brief');
  // A small gauge is better off with bigger arcs and year-only labels (the text says the rest).
  if (r < MIN_R || (r < COMFORT_R && brief > r * 1.15)) [r, lines] = [brief, 'brief'];
  if (r < MIN_R) r = radius(input, (lines = 'none'));
  const band = round(bandOf(r));
  const outer = r + band / 2;
  const R = outer + GAP;

  // How far above the centre the labels reach decides where the centre is.
  let top = outer;
  for (const ms of input.milestones) {
    const n = lines === 'none' ? 0 : ms[lines].length;
    const a = angleOf(scale.fraction(ms.value));
    top = Math.max(top, R * Math.cos(a) + 3 + n * LINE);
  }
  const cy = round(Math.max(PAD + top, input.centreAt ?? 0));
  const height = round(cy + 4 + LINE + PAD);

  const ends = endLabels(input, cx, cy, outer);
  const placed: Box[] = ends.map((l) => boxOf(l));
  const ticks: Tick[] = [];
  const ranges: string[] = [];
  for (const ms of input.milestones) {
    const a = angleOf(scale.fraction(ms.value));
    const p = polar(cx, cy, r - band / 2 - 2, a);
    const q = polar(cx, cy, outer + 3, a);
    const tick: Tick = { kind: 'milestone', value: ms.value, x1: p.x, y1: p.y, x2: q.x, y2: q.y, met: ms.met, milestone: ms.m, angle: a };
    if (lines !== 'none') tick.label = place(ms.full, ms.brief, lines, a, cx, cy, R, width, placed);
    if (ms.max !== undefined) ranges.push(arcPath(cx, cy, outer + 2.5, a, angleOf(scale.fraction(ms.max))));
    ticks.push(tick);
  }
  // A baseline at the start of the scale (×1 of a ratio) would only mark the arc's end.
  if (target.baseline && scale.fraction(target.baseline.value) > 0.01) {
    const a = angleOf(scale.fraction(target.baseline.value));
    const p = polar(cx, cy, r - band / 2, a);
    const q = polar(cx, cy, outer, a);
    ticks.unshift({ kind: 'baseline', value: target.baseline.value, x1: p.x, y1: p.y, x2: q.x, y2: q.y, met: false, angle: a });
  }

  const actual = progress.actual;
  const fraction = actual ? scale.fraction(actual.value) : 0;
  const inner = r - band / 2;
  // "1.500" in the hollow, "tỷ đồng" in small type under it: a long unit would shrink the figure.
  const figure = actual ? formatValue(actual.value, target, lang, 'tick') : '';
  const sub = actual && target.unitLabel && !['percent', 'ratio', 'rank'].includes(target.unit ?? '') ? localText(target.unitLabel, lang) : '';
  const centre = actual
    ? { x: round(cx), y: round(cy - 4 - (sub ? LINE : 0)), anchor: 'middle' as const, lines: [figure], empty: false, size: figureSize(figure, r, inner), sub: sub || undefined }
    : noData(input, cx, cy, inner);
  const expected = progress.expected;

  return {
    variant: 'arc',
    width,
    height,
    scale,
    progress,
    band,
    track: arcPath(cx, cy, r, START, START + SWEEP),
    value: actual ? { d: arcPath(cx, cy, r, START, angleOf(fraction)), fraction, angle: angleOf(fraction) } : undefined,
    arc: { cx, cy, r },
    ranges,
    ticks,
    marker:
      expected !== undefined
        ? { value: expected, points: pointer(polar(cx, cy, inner - 1, angleOf(scale.fraction(expected))), angleOf(scale.fraction(expected))) }
        : undefined,
    ends,
    centre,
  };
}

/** The scale's values under the two ends of the arc: "0%" … "12%". */
function endLabels({ scale, target, lang }: GaugeInput, cx: number, cy: number, outer: number): Label[] {
  const y = round(cy + 2 + LINE);
  return [
    { x: round(cx - outer), y, anchor: 'start', lines: [formatValue(scale.start, target, lang, 'tick')] },
    { x: round(cx + outer), y, anchor: 'end', lines: [formatValue(scale.end, target, lang, 'tick')] },
  ];
}

function boxOf(l: Label): Box {
  const w = Math.max(...l.lines.map((t) => textWidth(t, FONT)));
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - l.lines.length * LINE + 3, y1: l.y + 3 };
}

/** The largest radius at which the ends and every label of this length fit the width. */
function radius(input: GaugeInput, lines: Lines): number {
  const half = input.width / 2 - PAD;
  let r = Math.min(MAX_R, half - 11);
  for (let i = 0; i < 3; i++) {
    const band = bandOf(r);
    let limit = Math.min(MAX_R, half - band / 2);
    if (lines !== 'none') {
      for (const ms of input.milestones) {
        const w = Math.max(...ms[lines].map((s) => textWidth(s, FONT)));
        const s = Math.abs(Math.sin(angleOf(input.scale.fraction(ms.value))));
        // The label's anchor sits GAP outside the band; its text runs outwards from there.
        const room = s > 0.3 ? (half - w) / s : (half - w / 2) / Math.max(s, 1e-3);
        limit = Math.min(limit, room - GAP - band / 2);
      }
    }
    r = limit;
  }
  return Math.max(0, round(r));
}

/** A milestone's label outside the arc, shortened or dropped where it would hit another. */
function place(full: string[], brief: string[], lines: Exclude<Lines, 'none'>, a: number, cx: number, cy: number, R: number, width: number, placed: Box[]): Label | undefined {
  const s = Math.sin(a);
  const anchor: Label['anchor'] = s > 0.3 ? 'start' : s < -0.3 ? 'end' : 'middle';
  const at = polar(cx, cy, R, a);
  const y = round(Math.cos(a) > 0.2 ? at.y - 3 : at.y + 4);
  for (const text of lines === 'full' ? [full, brief] : [brief]) {
    const label: Label = { x: at.x, y, anchor, lines: text };
    const box = boxOf(label);
    if (box.x0 < 0 || box.x1 > width || placed.some((b) => overlaps(b, box))) continue;
    placed.push(box);
    return label;
  }
  return undefined;
}

/** The figure as large as the hollow allows (up to 40 px). */
function figureSize(text: string, r: number, inner: number): number {
  // Bold digits run wider than the 0.56 em average.
  const fit = (2 * inner - 16) / (Math.max(text.length, 2) * 0.62);
  return Math.round(Math.max(12, Math.min(40, r * 0.36, fit)));
}

/** "chưa có số liệu" in the hollow, on two lines when one does not fit. */
function noData(input: GaugeInput, cx: number, cy: number, inner: number): GaugeLayout['centre'] {
  const text = gaugeText(input.lang, 'noData');
  const size = 12;
  const words = text.split(' ');
  const half = Math.ceil(words.length / 2);
  const lines = textWidth(text, size) <= 2 * inner - 12 ? [text] : [words.slice(0, half).join(' '), words.slice(half).join(' ')];
  return { x: round(cx), y: round(cy - 6), anchor: 'middle', lines, size, empty: true };
}
