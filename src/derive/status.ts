/**
 * A task's status in words: one wording for the timeline's rows, legend, table and details, the
 * summary and the CLI's pages. Honest in the same way as the marks: a status nobody reported is
 * a fact about the schedule ("Chưa có báo cáo · trong thời hạn"), never said as progress.
 */
import type { StatusAt, TaskStatus } from '../feed/status.js';
import { translator, type Lang } from './lang.js';
import { formatPercent } from './format.js';

/** The word for each status, as reported (or as the calendar says it, for `overdue`, `no-report`, `undated`). */
export const taskStatusText = translator<TaskStatus>({
  vi: {
    done: 'Đã hoàn thành',
    cancelled: 'Đã hủy',
    overdue: 'Đã quá hạn',
    delayed: 'Chậm tiến độ',
    'due-soon': 'Sắp đến hạn',
    'in-progress': 'Đang thực hiện',
    planned: 'Chưa bắt đầu',
    'no-report': 'Chưa có báo cáo · đã quá hạn',
    undated: 'Chưa có báo cáo · không ghi thời hạn',
  },
  en: {
    done: 'Done',
    cancelled: 'Cancelled',
    overdue: 'Overdue',
    delayed: 'Behind schedule',
    'due-soon': 'Due soon',
    'in-progress': 'In progress',
    planned: 'Not started',
    'no-report': 'No report · deadline passed',
    undated: 'No report · no deadline given',
  },
});

/** A reported status inside a sentence: "2 đã hoàn thành, 1 chậm tiến độ". */
export function statusInSentence(lang: Lang, status: TaskStatus): string {
  const word = taskStatusText(lang, status);
  return word.charAt(0).toLocaleLowerCase() + word.slice(1);
}

/**
 * A status nobody reported is a fact about the schedule, in words of its own: "Đang thực hiện"
 * would read as a report ("being carried out"), so it is never said without one.
 */
const derivedText = translator<'in-progress' | 'planned' | 'due-soon'>({
  vi: {
    'in-progress': 'Chưa có báo cáo · trong thời hạn',
    planned: 'Chưa có báo cáo · chưa đến thời gian thực hiện',
    'due-soon': 'Chưa có báo cáo · sắp đến hạn',
  },
  en: {
    'in-progress': 'No report · within the timeframe',
    planned: 'No report · not yet due to start',
    'due-soon': 'No report · due soon',
  },
});

/** The one wording of a task's status, the same in rows, legend, table, details and the CLI's pages. */
export function statusWords({ status, reported }: StatusAt, lang: Lang): string {
  if (!reported && (status === 'in-progress' || status === 'planned' || status === 'due-soon')) return derivedText(lang, status);
  return taskStatusText(lang, status);
}

/** With the reported progress: "Chưa có báo cáo · trong thời hạn" (nothing reported), "Đang thực hiện · 55%" (reported). */
export function statusLabel(at: StatusAt, lang: Lang, progress?: number): string {
  const text = statusWords(at, lang);
  return progress !== undefined && at.status !== 'done' ? `${text} · ${formatPercent(progress, lang)}` : text;
}
