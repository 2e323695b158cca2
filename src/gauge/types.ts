/**
 * The shapes of the gauge's layout, apart from the functions that build them, so that the layout
 * and its two variants (layout-arc.ts, layout-bar.ts) import them without importing each other.
 */
import type { CalendarDate } from '../feed/calendar.js';
import type { TargetModel } from '../feed/model.js';
import type { Lang } from '../derive/lang.js';
import type { DatedMilestone, Progress } from '../derive/progress.js';
import type { GaugeScale } from './scale.js';

export type Variant = 'arc' | 'bar' | 'number';

export interface LayoutOptions {
  variant: Variant;
  /** The width of the picture in CSS pixels. */
  width: number;
  lang: Lang;
  /** The programme's start: the date of a baseline given without one. */
  start?: CalendarDate;
  /** Arc: the lowest its centre may sit (px from the top), so that arcs side by side line up. */
  centreAt?: number;
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
  /** "10–12%": the span of a range milestone, beside the track. */
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
  centreAt?: number;
  /** Milestone ticks: value, fraction, label lines (long, then short). */
  milestones: Array<{ m: DatedMilestone; value: number; max?: number; met: boolean; full: string[]; brief: string[] }>;
}
