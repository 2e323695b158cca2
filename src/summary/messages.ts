/**
 * The summary card's words, Vietnamese first. Reported statuses are the office's words
 * ("đã hoàn thành", "đang thực hiện"); the others are schedule facts about a task nobody reported
 * on ("chưa có báo cáo · đã quá hạn"), never a status the office did not give.
 */
import { translator } from '../derive/lang.js';
import { statusInSentence } from '../derive/status.js';
import type { ReportedKind, ScheduleKind } from './summarize.js';

type P = Record<string, string | number>;

/** The reported statuses in the timeline's words (derive/status.ts), lower-cased to sit in a sentence. */
const reported = (lang: 'vi' | 'en'): Record<ReportedKind, string> => {
  const word = (s: Exclude<ReportedKind, 'unstated'>) => statusInSentence(lang, s);
  return {
    done: word('done'), 'in-progress': word('in-progress'), delayed: word('delayed'), planned: word('planned'), cancelled: word('cancelled'),
    unstated: lang === 'vi' ? 'chưa nêu trạng thái' : 'no status given',
  };
};

export const REPORTED_WORDS: Record<'vi' | 'en', Record<ReportedKind, string>> = { vi: reported('vi'), en: reported('en') };

export const SCHEDULE_WORDS: Record<'vi' | 'en', Record<ScheduleKind, string>> = {
  vi: { overdue: 'đã quá hạn', current: 'trong thời hạn', upcoming: 'chưa đến thời gian thực hiện', undated: 'không ghi thời hạn' },
  // After a count ("3 past the deadline"): the timeline's "deadline passed" is a status, and "3 deadline passed" no sentence.
  en: { overdue: 'past the deadline', current: 'within the timeframe', upcoming: 'not yet due to start', undated: 'with no deadline given' },
};

type Key =
  | 'tasks' | 'reported' | 'noneReported' | 'unreported' | 'allReported' | 'among'
  | 'next' | 'noNext' | 'passed' | 'task' | 'taskShort' | 'due' | 'noReport'
  | 'targets' | 'noData' | 'by' | 'met' | 'asOf' | 'noAsOf' | 'more' | 'label' | 'sentenceNext' | 'sentencePassed' | 'sentenceTarget';

export const summaryText = translator<Key>({
  vi: {
    label: 'Tóm tắt tiến độ',
    tasks: (p: P) => `${p.n} nhiệm vụ`,
    reported: (p: P) => `${p.n} nhiệm vụ có báo cáo`,
    noneReported: 'Chưa nhiệm vụ nào có báo cáo',
    unreported: (p: P) => `${p.n} chưa có báo cáo`,
    allReported: 'Mọi nhiệm vụ đều có báo cáo',
    among: 'trong đó',
    next: 'Hạn sắp tới',
    noNext: 'Không còn hạn nào phía trước.',
    passed: (p: P) => `Đã quá hạn, chưa báo cáo hoàn thành (${p.n})`,
    task: (p: P) => `Nhiệm vụ ${p.n}`,
    taskShort: (p: P) => `NV ${p.n}`,
    due: (p: P) => `hạn ${p.date}`,
    noReport: 'chưa có báo cáo',
    targets: 'Mục tiêu',
    noData: 'chưa có số liệu',
    by: (p: P) => `${p.goal} đến ${/^\d{4}$/.test(String(p.when)) ? 'năm ' : ''}${p.when}`,
    met: 'đã đạt',
    asOf: (p: P) => `Số liệu đến ngày ${p.date}`,
    noAsOf: 'Không ghi ngày số liệu',
    more: 'Xem đầy đủ',
    sentenceNext: (p: P) => `Hạn sắp tới: ${p.list}.`,
    sentencePassed: (p: P) => `Đã quá hạn mà chưa báo cáo hoàn thành: ${p.list}.`,
    sentenceTarget: (p: P) => `${p.title}: ${p.value}${p.goal ? `; mốc ${p.goal}` : ''}.`,
  },
  en: {
    label: 'Progress summary',
    tasks: (p: P) => `${p.n} task${p.n === 1 ? '' : 's'}`,
    reported: (p: P) => `${p.n} task${p.n === 1 ? '' : 's'} reported on`,
    noneReported: 'No task has a report yet',
    unreported: (p: P) => `${p.n} with no report`,
    allReported: 'Every task has a report',
    among: 'of which',
    next: 'Next deadlines',
    noNext: 'No deadline ahead.',
    passed: (p: P) => `Deadline passed, not reported as done (${p.n})`,
    task: (p: P) => `Task ${p.n}`,
    taskShort: (p: P) => `Task ${p.n}`,
    due: (p: P) => `due ${p.date}`,
    noReport: 'no report',
    targets: 'Targets',
    noData: 'no data yet',
    by: (p: P) => `${p.goal} by ${p.when}`,
    met: 'met',
    asOf: (p: P) => `Data as of ${p.date}`,
    noAsOf: 'No "as of" date given',
    more: 'See the full programme',
    sentenceNext: (p: P) => `Next deadlines: ${p.list}.`,
    sentencePassed: (p: P) => `Deadlines passed without a report of completion: ${p.list}.`,
    sentenceTarget: (p: P) => `${p.title}: ${p.value}${p.goal ? `; milestone ${p.goal}` : ''}.`,
  },
});
