/**
 * A task's dates in words, for the table, the details and screen readers. Honest in the same way
 * as the marks: a start or end the document does not state is said to be "not stated". Its
 * status in words is shared with the other widgets: derive/status.ts.
 */
import type { TaskModel } from '../feed/model.js';
import type { Lang } from '../derive/lang.js';
import { formatAt, formatDate } from '../derive/format.js';
import { parts } from '../feed/calendar.js';
import { tt } from './messages.js';

/** The start as the document states it, or "not stated". */
export function startText(task: TaskModel, lang: Lang): string {
  const s = task.schedule;
  return s && !s.startInferred ? formatAt(s.start, task.timeframe.precision, lang) : tt(lang, 'notStated');
}

/** The end (or due date) as the document states it, or "not stated". */
export function endText(task: TaskModel, lang: Lang): string {
  const s = task.schedule;
  return s && !s.openEnd ? formatAt(s.end, task.timeframe.precision, lang) : tt(lang, 'notStated');
}

/** How the timeframe was read, one line per fact: "Hạn: 30/9/2023", "Bắt đầu: không ghi…". */
export function readAs(task: TaskModel, lang: Lang): string[] {
  const s = task.schedule;
  if (!s) return [tt(lang, 'noFixedDate')];
  const lines: string[] = [];
  // At the document's precision ("2023", "Quý III/2023"); a day the text does not give is said to
  // be drawn, not stated.
  const at = (date: string) => formatAt(date, task.timeframe.precision, lang);
  lines.push(`${tt(lang, 'start')}: ${s.startInferred ? tt(lang, 'startInferred', { date: formatDate(s.start, lang) }) : at(s.start)}`);
  if (s.openEnd) lines.push(`${tt(lang, 'end')}: ${tt(lang, 'openEnd')}`);
  else lines.push(`${s.due ? tt(lang, 'due') : tt(lang, 'end')}: ${at(s.end)}`);
  if (s.occurrences?.length) {
    // The document's own word ("Hàng năm", not a respelling) in Vietnamese; the years it spans.
    const every = lang === 'vi' || task.timeframe.recurrence !== 'yearly' ? task.timeframe.raw : tt(lang, 'yearly');
    const first = parts(s.occurrences[0]!.start).year;
    const last = parts(s.occurrences.at(-1)!.end).year;
    lines.push(`${every}: ${tt(lang, 'times', { count: s.occurrences.length })}, ${first === last ? first : `${first}–${last}`}`);
  }
  return lines;
}
