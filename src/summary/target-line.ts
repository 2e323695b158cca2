/**
 * A numeric target in one line: its latest actual against its next milestone ("42,5 % (31/12/2024)
 * → ≥ 70 % năm 2030"). The summary does not judge on-track or behind — that needs the straight
 * path the gauge draws; it states the two figures side by side and whether the milestone is
 * already met.
 *
 * Written here while the shared derive/ layer (target progress and comparators, issue 17) is
 * being built; it imports nothing from the gauge, and derive/ is meant to absorb it.
 */
import type { Actual, CalendarDate, Comparator, TargetMilestone } from '../feed/schema.js';
import type { TargetModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatNumber, formatPercent } from '../derive/format.js';

export type DueMilestone = TargetMilestone & { due: CalendarDate };

export interface TargetLine {
  target: TargetModel;
  latest?: Actual;
  /** The first milestone due on or after the latest actual (or `now` when there is none); else the last one. */
  milestone?: DueMilestone;
  /** Whether the latest actual meets that milestone already (undefined without both). */
  met?: boolean;
}

/** The numeric targets' lines, in feed order. */
export function targetLines(targets: readonly TargetModel[], now: CalendarDate): TargetLine[] {
  return targets.filter((t) => t.kind !== 'qualitative').map((target) => {
    const latest = target.latest;
    const from = latest?.date ?? now;
    const milestone = target.milestones.find((m) => m.due >= from) ?? target.milestones.at(-1);
    const met = latest && milestone ? meets(latest.value, milestone, milestone.comparator ?? target.comparator, lowerIsBetter(target)) : undefined;
    return { target, latest, milestone, met };
  });
}

function lowerIsBetter(target: TargetModel): boolean {
  return target.direction === 'lower' || target.comparator === 'lt' || target.comparator === 'lte' || target.unit === 'rank';
}

function meets(value: number, m: TargetMilestone, comparator: Comparator, lower: boolean): boolean {
  switch (comparator) {
    case 'gt': return value > m.value;
    case 'gte': return value >= m.value;
    case 'lt': return value < m.value;
    case 'lte': return value <= m.value;
    case 'approx': return lower ? value <= m.value * 1.05 : value >= m.value * 0.95;
    case 'range': return value >= m.value && value <= (m.max ?? m.value);
    default: return lower ? value <= m.value : value >= m.value;
  }
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
export function formatGoal(m: DueMilestone, target: TargetModel, lang: Lang): string {
  const comparator = m.comparator ?? target.comparator;
  if (comparator === 'range' && m.max !== undefined) return `${formatNumber(m.value, lang, 2)}–${formatValue(m.max, target, lang)}`;
  return `${SYMBOL[comparator]}${formatValue(m.value, target, lang)}`;
}
