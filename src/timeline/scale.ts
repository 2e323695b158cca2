/**
 * A linear scale from calendar dates to pixels, on day numbers. d3-scale would cost 9 KB
 * gzipped for what is one multiplication here.
 *
 * A day is a span, not a point: `x(date)` is where the day begins and `xEnd(date)` where it ends,
 * so a task "2023-2025" fills 1/1/2023 to the end of 31/12/2025, and a bar due on 30/9 ends
 * exactly where 1/10 begins.
 */
import type { Span } from '../feed/schedule.js';
import { dayNumber, type CalendarDate } from '../feed/calendar.js';

export interface TimeScale {
  /** The dates shown, first and last day included. */
  readonly range: Span;
  /** Pixels from the first day's start to the last day's end. */
  readonly width: number;
  /** Where the day begins (may fall outside 0…width). */
  x(date: CalendarDate): number;
  /** Where the day ends: the next day's `x`. */
  xEnd(date: CalendarDate): number;
  /** Clamped to the visible width. */
  clamp(x: number): number;
}

/** Positions are rounded to 1/100 px: exact enough for any screen, stable in tests and markup. */
export const round = (v: number): number => Math.round(v * 100) / 100;

export function timeScale(range: Span, width: number): TimeScale {
  const d0 = dayNumber(range.start);
  const days = Math.max(1, dayNumber(range.end) - d0 + 1);
  const k = width / days;
  const at = (day: number) => round((day - d0) * k);
  return {
    range,
    width,
    x: (date) => at(dayNumber(date)),
    xEnd: (date) => at(dayNumber(date) + 1),
    clamp: (x) => Math.min(width, Math.max(0, x)),
  };
}
