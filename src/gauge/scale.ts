/**
 * The gauge's scale: a domain that fits the target (its baseline, milestones and latest actual),
 * rounded to readable ends, and read from the worse end to the better one, so that a fuller
 * gauge always means closer to the goal — also for ranks and costs, where lower is better.
 *
 * The round ends are d3-array's `nice` (steps of 1, 2 or 5 × 10ⁿ, as on d3's axes); the linear map itself is written here: d3-scale would cost 8.8 KB gzipped for two lines
 * of arithmetic.
 */
import { nice } from 'd3-array';
import type { TargetModel } from '../feed/model.js';
import type { Better } from '../derive/progress.js';

export interface GaugeScale {
  /** The smaller and larger end of the domain. */
  lo: number;
  hi: number;
  better: Better;
  /** The value at the start of the gauge (the worse end): `lo`, or `hi` when lower is better. */
  start: number;
  end: number;
  /** 0 at the worse end, 1 at the better end; values outside are held at the ends. */
  fraction(value: number): number;
}

/** Rounds away float noise (0.2 × 11 = 2.2000000000000002). */
const clean = (x: number) => +x.toPrecision(12);

/** Every value the gauge must be able to show. */
export function targetValues(target: Pick<TargetModel, 'baseline' | 'milestones' | 'latest'>): number[] {
  const values: number[] = [];
  if (target.baseline) values.push(target.baseline.value);
  for (const m of target.milestones) values.push(m.value, ...(m.max !== undefined ? [m.max] : []));
  if (target.latest) values.push(target.latest.value);
  return values.filter(Number.isFinite);
}

/**
 * The domain: zero-based for shares, counts and money unless the values sit far from zero;
 * from the baseline (1) up for ratios ("gấp 2 lần"); from 1st place down for ranks. The top
 * leaves a little room, so the last milestone is a tick on the arc, not its end.
 */
export function gaugeScale(target: Pick<TargetModel, 'baseline' | 'milestones' | 'latest' | 'unit'>, better: Better): GaugeScale {
  const values = targetValues(target);
  if (target.unit === 'ratio') values.push(1);
  if (values.length === 0) values.push(0, 1);
  let min = Math.min(...values);
  const max = Math.max(...values);
  if (target.unit === 'rank') min = Math.min(min, 1);
  else if (min >= 0 && target.unit !== 'ratio' && (target.unit === 'percent' || min <= 0.6 * max)) min = 0;

  // About five steps from end to end; the top leaves room past the largest value.
  const top = max > min ? max + (max - min) * 0.08 : max + (Math.abs(max) || 1);
  let [lo, hi] = nice(min, top, 5);
  if (target.unit === 'rank') lo = lo > min || lo < 1 ? 1 : lo;
  lo = clean(lo);
  hi = clean(hi);
  // A share never needs room beyond 100%.
  if (target.unit === 'percent' && max <= 100 && hi > 100) hi = 100;
  return linearScale(lo, hi, better);
}

export function linearScale(lo: number, hi: number, better: Better): GaugeScale {
  const [start, end] = better === 'higher' ? [lo, hi] : [hi, lo];
  return {
    lo,
    hi,
    better,
    start,
    end,
    fraction: (value) => (end === start ? 0 : Math.min(1, Math.max(0, (value - start) / (end - start)))),
  };
}
