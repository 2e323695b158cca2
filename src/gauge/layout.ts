/**
 * Target + size + variant → the gauge's geometry: path strings, ticks, label positions, and the
 * status they show. Pure: no DOM, no Lit; tested with plain inputs (tests/gauge/layout.test.ts).
 *
 * Every mark is a stroked path (the arc, the bar and the progress line alike), so the template,
 * the styles and the sweep animation are the same for the three variants.
 */
import type { CalendarDate } from '../feed/schema.js';
import type { TargetModel } from '../feed/model.js';
import type { Lang } from '../core/i18n.js';
import { targetProgress, comparatorOf, meets, type DatedMilestone, type Progress } from './progress.js';
import { gaugeScale, type GaugeScale } from './scale.js';
import { formatGoal, milestoneWhen } from './units.js';
import { layoutArc } from './layout-arc.js';
import { layoutBar } from './layout-bar.js';

export type Variant = 'arc' | 'bar' | 'number';
export const VARIANTS: readonly Variant[] = ['arc', 'bar', 'number'];

export interface LayoutOptions {
  variant: Variant;
  /** The width of the picture in CSS pixels. */
  width: number;
  lang: Lang;
  /** The programme's start: the date of a baseline given without one. */
  start?: CalendarDate;
}

export interface Label {
  x: number;
  /** The baseline of the last line; earlier lines sit above it. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
}

export interface Tick {
  kind: 'milestone' | 'baseline';
  value: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Absent when there was no room: the text under the picture still lists every milestone. */
  label?: Label;
  /** The latest actual meets this milestone. */
  met: boolean;
  /** Arc only: the tick's angle (radians, 0 at twelve o'clock, clockwise). */
  angle?: number;
  milestone?: DatedMilestone;
}

export interface GaugeLayout {
  variant: Variant;
  width: number;
  height: number;
  scale: GaugeScale;
  progress: Progress;
  /** Stroke width of the track and the value. */
  band: number;
  track: string;
  /** The latest actual, from the worse end of the scale; absent with no data (never a zero). */
  value?: { d: string; fraction: number; angle?: number };
  /** "10–12 %": the span of a range milestone, beside the track. */
  ranges: string[];
  ticks: Tick[];
  /** Where the straight path stands at the actual's date (a small pointer). */
  marker?: { points: string; value: number };
  /** The scale's two ends, worse then better. */
  ends: Label[];
  /** Arc only: its centre and the radius of the middle of its band. */
  arc?: { cx: number; cy: number; r: number };
  /** The arc's hollow: the figure (its unit label, if any, under it in `sub`), or "chưa có số liệu". */
  centre?: Label & { size: number; empty: boolean; sub?: string };
}

/** What the variant layouts share: the target read once, labels in words. */
export interface GaugeInput {
  target: TargetModel;
  scale: GaugeScale;
  progress: Progress;
  lang: Lang;
  width: number;
  /** Milestone ticks: value, fraction, label lines (long, then short). */
  milestones: Array<{ m: DatedMilestone; value: number; max?: number; met: boolean; full: string[]; brief: string[] }>;
}

/** Below this the picture would be unreadable; the element never asks for less. */
export const MIN_WIDTH = 160;

export function layoutGauge(target: TargetModel, options: LayoutOptions): GaugeLayout {
  const { lang, variant } = options;
  const width = Math.max(MIN_WIDTH, Math.round(options.width));
  const progress = targetProgress(target, { start: options.start });
  const scale = gaugeScale(target, progress.better);
  const actual = progress.actual;
  const milestones = target.milestones.map((m) => {
    const c = comparatorOf(target, m);
    const met = !!actual && meets(actual.value, m, c, progress.better);
    // A tick mark beside a milestone already met: the news is not in the colour alone.
    const tick = met ? ' ✓' : '';
    const when = milestoneWhen(m, lang);
    return { m, value: m.value, max: c === 'range' ? m.max : undefined, met, full: [when, formatGoal(m, c, target, lang, 'tick') + tick], brief: [when + tick] };
  });
  const input: GaugeInput = { target, scale, progress, lang, width, milestones };
  return variant === 'arc' ? layoutArc(input) : layoutBar(input, variant === 'number');
}

/** Sizes shared with styles.ts: the frame's and a card's padding, border and gap. */
export const CHROME = { frame: 8, card: 12, cardNarrow: 6, narrow: 280, border: 1, gap: 12, minCard: 232, maxCard: 360, maxSingle: 440, maxColumns: 6 } as const;

export interface GridLayout {
  columns: number;
  /** The width of each gauge's picture. */
  picture: number;
}

/**
 * All targets: as many columns of cards as fit (at least 232 px each, at most 360, at most six),
 * and the picture width inside a card. One target: one card, its picture at most 440 px wide.
 */
export function gridLayout(hostWidth: number, count: number): GridLayout {
  const inner = Math.max(MIN_WIDTH, hostWidth - 2 * CHROME.frame);
  const chrome = 2 * ((inner <= CHROME.narrow ? CHROME.cardNarrow : CHROME.card) + CHROME.border);
  if (count <= 1) return { columns: 1, picture: Math.max(MIN_WIDTH, Math.min(CHROME.maxSingle, inner - chrome)) };
  const fit = Math.floor((inner + CHROME.gap) / (CHROME.minCard + CHROME.gap));
  const columns = Math.max(1, Math.min(count, CHROME.maxColumns, fit));
  const card = Math.min(CHROME.maxCard, (inner - CHROME.gap * (columns - 1)) / columns);
  return { columns, picture: Math.max(MIN_WIDTH, Math.floor(card - chrome)) };
}
