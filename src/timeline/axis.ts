/**
 * The time axis: years, quarters, months, the programme's horizon and vision, and today. How much
 * is labelled depends on the pixels a year gets, so that 2023–2045 on a phone still reads (every
 * fifth year) and one year on a desktop names its quarters in full ("Quý III/2023") and ticks its
 * months.
 *
 * The calendar intervals are d3-time's (`utcYear`, `utcMonth`, `every`): UTC, like every date in
 * the feed, so 1 January is 1 January in every time zone; `utcYear.every(5)` picks the years a
 * dense axis names (2025, 2030, …) as d3's own time ticks do.
 */
import { utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { Span } from '../feed/schedule.js';
import { dayNumber, parts, type CalendarDate } from '../feed/calendar.js';
import type { TimeScale } from './scale.js';

export interface Period {
  /** First day of the period (the year or quarter), even where the range cuts it. */
  start: CalendarDate;
  year: number;
  /** 1–4 for quarters. */
  quarter?: number;
  /** 1–12 for months. */
  month?: number;
  /** The visible part of the period, in px. */
  x0: number;
  x1: number;
  /** Whether this period's name is drawn (dense axes name every 2nd, 5th or 10th year). */
  label: boolean;
}

export interface Goal {
  x: number;
  year: number;
}

/** How quarters are named: in full ("Quý III/2023", "Q3 2023"), short ("III", "Q3") or not at all. */
export type QuarterLabels = 'full' | 'short' | 'none';

export interface Axis {
  years: Period[];
  /** Empty when quarters would be under 10 px wide. */
  quarters: Period[];
  quarterLabels: QuarterLabels;
  /** Month ticks, only where a month gets at least 24 px (a year or two on a desktop). */
  months: Period[];
  /** Every how many years a year is named. */
  yearStep: number;
  /** The today line, or null when today is outside the range. */
  today: number | null;
  /** End of the horizon year ("đến năm 2030") and of the vision year (2045), when inside the range. */
  horizon: Goal | null;
  vision: Goal | null;
}

/** Minimum pixels per named year, per year step; below the last, every tenth year. */
const YEAR_STEPS: Array<[number, number]> = [[40, 1], [22, 2], [9, 5]];
/** Quarter widths for full and short names, and for drawing quarter ticks at all. */
const QUARTER_FULL = 96;
const QUARTER_SHORT = 22;
const QUARTER_TICKS = 10;
/** Pixels a month needs for its tick. */
const MONTH_TICKS = 24;

export function axisOf(scale: TimeScale, now: CalendarDate, horizonEnd?: CalendarDate, visionEnd?: CalendarDate): Axis {
  const { range, width } = scale;
  const start = instant(range.start);
  const stop = new Date(+instant(range.end) + DAY); // the day after the last: d3's ranges exclude their stop
  const yearWidth = (width * 365.25) / (dayNumber(range.end) - dayNumber(range.start) + 1);
  const yearStep = YEAR_STEPS.find(([px]) => yearWidth >= px)?.[1] ?? 10;
  const quarterWidth = yearWidth / 4;
  const named = utcYear.every(yearStep)!;
  const from = utcYear.floor(start);

  const years = periods(scale, utcYear, from, stop, (t) => ({ year: t.getUTCFullYear(), label: yearStep === 1 || +named.floor(t) === +t }));
  const quarters = quarterWidth < QUARTER_TICKS ? []
    : periods(scale, QUARTER, from, stop, (t) => ({ year: t.getUTCFullYear(), quarter: t.getUTCMonth() / 3 + 1, label: true }));
  const months = yearWidth / 12 < MONTH_TICKS ? []
    : periods(scale, utcMonth, from, stop, (t) => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, label: false }));
  return {
    years,
    quarters,
    quarterLabels: quarterWidth >= QUARTER_FULL ? 'full' : quarterWidth >= QUARTER_SHORT ? 'short' : 'none',
    months,
    yearStep,
    today: inside(range, now) ? scale.x(now) : null,
    horizon: goal(scale, horizonEnd),
    vision: goal(scale, visionEnd),
  };
}

const DAY = 86_400_000;
const QUARTER = utcMonth.every(3)!;

/** A calendar date as the UTC instant it begins at, and back. */
const instant = (date: CalendarDate): Date => new Date(dayNumber(date) * DAY);
const calendarDay = (t: Date): CalendarDate => t.toISOString().slice(0, 10);

/**
 * The interval's periods that the range shows, even in part, each from its first day to the day
 * before the next period begins; periods the range cuts to nothing are left out.
 */
function periods(
  scale: TimeScale,
  interval: TimeInterval | CountableTimeInterval,
  from: Date,
  stop: Date,
  name: (t: Date) => Omit<Period, 'start' | 'x0' | 'x1'>,
): Period[] {
  const out: Period[] = [];
  for (const t of interval.range(from, stop)) {
    const x0 = scale.clamp(scale.x(calendarDay(t)));
    const x1 = scale.clamp(scale.x(calendarDay(interval.offset(t, 1))));
    if (x1 > x0) out.push({ start: calendarDay(t), ...name(t), x0, x1 });
  }
  return out;
}

/** A goal year's end, drawn only when the range goes on past it (at the range's end it is the edge). */
function goal(scale: TimeScale, end: CalendarDate | undefined): Goal | null {
  return end && end < scale.range.end && inside(scale.range, end) ? { x: scale.xEnd(end), year: parts(end).year } : null;
}

const inside = (range: Span, date: CalendarDate) => date >= range.start && date <= range.end;
