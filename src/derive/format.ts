/**
 * Numbers and dates through `Intl`, in the reader's language. Calendar dates are formatted in
 * UTC so that the date printed is the date in the feed, whatever the reader's time zone.
 */
import { parts, quarterOf, type CalendarDate } from '../feed/calendar.js';
import type { Lang } from './lang.js';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
/**
 * Formatters by a short key the caller names ("d-day"), not by `JSON.stringify(options)`: the
 * axis, the rows and the table format thousands of dates, and building a key string per call
 * cost more than the formatting.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}n${maximumFractionDigits}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits })));
  return f;
}

function dateFormat(lang: Lang, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${name}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' })));
  return f;
}

/** Formatted dates by language: a feed has few distinct dates, drawn and tabled many times over. */
const formatted: Record<Lang, Map<CalendarDate, string>> = { vi: new Map(), en: new Map() };

const utc = (date: CalendarDate) => {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
};

/** "30/9/2023" in Vietnamese (as documents write it, and as vi-VN's Intl does: by hand, see viNumber), "30 Sept 2023" in English. */
export function formatDate(date: CalendarDate, lang: Lang): string {
  const memo = formatted[lang] ?? formatted.vi;
  let text = memo.get(date);
  if (text === undefined) {
    const { year, month, day } = parts(date);
    text = lang === 'en' ? dateFormat(lang, 'day', { day: 'numeric', month: 'short', year: 'numeric' }).format(utc(date)) : `${day}/${month}/${year}`;
    // Bounded: a feed's dates are a few thousand at most; a page that keeps changing `now` is not.
    if (memo.size > 10_000) memo.clear();
    memo.set(date, text);
  }
  return text;
}

/** "9/2023" / "Sept 2023". */
export function formatMonth(date: CalendarDate, lang: Lang): string {
  return lang === 'vi' ? `${parts(date).month}/${parts(date).year}` : dateFormat(lang, 'month', { month: 'short', year: 'numeric' }).format(utc(date));
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý III/2023" / "Q3 2023" in full; "III" / "Q3" short (on an axis, under a year already written). */
export function formatQuarter(date: CalendarDate, lang: Lang, length: 'full' | 'short' = 'full'): string {
  const q = quarterOf(date);
  if (length === 'short') return lang === 'vi' ? ROMAN[q - 1]! : `Q${q}`;
  return lang === 'vi' ? `Quý ${ROMAN[q - 1]}/${parts(date).year}` : `Q${q} ${parts(date).year}`;
}

/**
 * A date at the precision the document gives, never finer: "2030", "Quý III/2023" / "Q3 2023",
 * "9/2023" / "Sept 2023", "30/9/2023". With no precision, a first or last day of a year is said as
 * the year (the widgets derive those from "2023-2030" or the programme's horizon).
 */
export function formatAt(date: CalendarDate, precision: string | undefined, lang: Lang): string {
  const p = precision ?? (/-(01-01|12-31)$/.test(date) ? 'year' : 'day');
  if (p === 'year') return String(parts(date).year);
  if (p === 'quarter') return formatQuarter(date, lang);
  if (p === 'month') return formatMonth(date, lang);
  if (p === 'half') {
    const first = parts(date).month <= 6;
    return lang === 'vi' ? `6 tháng ${first ? 'đầu' : 'cuối'} năm ${parts(date).year}` : `H${first ? 1 : 2} ${parts(date).year}`;
  }
  return formatDate(date, lang);
}

/** A plain number: "1.234,5" / "1,234.5". */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return (lang === 'vi' ? viNumber(value, maximumFractionDigits) : undefined) ?? numberFormat(lang, maximumFractionDigits).format(value);
}

/**
 * A number as vi-VN's `Intl.NumberFormat` writes it ("1.234.567,89", "-0"), by hand. The first
 * `Intl` formatter a page builds costs Chromium 25–90 ms (it loads the locale data), more than
 * drawing Programme 219; Vietnamese pages never pay it. The digits are the shortest that read
 * back as the number (`String(value)`), rounded half away from zero, as ICU rounds them.
 * Undefined (Intl then) for what `String` writes with an exponent, and for NaN and ±∞.
 */
export function viNumber(value: number, maximumFractionDigits: number): string | undefined {
  const text = String(value < 0 ? -value : value);
  if (!Number.isFinite(value) || text.includes('e')) return undefined;
  const dot = text.indexOf('.');
  let whole = dot < 0 ? text : text.slice(0, dot);
  let fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (fraction.length > maximumFractionDigits) {
    const up = fraction.charCodeAt(maximumFractionDigits) >= 53; // '5'
    fraction = fraction.slice(0, maximumFractionDigits);
    if (up) {
      // Add one in the last kept place: the trailing nines become zeros, the digit before them grows.
      const digits = whole + fraction;
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') i--;
      const bumped = (i < 0 ? '1' : digits.slice(0, i) + String(Number(digits[i]) + 1)) + '0'.repeat(digits.length - 1 - i);
      whole = bumped.slice(0, bumped.length - fraction.length);
      fraction = bumped.slice(bumped.length - fraction.length);
    }
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--; // '0'
  if (whole.length > 3) whole = whole.replace(/\B(?=(\d{3})+$)/g, '.');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return end ? `${sign}${whole},${fraction.slice(0, end)}` : sign + whole;
}

/**
 * A percentage given in percent points: 7.5 → "7,5%" / "7.5%". Vietnamese documents and the
 * Vietnamese press write the sign without a space ("khoảng 7%", "trên 70%"), and so do we, in
 * every language: the figure reads the same in a card as in the document quoted under it.
 */
export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 1): string {
  // vi-VN's Intl percent pattern puts a no-break space before "%"; the digits are Intl's own.
  return `${formatNumber(value, lang, maximumFractionDigits)}%`;
}

const plurals = new Map<Lang, Intl.PluralRules>();

/**
 * The word for a count in the reader's language: `plural(1, 'en', { one: 'item', other: 'items' })`.
 * Vietnamese has one form; English two. Through `Intl.PluralRules`, never "item(s)".
 */
export function plural(count: number, lang: Lang, forms: { one?: string; other: string }): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
  return rules.select(count) === 'one' && forms.one !== undefined ? forms.one : forms.other;
}
