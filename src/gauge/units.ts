/**
 * A target's values in words, through `Intl` in the reader's language: "7,5%" / "7.5%",
 * "×2" / "gấp 2 lần", "hạng 20", "1.200 tỷ đồng"; and a milestone as the document says it:
 * "trên 70%", "ít nhất gấp 2 lần", "khoảng 7%", "10–12%".
 *
 * Three lengths: `tick` for labels in the picture (symbols, no unit label: "≥1.500"), `short`
 * for the figure ("1.500 tỷ đồng", "×2"), `long` for sentences ("gấp 2 lần", "hạng 20").
 */
import type { Comparator, TargetMilestone } from '../feed/schema.js';
import type { TargetModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate, formatNumber, formatPercent } from '../derive/format.js';
import { gaugeText } from './messages.js';
import type { DatedMilestone } from '../derive/progress.js';

export type Length = 'tick' | 'short' | 'long';

type UnitTarget = Pick<TargetModel, 'unit' | 'unitLabel'>;

/** As many decimals as a figure of this size needs: 3,75 · 58,5 · 1.234. */
export function digits(value: number): number {
  const a = Math.abs(value);
  return a < 10 ? 2 : a < 1000 ? 1 : 0;
}

/**
 * Rounded here, formatted with one `Intl.NumberFormat` per language: building a formatter costs
 * more than a whole gauge's layout (each option set is a new one), so the options never vary.
 */
const rounded = (value: number, d: number) => Math.round(value * 10 ** d) / 10 ** d;
const number = (value: number, lang: Lang, d = digits(value)) => formatNumber(rounded(value, d), lang, 2);

/** A value in the target's unit. */
export function formatValue(value: number, target: UnitTarget, lang: Lang, length: Length = 'short'): string {
  // A place in a ranking is a whole number, also where the path passes between two places.
  const n = number(value, lang, target.unit === 'rank' ? 0 : digits(value));
  switch (target.unit) {
    case 'percent':
      return formatPercent(rounded(value, digits(value)), lang, 2);
    case 'ratio':
      return length === 'long' ? gaugeText(lang, 'times', { n }) : `×${n}`;
    case 'rank':
      return length === 'long' ? gaugeText(lang, 'rank', { n }) : `#${n}`;
    default: {
      const label = length === 'tick' ? '' : localText(target.unitLabel, lang);
      return label ? `${n} ${label}` : n;
    }
  }
}

const SYMBOL: Record<Comparator, string> = { gt: '>', gte: '≥', eq: '', approx: '≈', lte: '≤', lt: '<', range: '' };

/** What a milestone asks for: "≈7%" (tick, short) or "khoảng 7%" (long). */
export function formatGoal(m: TargetMilestone, comparator: Comparator, target: UnitTarget, lang: Lang, length: Length = 'short'): string {
  if (comparator === 'range' && m.max !== undefined) {
    // "10–12%": the unit once, after the upper bound.
    const lo = number(m.value, lang);
    return gaugeText(lang, 'range', { v: target.unit === 'ratio' ? `×${lo}` : lo, max: formatValue(m.max, target, lang, length === 'tick' ? 'tick' : 'short') });
  }
  if (length !== 'long') return `${SYMBOL[comparator]}${formatValue(m.value, target, lang, length)}`;
  if (target.unit === 'rank' && (comparator === 'lte' || comparator === 'lt')) {
    return gaugeText(lang, comparator === 'lte' ? 'rankTop' : 'rankAbove', { n: number(m.value, lang, 0) });
  }
  return gaugeText(lang, comparator === 'range' ? 'eq' : comparator, { v: formatValue(m.value, target, lang, 'long') });
}

/** "2030", or the date of a milestone given by date. */
export function milestoneWhen(m: DatedMilestone, lang: Lang): string {
  return m.date ? formatDate(m.date, lang) : String(m.year);
}

/** "đến năm 2030" / "by 30 Sept 2027". */
export function milestoneBy(m: DatedMilestone, lang: Lang): string {
  return m.date ? gaugeText(lang, 'byDate', { date: formatDate(m.date, lang) }) : gaugeText(lang, 'byYear', { year: m.year! });
}
