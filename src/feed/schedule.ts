/**
 * Where a timeframe is drawn. Honest by construction: a deadline's start is the programme's start
 * and is marked inferred; open-ended work runs to the horizon and says so; a yearly task is one
 * occurrence per year; a timeframe that names no date gets no schedule at all.
 */
import type { Recurrence } from './schema.js';
import type { Timeframe } from './timeframe.js';
import { addDays, maxDate, minDate, monthEnd, monthStart, parts, quarterEnd, quarterStart, yearEnd, yearStart, type CalendarDate } from './calendar.js';

export interface Span {
  start: CalendarDate;
  end: CalendarDate;
}

export interface Schedule extends Span {
  /** The start is not in the text (a deadline): drawn faded. */
  startInferred: boolean;
  /** The text names no end: the schedule stops at the horizon, drawn with an arrow. */
  openEnd: boolean;
  /** The date the work is due, when the text names one (deadlines and windows). */
  due?: CalendarDate;
  /** One span per occurrence, for recurring work ("Hàng năm"). */
  occurrences?: Span[];
}

export function scheduleOf(tf: Timeframe, programme: Span): Schedule | null {
  switch (tf.kind) {
    case 'window':
      return tf.start && tf.end ? { start: tf.start, end: tf.end, startInferred: false, openEnd: false, due: tf.end } : null;
    case 'deadline': {
      if (!tf.end) return null;
      const start = tf.start ?? minDate(programme.start, tf.end);
      return { start, end: tf.end, startInferred: !tf.start, openEnd: false, due: tf.end };
    }
    case 'from': {
      if (!tf.start) return null;
      const span = { start: tf.start, end: maxDate(programme.end, tf.start) };
      return { ...span, startInferred: false, openEnd: true, occurrences: tf.recurrence ? occurrences(span, tf.recurrence) : undefined };
    }
    case 'recurring': {
      const span = { start: tf.start ?? programme.start, end: tf.end ?? programme.end };
      return { ...span, startInferred: !tf.start, openEnd: !tf.end, occurrences: tf.recurrence ? occurrences(span, tf.recurrence) : undefined };
    }
    case 'ongoing':
      return { start: tf.start ?? programme.start, end: tf.end ?? programme.end, startInferred: !tf.start, openEnd: !tf.end };
    case 'compound': {
      if (!tf.start && !tf.end) return null;
      const end = tf.end ?? programme.end;
      return { start: tf.start ?? minDate(programme.start, end), end, startInferred: !tf.start, openEnd: tf.openEnd, due: tf.openEnd ? undefined : tf.end };
    }
    case 'relative': // tied to an event ("30 ngày sau khi …"): no date to draw
    case 'unparsed':
      return null;
    default:
      return undrawn(tf.kind);
  }
}

/**
 * A kind added to `TimeframeKind` fails the type check here until `scheduleOf` says where it is
 * drawn. (At run time a kind the schema does not know never reaches this: the feed is checked first.)
 */
function undrawn(kind: never): null {
  void kind;
  return null;
}

/**
 * At most this many occurrences are drawn one by one (monthly work over 300 years would be 3,600
 * marks nobody can tell apart); past it the work is drawn as one band, as weekly work is.
 */
export const MAX_OCCURRENCES = 600;

/** Calendar periods of the recurrence that overlap the span, clipped to it. */
function occurrences(span: Span, recurrence: Recurrence): Span[] | undefined {
  const period = PERIODS[recurrence];
  if (!period) return undefined; // weekly and continuous work is drawn as a band
  const out: Span[] = [];
  for (let p = period.first(span.start); p.start <= span.end; ) {
    if (out.length === MAX_OCCURRENCES) return undefined;
    out.push({ start: maxDate(p.start, span.start), end: minDate(p.end, span.end) });
    const next = period.first(addDays(p.end, 1));
    if (next.start <= p.start) break; // the last period of the calendar: there is no next one
    p = next;
  }
  return out;
}

const PERIODS: Partial<Record<Recurrence, { first: (d: CalendarDate) => Span }>> = {
  yearly: { first: (d) => ({ start: yearStart(parts(d).year), end: yearEnd(parts(d).year) }) },
  semiannual: {
    first: (d) => {
      const { year, month } = parts(d);
      return month <= 6 ? { start: yearStart(year), end: monthEnd(year, 6) } : { start: monthStart(year, 7), end: yearEnd(year) };
    },
  },
  quarterly: {
    first: (d) => {
      const { year, month } = parts(d);
      const q = Math.ceil(month / 3);
      return { start: quarterStart(year, q), end: quarterEnd(year, q) };
    },
  },
  monthly: { first: (d) => ({ start: monthStart(parts(d).year, parts(d).month), end: monthEnd(parts(d).year, parts(d).month) }) },
};
