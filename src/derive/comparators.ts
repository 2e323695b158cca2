/**
 * A target's milestones read with their comparators: which way is better, what a milestone asks
 * for, and whether a value meets it. Apart from the progress path (progress.ts) so that a page
 * that only says "met" (the summary) does not carry the gauge's path.
 */
import type { Comparator, TargetMilestone } from '../feed/schema.js';
import type { TargetModel } from '../feed/model.js';
import type { CalendarDate } from '../feed/calendar.js';

export type Better = 'higher' | 'lower';

export type DatedMilestone = TargetMilestone & { due: CalendarDate };

/** Within this share of the value, "khoảng 7%" (about 7%) counts as reached. */
export const APPROX_TOLERANCE = 0.05;

/**
 * Which way is better. `direction: "lower"` says so; so does a "không quá"/"dưới" comparator or a
 * rank (1st is best), even when a feed forgot `direction` (its default is "higher").
 */
export function betterWay(target: Pick<TargetModel, 'direction' | 'comparator' | 'unit'>): Better {
  return target.direction === 'lower' || target.comparator === 'lt' || target.comparator === 'lte' || target.unit === 'rank' ? 'lower' : 'higher';
}

export const comparatorOf = (target: Pick<TargetModel, 'comparator'>, m: TargetMilestone): Comparator => m.comparator ?? target.comparator;

/** The value a milestone asks for on the way there: a range's near end, seen from the worse side. */
export function goalValue(m: TargetMilestone, better: Better): number {
  return better === 'lower' && m.max !== undefined ? m.max : m.value;
}

/** Whether a value satisfies a milestone, read with its comparator. */
export function meets(value: number, m: TargetMilestone, comparator: Comparator, better: Better): boolean {
  const goal = goalValue(m, better);
  switch (comparator) {
    case 'gt':
      return value > m.value;
    case 'lt':
      return value < m.value;
    case 'gte':
      return value >= m.value;
    case 'lte':
      return value <= m.value;
    case 'approx': {
      const slack = Math.abs(m.value) * APPROX_TOLERANCE;
      return better === 'higher' ? value >= m.value - slack : value <= m.value + slack;
    }
    default: // eq, range: reaching the value (or the range's near end) from the worse side
      return better === 'higher' ? value >= goal : value <= goal;
  }
}
