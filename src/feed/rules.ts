/**
 * The feed's rules that zod cannot say by itself, as plain functions. schema.ts hands them to zod
 * (`z.refine`), and the generated reader (verdict.ts) calls the same functions: one rule, written
 * once, for both roads. Nothing here imports zod.
 */
import { inFeedYears, isCalendarDate } from './calendar.js';

/** The shape of a calendar date; parse.ts words a mismatch as "expected YYYY-MM-DD". */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A language map names at least one language. */
export const namesALanguage = (map: Record<string, string>): boolean => Object.keys(map).length > 0;

/** Shaped like a date and a day of the calendar (not 30/2). */
export const isRealDate = (s: string): boolean => !DATE_PATTERN.test(s) || isCalendarDate(s);

/** "0023-05-22" or "9999-12-31" is a real date but no programme's: a typo, or a placeholder for "never". */
export const isFeedYearDate = (s: string): boolean => !isCalendarDate(s) || inFeedYears(s);

export const isWholeYear = (n: number): boolean => Number.isInteger(n);
