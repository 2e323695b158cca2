/**
 * Calendar dates as `YYYY-MM-DD` strings and as day numbers (days since 1970-01-01).
 *
 * All arithmetic is in UTC, never in the reader's time zone, so a task due on 30/9/2023 is due on
 * 30/9/2023 in UTC−11 and in UTC+14 alike.
 *
 * The calendar is bounded: every date written `YYYY-MM-DD` (years 0001–9999) reads without error,
 * and every date computed from one (a day later, the next quarter) stays inside it, so no
 * arithmetic on a feed's dates can throw or produce a five-digit year. A feed's own dates are
 * narrower still (FEED_YEARS, checked by the schema): the years a widget can draw.
 */
/** A date as the feed writes it, `YYYY-MM-DD` (checked by `isCalendarDate`). */
export type CalendarDate = string;

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a feed's dates may name: a typo'd "0023" or "9999" is a problem, not a date to draw. */
export const FEED_YEARS = { min: 1900, max: 2200 } as const;

/** The first and last day of the calendar (0001-01-01, 9999-12-31) as day numbers. */
const FIRST_DAY = utcDays(1, 1, 1);
const LAST_DAY = utcDays(9999, 12, 31);

/** Days since 1970-01-01 of a year, month and day; years 0–99 are years 0–99, not 1900–1999 as `Date.UTC` reads them. */
function utcDays(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** Builds a date from year, month (1–12) and day; returns undefined for 31/2 and the like. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return !!m && calendarDate(+m[1]!, +m[2]!, +m[3]!) === value;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Days since 1970-01-01 (negative before). Throws only on text that is not `YYYY-MM-DD` at all. */
export function dayNumber(date: CalendarDate): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${date}`);
  return utcDays(+m[1]!, +m[2]!, +m[3]!);
}

/** The date of a day number, clamped to the calendar (0001-01-01 to 9999-12-31). */
export function fromDayNumber(days: number): CalendarDate {
  const d = new Date(Math.min(LAST_DAY, Math.max(FIRST_DAY, Math.round(days) || 0)) * MS_PER_DAY);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!;
}

/** Whether a date's year is one a feed may name (FEED_YEARS). */
export function inFeedYears(date: CalendarDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FEED_YEARS.min && year <= FEED_YEARS.max;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The year, month (1–12) and day of a date. */
export function parts(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export const yearStart = (year: number): CalendarDate => calendarDate(year, 1, 1)!;
export const yearEnd = (year: number): CalendarDate => calendarDate(year, 12, 31)!;
export const monthStart = (year: number, month: number): CalendarDate => calendarDate(year, month, 1)!;
export const monthEnd = (year: number, month: number): CalendarDate => calendarDate(year, month, daysInMonth(year, month))!;
/** Quarter q (1–4): Q1 = 1/1–31/3 … Q4 = 1/10–31/12. */
export const quarterStart = (year: number, q: number): CalendarDate => monthStart(year, 3 * q - 2);
export const quarterEnd = (year: number, q: number): CalendarDate => monthEnd(year, 3 * q);

/** The quarter (1–4) a date falls in. */
export const quarterOf = (date: CalendarDate): number => Math.ceil(parts(date).month / 3);

/** The reader's calendar date today, in the reader's own time zone (that is what "today" means to them). */
export function today(clock: Date = new Date()): CalendarDate {
  return calendarDate(clock.getFullYear(), clock.getMonth() + 1, clock.getDate())!;
}

export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);

/** A date as people type it: "2023-09-15", "15/9/2023", "15-9-2023", "15.9.2023"; undefined unless it is a real date. */
export function readDate(text: string): CalendarDate | undefined {
  const s = text.trim();
  if (isCalendarDate(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  return m ? calendarDate(+m[3]!, +m[2]!, +m[1]!) : undefined;
}
