/**
 * Is a target on track? The latest actual is compared with the straight path from where the
 * target started to the next milestone, at the actual's own date (not at today: a figure for
 * 2025 is judged against where 2025 should have been).
 *
 * Pure: no DOM, no language. Shared below the widgets: the gauge draws it, the summary states
 * whether a milestone is met by the same `meets`. The words are in derive/target-status.ts.
 */
import type { Actual } from '../feed/schema.js';
import type { TargetModel } from '../feed/model.js';
import { dayNumber, yearEnd, type CalendarDate } from '../feed/calendar.js';
import { betterWay, comparatorOf, goalValue, meets, type Better, type DatedMilestone } from './comparators.js';

export { betterWay, comparatorOf, goalValue, meets, APPROX_TOLERANCE, type Better, type DatedMilestone } from './comparators.js';

/**
 * `achieved`: the actual meets the milestone it is measured against · `on-track` / `behind`: on or
 * off the straight path · `not-achieved`: the last milestone's date has passed unmet ·
 * `unknown`: nothing to compare with (no milestone, no starting point, or a qualitative target
 * the feed does not assess) · `no-data`: no reported value yet — never drawn as zero.
 */
export type TargetStatus = 'achieved' | 'on-track' | 'behind' | 'not-achieved' | 'unknown' | 'no-data';

/** Where the straight path starts. */
export interface PathStart {
  value: number;
  date: CalendarDate;
  /** The baseline; the previous milestone once it is past; or, with no baseline, the first actual. */
  kind: 'baseline' | 'milestone' | 'first-actual';
  milestone?: DatedMilestone;
}

export interface Progress {
  status: TargetStatus;
  better: Better;
  actual?: Actual;
  /** The milestone the actual is measured against. */
  milestone?: DatedMilestone;
  from?: PathStart;
  /** The path's value at the actual's date. */
  expected?: number;
  /** Why the status is `unknown`. */
  reason?: 'qualitative' | 'no-milestone' | 'no-baseline';
}

/** The baseline's date: as given, else the end of its year (like a milestone's year), else `fallback`. */
export function baselineDate(target: Pick<TargetModel, 'baseline'>, fallback?: CalendarDate): CalendarDate | undefined {
  const b = target.baseline;
  if (!b) return undefined;
  return b.date ?? (b.year !== undefined ? yearEnd(b.year) : fallback);
}

export interface ProgressOptions {
  /** When the programme starts: the date of a baseline that gives none. */
  start?: CalendarDate;
}

export function targetProgress(target: TargetModel, options: ProgressOptions = {}): Progress {
  const better = betterWay(target);
  if (target.kind === 'qualitative') return { status: target.status ?? 'unknown', better, reason: target.status ? undefined : 'qualitative' };
  const actual = target.latest;
  if (!actual) return { status: 'no-data', better };

  const day = dayNumber(actual.date);
  const milestones = target.milestones;
  const next = milestones.find((m) => dayNumber(m.due) >= day);
  const judge = (m: DatedMilestone) => meets(actual.value, m, comparatorOf(target, m), better);

  if (!next) {
    const last = milestones.at(-1);
    if (!last) return { status: 'unknown', better, actual, reason: 'no-milestone' };
    return { status: judge(last) ? 'achieved' : 'not-achieved', better, actual, milestone: last };
  }
  if (judge(next)) return { status: 'achieved', better, actual, milestone: next };

  const from = pathStart(target, day, better, options.start);
  if (!from) return { status: 'unknown', better, actual, milestone: next, reason: 'no-baseline' };
  const expected = pathValue(from, { value: goalValue(next, better), date: next.due }, actual.date);
  const onTrack = better === 'higher' ? actual.value >= expected : actual.value <= expected;
  return { status: onTrack ? 'on-track' : 'behind', better, actual, milestone: next, from, expected };
}

/** The straight line from `a` to `b`, read at `date` (held at its ends outside them). */
export function pathValue(a: { value: number; date: CalendarDate }, b: { value: number; date: CalendarDate }, date: CalendarDate): number {
  const d0 = dayNumber(a.date);
  const d1 = dayNumber(b.date);
  if (d1 <= d0) return b.value;
  const t = Math.min(1, Math.max(0, (dayNumber(date) - d0) / (d1 - d0)));
  return a.value + (b.value - a.value) * t;
}

/**
 * Once a milestone is past, the path to the next one starts from what that milestone asked
 * (being on the 2045 path in 2031 means having reached the 2030 goal). Before that it starts at
 * the baseline; a feed with no baseline falls back to its first reported figure, and says so.
 */
function pathStart(target: TargetModel, day: number, better: Better, start?: CalendarDate): PathStart | undefined {
  const prev = target.milestones.findLast((m) => dayNumber(m.due) < day);
  if (prev) return { value: goalValue(prev, better), date: prev.due, kind: 'milestone', milestone: prev };
  const date = baselineDate(target, start);
  if (target.baseline && date) return { value: target.baseline.value, date, kind: 'baseline' };
  const first = [...target.actuals].sort((a, b) => dayNumber(a.date) - dayNumber(b.date))[0];
  if (first && dayNumber(first.date) < day) return { value: first.value, date: first.date, kind: 'first-actual' };
  return undefined;
}
