/**
 * The period the timeline shows: the programme's own span by default, `from`/`to` as a page
 * sets them, and the reader's zoom and pan. Ranges are whole months or whole years so that the
 * axis always starts on a boundary a reader recognises.
 */
import type { ProgrammeModel } from '../feed/model.js';
import type { Span } from '../feed/schedule.js';
import { calendarDate, dayNumber, isCalendarDate, maxDate, monthEnd, monthStart, parts, yearEnd, yearStart, type CalendarDate } from '../feed/calendar.js';

/** The earliest and latest years a range may reach (the schema's own bounds for years). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** Zoom limits, in months: one quarter up to sixty years. */
const MIN_MONTHS = 3;
const MAX_MONTHS = 720;

/**
 * A `from` or `to` attribute: "2026", "2026-07", "2026-Q3" or "2026-07-15". A period counts from
 * its first day (`from`) or to its last day (`to`). Anything else is ignored (undefined).
 */
export function parseBound(value: string | null | undefined, edge: 'start' | 'end'): CalendarDate | undefined {
  const v = (value ?? '').trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(v))) return yearInRange(+m[1]!) ? (edge === 'start' ? yearStart(+m[1]!) : yearEnd(+m[1]!)) : undefined;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(v))) {
    const [year, month] = [+m[1]!, +m[2]!];
    if (!yearInRange(year) || month < 1 || month > 12) return undefined;
    return edge === 'start' ? monthStart(year, month) : monthEnd(year, month);
  }
  if ((m = /^(\d{4})-?Q([1-4])$/i.exec(v))) {
    const [year, q] = [+m[1]!, +m[2]!];
    if (!yearInRange(year)) return undefined;
    return edge === 'start' ? monthStart(year, 3 * q - 2) : monthEnd(year, 3 * q);
  }
  return isCalendarDate(v) && yearInRange(parts(v).year) ? v : undefined;
}

const yearInRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/**
 * Whole years from the programme's start to its horizon, widened to any dated task that ends
 * later (a deadline after the programme window is shown, never clamped) — but by no more than the
 * widest zoom: one deadline in a far year must not squeeze the whole programme into a sliver.
 * Such a task runs off the edge, and panning reaches it.
 */
export function programmeRange(model: ProgrammeModel): Span {
  let end = model.span.end;
  const furthest = yearEnd(Math.min(MAX_YEAR, parts(model.span.start).year + MAX_MONTHS / 12 - 1));
  for (const task of model.tasks) {
    const s = task.schedule;
    if (s && !s.openEnd && s.end > end) end = s.end < furthest ? s.end : maxDate(end, furthest);
  }
  return { start: yearStart(parts(model.span.start).year), end: yearEnd(parts(end).year) };
}

/** The programme's start to the end of its vision year (2045), when it has one. */
export function visionRange(model: ProgrammeModel): Span | undefined {
  return model.visionEnd ? { start: programmeRange(model).start, end: model.visionEnd } : undefined;
}

/** The calendar year `now` falls in. */
export function yearRange(now: CalendarDate): Span {
  const { year } = parts(now);
  return { start: yearStart(year), end: yearEnd(year) };
}

/** The range a page asked for with `from`/`to`; a missing or unreadable side keeps the default. */
export function requestedRange(fallback: Span, from?: string | null, to?: string | null): Span {
  const start = parseBound(from, 'start') ?? fallback.start;
  const end = parseBound(to, 'end') ?? fallback.end;
  return start <= end ? { start, end } : fallback;
}

/** Months from the first to the last month of the range, both counted. */
export function monthsIn(range: Span): number {
  const a = parts(range.start);
  const b = parts(range.end);
  return (b.year - a.year) * 12 + b.month - a.month + 1;
}

/** A date `months` later (or earlier), the day kept where the month has it, else its last day. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return calendarDate(y, m, day) ?? monthEnd(y, m);
}

/** How far one pan moves: a year for multi-year ranges, a quarter under two years, a month under six months. */
export function panStep(range: Span): number {
  const months = monthsIn(range);
  return months >= 24 ? 12 : months >= 6 ? 3 : 1;
}

/** The range moved by one step earlier (-1) or later (+1). */
export function pan(range: Span, direction: -1 | 1): Span {
  const step = panStep(range) * direction;
  const next = { start: addMonths(range.start, step), end: shiftEnd(range.end, step) };
  return inBounds(next) ? next : range;
}

/** A range's last day moved by whole months: a month's last day stays a month's last day. */
function shiftEnd(end: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parts(end);
  if (end === monthEnd(year, month)) {
    const moved = addMonths(monthStart(year, month), months);
    return monthEnd(parts(moved).year, parts(moved).month);
  }
  return addMonths(calendarDate(year, month, day)!, months);
}

/**
 * Zooms in (factor < 1) or out (factor > 1) around the range's middle, in whole quarters
 * (whole years past ten years), between one quarter and sixty years.
 */
export function zoom(range: Span, factor: number): Span {
  const months = monthsIn(range);
  const unit = months * factor >= 120 ? 12 : 3;
  const target = Math.min(MAX_MONTHS, Math.max(MIN_MONTHS, Math.round((months * factor) / unit) * unit));
  if (target === months) return range;
  const middle = (dayNumber(range.start) + dayNumber(range.end)) / 2;
  // The first month of the new range, snapped to a quarter (or year) boundary near the middle.
  const first = parts(range.start);
  const startIndex = first.year * 12 + first.month - 1 + Math.round((months - target) / 2);
  const snapped = Math.round(startIndex / unit) * unit;
  let start = monthStart(Math.floor(snapped / 12), (snapped % 12) + 1);
  // Rounding may push the middle out of view when zooming far in: keep it inside.
  while (dayNumber(start) > middle) start = addMonths(start, -unit);
  const endMonth = addMonths(start, target - 1);
  const next = { start, end: monthEnd(parts(endMonth).year, parts(endMonth).month) };
  return inBounds(next) ? next : range;
}

const inBounds = (r: Span) => parts(r.start).year >= MIN_YEAR && parts(r.end).year <= MAX_YEAR;

export const sameRange = (a: Span | undefined, b: Span | undefined): boolean => !!a && !!b && a.start === b.start && a.end === b.end;
