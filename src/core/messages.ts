/**
 * Words every widget shares: states, feed problems, task statuses, agency roles, the caption.
 */
import { translator, type Lang } from '../derive/lang.js';
import { plural } from '../derive/format.js';
import type { StatusAt, TaskStatus } from '../feed/status.js';

type P = Record<string, string | number>;

export const t = translator({
  vi: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chương trình chưa có nhiệm vụ nào để hiển thị.',
    emptyTargets: 'Chương trình chưa có mục tiêu nào để hiển thị.',
    noFeed: 'Chưa có nguồn dữ liệu.',
    errorReader: 'Không tải được dữ liệu của chương trình. Vui lòng thử lại sau.',
    errorInternal: 'Tiện ích gặp lỗi nên không hiển thị được dữ liệu của chương trình.',
    errorDetails: 'Chi tiết kỹ thuật (dành cho quản trị trang)',
    stale: (p: P) => `Dữ liệu có thể đã cũ: lần cập nhật gần nhất không thành công. Đang hiển thị dữ liệu tải lúc ${p.time}.`,
    skipped: (p: P) => `${p.count} mục trong dữ liệu bị lỗi và không được hiển thị.`,
    problems: (p: P) => `${p.count} vấn đề trong dữ liệu`,
    moreProblems: (p: P) => `… và ${p.count} vấn đề khác (lệnh tiendo validate liệt kê đầy đủ).`,
    illustrative: 'Minh họa',
    illustrativeNote: 'Số liệu minh họa, không phải số liệu thật',
    source: 'Nguồn',
    asOf: (p: P) => `Số liệu đến ngày ${p.date}`,
    asOfTerm: 'Số liệu đến ngày',
    aboutData: 'Về dữ liệu',
    aboutDataNote: 'Về dữ liệu và ghi chú',
    programme: 'Văn bản',
    publisher: 'Người lập dữ liệu',
    note: 'Ghi chú',
    unofficial: 'bản dịch không chính thức',
    successorLabel: 'Ghi chú của người lập dữ liệu, không có trong văn bản',
    successorName: (p: P) => `sau sắp xếp tổ chức, tương ứng là ${p.name}${p.since ? ` (từ ${p.since})` : ''}`,
  },
  en: {
    loading: 'Loading data…',
    empty: 'This programme has no tasks to show yet.',
    emptyTargets: 'This programme has no targets to show yet.',
    noFeed: 'No data source given.',
    errorReader: "The programme's data could not be loaded. Please try again later.",
    errorInternal: "The widget ran into an error and cannot show the programme's data.",
    errorDetails: 'Technical details (for the site administrator)',
    stale: (p: P) => `Data may be out of date: the latest refresh failed. Showing data loaded at ${p.time}.`,
    skipped: (p: P) => `${p.count} ${plural(+p.count, 'en', { one: 'item in the data had errors and is', other: 'items in the data had errors and are' })} not shown.`,
    problems: (p: P) => `${p.count} ${plural(+p.count, 'en', { one: 'problem', other: 'problems' })} in the data`,
    moreProblems: (p: P) => `… and ${p.count} more (tiendo validate lists them all).`,
    illustrative: 'Illustrative',
    illustrativeNote: 'Made-up figures for illustration, not real data',
    source: 'Source',
    asOf: (p: P) => `Data as of ${p.date}`,
    asOfTerm: 'Data as of',
    aboutData: 'About the data',
    aboutDataNote: 'About the data, with notes',
    programme: 'Document',
    publisher: 'Feed compiled by',
    note: 'Note',
    unofficial: 'unofficial translation',
    successorLabel: "Feed editor's note, not in the document",
    successorName: (p: P) => `after the reorganisation, the corresponding body is ${p.name}${p.since ? ` (from ${p.since})` : ''}`,
  },
});

// Feed problems are worded in issue-messages.ts, loaded only when there is a problem to show.
export { issueText } from './issue-messages.js';

export const statusText = translator<TaskStatus>({
  vi: {
    done: 'Đã hoàn thành',
    cancelled: 'Đã hủy',
    overdue: 'Quá hạn',
    delayed: 'Chậm tiến độ',
    'due-soon': 'Sắp đến hạn',
    'in-progress': 'Đang thực hiện',
    planned: 'Chưa bắt đầu',
    'no-report': 'Chưa có báo cáo · đã quá hạn',
    undated: 'Chưa có báo cáo · không có mốc thời gian',
  },
  en: {
    done: 'Done',
    cancelled: 'Cancelled',
    overdue: 'Overdue',
    delayed: 'Delayed',
    'due-soon': 'Due soon',
    'in-progress': 'In progress',
    planned: 'Planned',
    'no-report': 'No report · deadline passed',
    undated: 'No report · no fixed date',
  },
});

/**
 * A status nobody reported is a fact about the schedule, in words of its own: "Đang thực hiện"
 * would read as a report ("being carried out"), so it is never said without one.
 */
const derivedText = translator<'in-progress' | 'planned' | 'due-soon'>({
  vi: {
    'in-progress': 'Chưa có báo cáo · trong thời hạn',
    planned: 'Chưa có báo cáo · chưa đến kỳ',
    'due-soon': 'Chưa có báo cáo · sắp đến hạn',
  },
  en: {
    'in-progress': 'No report · within the timeframe',
    planned: 'No report · not yet begun',
    'due-soon': 'No report · due soon',
  },
});

/** The one wording of a task's status, the same in rows, legend, table, details and the CLI's pages. */
export function statusWords({ status, reported }: StatusAt, lang: Lang): string {
  if (!reported && (status === 'in-progress' || status === 'planned' || status === 'due-soon')) return derivedText(lang, status);
  return statusText(lang, status);
}

export type Role = 'lead' | 'co-lead' | 'coordinating';

export const roleText = translator<Role | 'leadShort' | 'coLeadShort' | 'coordinatingShort'>({
  vi: { lead: 'Chủ trì', 'co-lead': 'Đồng chủ trì', coordinating: 'Phối hợp', leadShort: 'CT', coLeadShort: 'ĐCT', coordinatingShort: 'PH' },
  en: { lead: 'Lead', 'co-lead': 'Co-lead', coordinating: 'Coordinating', leadShort: 'L', coLeadShort: 'CL', coordinatingShort: 'C' },
});
