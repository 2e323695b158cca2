/**
 * A timeframe read out in English: "Xong trong Quý III/2023" → "by end of Q3 2023", "Hàng năm" →
 * "every year", "Từ Quý III/2023" → "from Q3 2023 on", "2023-2030" → "2023–2030". Pure, no DOM.
 *
 * Only what the structure holds, at the precision the words give (a quarter stays a quarter, never
 * becomes 30 Sept). Where no reading exists (an event-driven or unread cell) it returns undefined,
 * and the widget shows the document's words, marked as Vietnamese. The words themselves are
 * always one step away ("as written: …").
 */
import type { CalendarDate, Precision, Recurrence } from './schema.js';
import { parts, quarterOf } from './calendar.js';
import type { Timeframe } from './timeframe.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const EVERY: Record<Recurrence, string> = {
  yearly: 'every year',
  semiannual: 'every six months',
  quarterly: 'every quarter',
  monthly: 'every month',
  weekly: 'every week',
  continuous: 'ongoing',
};

/** A period as named, at its precision: "Q3 2023", "June 2025", "H1 2025", "2030", "30 September 2026". */
function period(date: CalendarDate, precision: Precision | undefined, end: boolean): string {
  const { year, month, day } = parts(date);
  switch (precision) {
    case 'quarter':
      return `Q${quarterOf(date)} ${year}`;
    case 'half':
      return `H${month <= 6 ? 1 : 2} ${year}`;
    case 'month':
      return `${MONTHS[month - 1]} ${year}`;
    case 'day':
      return `${day} ${MONTHS[month - 1]} ${year}`;
    default:
      // A year, or an end given without a precision: name only what is sure.
      return precision === 'year' || (end ? date.endsWith('-12-31') : date.endsWith('-01-01')) ? String(year) : `${day} ${MONTHS[month - 1]} ${year}`;
  }
}

/** "2023–2030", "Q3 2023 – Q2 2025": an en dash, spaced when either side has a space. */
function span(start: string, end: string): string {
  if (start === end) return start;
  return start.includes(' ') || end.includes(' ') ? `${start} – ${end}` : `${start}–${end}`;
}

/** The English reading of one timeframe, or undefined when the words name no date or rhythm. */
export function timeframeInEnglish(tf: Timeframe): string | undefined {
  const { precision } = tf;
  switch (tf.kind) {
    case 'deadline':
      if (!tf.end) return undefined;
      return precision === 'day' ? `by ${period(tf.end, precision, true)}` : `by end of ${period(tf.end, precision, true)}`;
    case 'window':
      if (!tf.start || !tf.end) return undefined;
      return span(period(tf.start, precision, false), period(tf.end, precision, true));
    case 'from': {
      if (!tf.start) return undefined;
      const first = period(tf.start, precision, false);
      return tf.recurrence && tf.recurrence !== 'continuous' ? `${EVERY[tf.recurrence]} from ${first}` : `from ${first} on`;
    }
    case 'recurring':
      return tf.recurrence ? EVERY[tf.recurrence] : undefined;
    case 'ongoing':
      return 'ongoing';
    case 'compound': {
      const read = tf.parts?.map(timeframeInEnglish);
      return read?.length && read.every(Boolean) ? read.join('; then ') : undefined;
    }
    default:
      return undefined;
  }
}
