/**
 * A numeric target in one line: its latest actual against its next milestone ("42,5 % (31/12/2024)
 * → ≥ 70 % năm 2030"). The summary does not judge on-track or behind — that needs the straight
 * path the gauge draws; it states the two figures side by side and whether the milestone is
 * already met.
 *
 * Whether a milestone is met is read as the gauge reads it (derive/comparators.ts: the comparator,
 * which way is better, "khoảng" within 5%, a range reached from the worse side).
 */
import type { Actual, CalendarDate, Comparator } from '../feed/schema.js';
import type { TargetModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatNumber, formatPercent } from '../derive/format.js';
import { betterWay, comparatorOf, meets, type DatedMilestone } from '../derive/comparators.js';

export interface TargetLine {
  target: TargetModel;
  latest?: Actual;
  /** The first milestone due on or after the latest actual (or `now` when there is none); else the last one. */
  milestone?: DatedMilestone;
  /** Whether the latest actual meets that milestone already (undefined without both). */
  met?: boolean;
}

/** The numeric targets' lines, in feed order. */
export function targetLines(targets: readonly TargetModel[], now: CalendarDate): TargetLine[] {
  return targets.filter((t) => t.kind !== 'qualitative').map((target) => {
    const latest = target.latest;
    const from = latest?.date ?? now;
    const milestone = target.milestones.find((m) => m.due >= from) ?? target.milestones.at(-1);
    const met = latest && milestone ? meets(latest.value, milestone, comparatorOf(target, milestone), betterWay(target)) : undefined;
    return { target, latest, milestone, met };
  });
}

const SYMBOL: Record<Comparator, string> = { gt: '> ', gte: '≥ ', eq: '', approx: '≈ ', lte: '≤ ', lt: '< ', range: '' };

/** A value in the target's unit, short: "42,5 %", "×1,3", "#20", "1.200 tỷ đồng". */
export function formatValue(value: number, target: Pick<TargetModel, 'unit' | 'unitLabel'>, lang: Lang): string {
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 1000 ? 1 : 0;
  if (target.unit === 'percent') return formatPercent(value, lang, digits);
  const n = formatNumber(value, lang, digits);
  if (target.unit === 'ratio') return `×${n}`;
  if (target.unit === 'rank') return `#${n}`;
  const label = localText(target.unitLabel, lang);
  return label ? `${n} ${label}` : n;
}

/** What a milestone asks for, short: "≥ 70 %", "≈ 7 %", "10–12 %". */
export function formatGoal(m: DatedMilestone, target: TargetModel, lang: Lang): string {
  const comparator = comparatorOf(target, m);
  if (comparator === 'range' && m.max !== undefined) return `${formatNumber(m.value, lang, 2)}–${formatValue(m.max, target, lang)}`;
  return `${SYMBOL[comparator]}${formatValue(m.value, target, lang)}`;
}
