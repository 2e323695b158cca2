/**
 * The time axis: years, quarters, the programme's horizon and vision, and today. How much is
 * labelled depends on the pixels a year gets, so that 2023–2045 on a phone still reads (every
 * fifth year) and one year on a desktop names its quarters in full ("Quý III/2023").
 */
import type { Span } from '../feed/schedule.js';
import { dayNumber, parts, quarterEnd, quarterStart, yearEnd, yearStart, type CalendarDate } from '../feed/calendar.js';
import type { TimeScale } from './scale.js';

export interface Period {
  /** First day of the period (the year or quarter), even where the range cuts it. */
  start: CalendarDate;
  year: number;
  /** 1–4 for quarters. */
  quarter?: number;
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

export function axisOf(scale: TimeScale, now: CalendarDate, horizonEnd?: CalendarDate, visionEnd?: CalendarDate): Axis {
  const { range, width } = scale;
  const first = parts(range.start).year;
  const last = parts(range.end).year;
  const yearWidth = (width * 365.25) / (dayNumber(range.end) - dayNumber(range.start) + 1);
  const yearStep = YEAR_STEPS.find(([px]) => yearWidth >= px)?.[1] ?? 10;
  const quarterWidth = yearWidth / 4;

  const years: Period[] = [];
  const quarters: Period[] = [];
  for (let year = first; year <= last; year++) {
    years.push(period(scale, yearStart(year), yearEnd(year), year, undefined, year % yearStep === 0 || yearStep === 1));
    if (quarterWidth < QUARTER_TICKS) continue;
    for (let q = 1; q <= 4; q++) {
      const p = period(scale, quarterStart(year, q), quarterEnd(year, q), year, q, true);
      if (p.x1 > p.x0) quarters.push(p);
    }
  }
  return {
    years,
    quarters,
    quarterLabels: quarterWidth >= QUARTER_FULL ? 'full' : quarterWidth >= QUARTER_SHORT ? 'short' : 'none',
    yearStep,
    today: inside(range, now) ? scale.x(now) : null,
    horizon: goal(scale, horizonEnd),
    vision: goal(scale, visionEnd),
  };
}

/** A goal year's end, drawn only when the range goes on past it (at the range's end it is the edge). */
function goal(scale: TimeScale, end: CalendarDate | undefined): Goal | null {
  return end && end < scale.range.end && inside(scale.range, end) ? { x: scale.xEnd(end), year: parts(end).year } : null;
}

function period(scale: TimeScale, start: CalendarDate, end: CalendarDate, year: number, quarter: number | undefined, label: boolean): Period {
  return { start, year, quarter, x0: scale.clamp(scale.x(start)), x1: scale.clamp(scale.xEnd(end)), label };
}

const inside = (range: Span, date: CalendarDate) => date >= range.start && date <= range.end;
