/**
 * The calendar periods a timeframe cell names ("Quý III/2023", "6/2025", "30/11/2026", "2023-2030")
 * read into first and last day. Works on the matching form made by `matchForm` (lower case, one
 * kind of dash, no spaces around "/"), and only ever on a whole string: "…/2025/NQ-CP" is not a year.
 */
import { calendarDate, monthEnd, monthStart, quarterEnd, quarterStart, yearEnd, yearStart, type CalendarDate } from './calendar.js';
import type { Precision } from './schema.js';
import { normalizeText } from './name-key.js';

/** A period a timeframe cell names, read into its first and last day. */
export interface NamedPeriod {
  start: CalendarDate;
  end: CalendarDate;
  precision: Precision;
  /** Two periods joined ("2023-2025", "Từ năm 2021 đến năm 2025"), not one. */
  range: boolean;
}

/**
 * The form every pattern is written against: normalised, trailing "." (and stray ";" or ",") gone,
 * lower case in the Vietnamese locale, every dash-like character (‐ ‑ ‒ – — ― −) as "-", "/" unspaced.
 */
export function matchForm(text: string): string {
  return normalizeText(text)
    .replace(/[\s.;,]+$/, '')
    .toLowerCase() // Vietnamese lower case: see nameKey (name-key.ts)
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/ ?\/ ?/g, '/');
}

/** Years outside the schema's range are typing errors or document numbers, not years. */
function toYear(text: string | undefined): number | undefined {
  const y = Number(text);
  return Number.isInteger(y) && y >= 1900 && y <= 2200 ? y : undefined;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const quarterNo = (t: string | undefined): number => ROMAN[t ?? ''] ?? Number(t);

/** "Quý" (also "Quí" and the misplaced "Qúy"), or the "Q" of "QIV/2025"; then I–IV or 1–4. */
const QUY = String.raw`(?:q(?:u[ýí]|úy) ?|q)`;
const Q = String.raw`${QUY}(iv|iii|ii|i|[1-4])`;
/** "/2025" or " năm 2025". */
const OF_YEAR = String.raw`(?:/| năm )(\d{4})`;

type Reader = (m: RegExpExecArray) => Omit<NamedPeriod, 'range'> | undefined;

function quarters(from: number, to: number, yearText: string | undefined): Omit<NamedPeriod, 'range'> | undefined {
  const year = toYear(yearText);
  if (year === undefined || to < from) return undefined;
  return { start: quarterStart(year, from), end: quarterEnd(year, to), precision: 'quarter' };
}

function month(monthText: string | undefined, yearText: string | undefined): Omit<NamedPeriod, 'range'> | undefined {
  const year = toYear(yearText);
  const m = Number(monthText);
  if (year === undefined || !calendarDate(year, m, 1)) return undefined;
  return { start: monthStart(year, m), end: monthEnd(year, m), precision: 'month' };
}

/** Always day/month/year; 31/2 is no date at all. */
function day(d: string | undefined, m: string | undefined, y: string | undefined): Omit<NamedPeriod, 'range'> | undefined {
  const year = toYear(y);
  const date = year === undefined ? undefined : calendarDate(year, Number(m), Number(d));
  return date ? { start: date, end: date, precision: 'day' } : undefined;
}

/** One named period each; first match wins, so the quarter range comes before its parts. */
const PERIODS: Array<[RegExp, Reader]> = [
  // Quý III/2023, quý 2/2025, QIV/2025, Q4/2025, Quý I năm 2025
  [new RegExp(`^${Q}${OF_YEAR}$`), (m) => quarters(quarterNo(m[1]), quarterNo(m[1]), m[2])],
  // Quý I-II/2025; Quý III, IV/2024 (a comma only joins neighbours)
  [
    new RegExp(`^${Q}( ?- ?|, ?| và )(?:${QUY})?(iv|iii|ii|i|[1-4])${OF_YEAR}$`),
    (m) => {
      const [from, to] = [quarterNo(m[1]), quarterNo(m[3])];
      return m[2]!.includes('-') || to === from + 1 ? quarters(from, to, m[4]) : undefined;
    },
  ],
  // 6 tháng đầu năm 2025 (H1), 6 tháng cuối năm 2025 (H2)
  [/^6 tháng (đầu|cuối) năm (\d{4})$/, (m) => {
    const span = quarters(m[1] === 'đầu' ? 1 : 3, m[1] === 'đầu' ? 2 : 4, m[2]);
    return span && { ...span, precision: 'half' };
  }],
  // đầu năm 2026, cuối năm 2025: fuzzy, read as the first or last quarter
  [/^(đầu|cuối) năm (\d{4})$/, (m) => (m[1] === 'đầu' ? quarters(1, 1, m[2]) : quarters(4, 4, m[2]))],
  // ngày 28 tháng 7 năm 2026
  [/^(?:ngày )?(\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/, (m) => day(m[1], m[2], m[3])],
  // 30/11/2026, 05/8/2026, 5.9.2023 (one separator throughout)
  [/^(?:ngày )?(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/, (m) => day(m[1], m[3], m[4])],
  // Tháng 10/2025, tháng 6 năm 2025, 6/2025, 06/2025
  [/^tháng (\d{1,2})(?:\/| năm )(\d{4})$/, (m) => month(m[1], m[2])],
  [/^(\d{1,2})\/(\d{4})$/, (m) => month(m[1], m[2])],
  // 2025, Năm 2024
  [/^(?:năm )?(\d{4})$/, (m) => {
    const year = toYear(m[1]);
    return year === undefined ? undefined : { start: yearStart(year), end: yearEnd(year), precision: 'year' };
  }],
];

function period(text: string): Omit<NamedPeriod, 'range'> | undefined {
  for (const [pattern, read] of PERIODS) {
    const m = pattern.exec(text);
    if (m) return read(m);
  }
  return undefined;
}

const COARSENESS: Precision[] = ['day', 'month', 'quarter', 'half', 'year'];

/** From the first day of one period to the last of another; a span that ends before it starts is no span. */
function join(a: Omit<NamedPeriod, 'range'> | undefined, b: Omit<NamedPeriod, 'range'> | undefined): NamedPeriod | undefined {
  if (!a || !b || b.end < a.start) return undefined;
  // The window is only as precise as its vaguer end.
  const precision = COARSENESS[Math.max(COARSENESS.indexOf(a.precision), COARSENESS.indexOf(b.precision))]!;
  return { start: a.start, end: b.end, precision, range: true };
}

/**
 * One period, or two joined by a dash ("2023 – 2030", "Quý III/2023 - Quý II/2024") or by
 * "từ … đến (hết) …", with an optional "Giai đoạn" / "Nhiệm kỳ" / "Thời kỳ" in front.
 */
export function parsePeriod(text: string): NamedPeriod | undefined {
  const t = text.replace(/^(?:giai đoạn|nhiệm k[ỳì]|thời k[ỳì]) /, '');
  const single = period(t);
  if (single) return { ...single, range: false };
  const fromTo = /^từ (.+) đến (?:hết )?(.+)$/.exec(t);
  if (fromTo) return join(period(fromTo[1]!), period(fromTo[2]!));
  // Try every dash: the first with a period on each side wins ("2023-2026"; not "quý i-ii/2025").
  for (let i = t.indexOf('-'); i > 0; i = t.indexOf('-', i + 1)) {
    const span = join(period(t.slice(0, i).trim()), period(t.slice(i + 1).trim()));
    if (span) return span;
  }
  return undefined;
}
