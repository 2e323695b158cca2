/** The words of `tiendo report`'s account of a merge, Vietnamese and English. */
import { translator } from '../derive/lang.js';
import { statusInSentence } from '../derive/status.js';
import type { EntryCode } from './report.js';
import { KNOWN_STATUS_WORDS } from './report-words.js';

type P = Record<string, string | number>;
const q = (s: string | number | undefined) => `“${s}”`;
const dmy = (d: string | number | undefined) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${+d.slice(8)}/${+d.slice(5, 7)}/${d.slice(0, 4)}` : String(d));
// The statuses in the widgets' words (derive/status.ts), so the office reads back what readers will see.
const statusWords = (lang: 'vi' | 'en'): Record<string, string> =>
  Object.fromEntries((['done', 'in-progress', 'planned', 'delayed', 'cancelled'] as const).map((s) => [s, statusInSentence(lang, s)]));
const STATUS_VI = statusWords('vi');
const STATUS_EN = statusWords('en');
const what = (p: P, words: Record<string, string>, pct: string) =>
  [p.status ? words[String(p.status)] : '', p.progress !== '' && p.progress !== undefined ? `${p.progress}${pct}` : ''].filter(Boolean).join(', ');

export const reportText = translator<EntryCode | 'summary' | 'added' | 'unchanged' | 'skipped' | 'rejected' | 'none' | 'asOf' | 'tasks' | 'targets' | 'invalidAfter'>({
  vi: {
    summary: (p: P) => `bảng ${p.kind === 'tasks' ? 'báo cáo nhiệm vụ' : 'số liệu chỉ tiêu'}, ${p.rows} dòng: ${p.added} thêm mới, ${p.unchanged} đã có, ${p.rejected} không nhận`,
    added: 'Đã thêm',
    unchanged: 'Đã có sẵn trong tệp (không thêm lần nữa)',
    skipped: 'Bỏ qua',
    rejected: 'Không nhận — sửa bảng rồi chạy lại',
    none: 'không có',
    asOf: (p: P) => `Số liệu đến ngày (meta.asOf): ${p.from ? dmy(p.from) : '—'} → ${dmy(p.to)}`,
    tasks: 'nhiệm vụ',
    targets: 'chỉ tiêu',
    invalidAfter: 'Tệp sau khi gộp có lỗi:',
    'added-report': (p: P) => `nhiệm vụ ${p.task}: báo cáo ngày ${dmy(p.date)}${what(p, STATUS_VI, '%') ? ` (${what(p, STATUS_VI, '%')})` : ''}`,
    'added-actual': (p: P) => `chỉ tiêu ${p.target}: ${p.value} ngày ${dmy(p.date)}`,
    'unchanged-report': (p: P) => `nhiệm vụ ${p.task}: báo cáo ngày ${dmy(p.date)} đã có`,
    'unchanged-actual': (p: P) => `chỉ tiêu ${p.target}: số liệu ngày ${dmy(p.date)} đã có`,
    'no-header': 'không thấy dòng tiêu đề; coi các cột là: TT, Trạng thái, Tiến độ (%), Ghi chú, Link',
    'ignored-column': (p: P) => `bỏ qua cột ${q(p.name)}`,
    'section-row': (p: P) => `dòng mục ${p.number}: không có báo cáo`,
    'no-task': 'ô nhiệm vụ (hoặc chỉ tiêu) trống',
    'unknown-task': (p: P) => `không có nhiệm vụ số ${q(p.task)} trong tệp (các nhiệm vụ ${p.range})`,
    'ambiguous-task': (p: P) => `có nhiều nhiệm vụ số ${q(p.task)} (${p.ids}): ghi mã nhiệm vụ thay cho số`,
    'repeated-task': (p: P) => `nhiệm vụ ${p.task} đã có ở dòng ${p.first}: mỗi nhiệm vụ một dòng`,
    'unknown-target': (p: P) => `không có chỉ tiêu ${q(p.target)} trong tệp (ghi mã hoặc tên chỉ tiêu)`,
    'ambiguous-target': (p: P) => `nhiều chỉ tiêu trùng tên ${q(p.target)} (${p.ids}): ghi mã chỉ tiêu`,
    'repeated-target': (p: P) => `chỉ tiêu ${p.target} đã có ở dòng ${p.first}`,
    'unknown-status': (p: P) => `nhiệm vụ ${p.task}: không hiểu trạng thái ${q(p.word)} (dùng: ${KNOWN_STATUS_WORDS.slice(0, 5).join(', ')})`,
    'bad-progress': (p: P) => `nhiệm vụ ${p.task}: tiến độ ${q(p.value)} không phải là số`,
    'progress-range': (p: P) => `nhiệm vụ ${p.task}: tiến độ ${q(p.value)} ngoài khoảng 0–100 %`,
    'bad-value': (p: P) => `chỉ tiêu ${p.target}: không đọc được giá trị ${q(p.value)} (1.000 có thể là một nghìn hoặc một: ghi 1000 hoặc 1,0)`,
    'bad-date': (p: P) => `${p.item}: ngày ${q(p.value)} không hợp lệ (ghi 15/9/2023 hoặc 2023-09-15)`,
    'no-date': (p: P) => `${p.item}: không có ngày (thêm cột Ngày hoặc --date)`,
    'date-future': (p: P) => `${p.item}: ngày ${dmy(p.date)} sau hôm nay (${dmy(p.today)})`,
    'date-before-issued': (p: P) => `${p.item}: ngày ${dmy(p.date)} trước ngày ban hành chương trình (${dmy(p.issued)})`,
    'empty-report': (p: P) => `nhiệm vụ ${p.task}: dòng không có trạng thái, tiến độ hay ghi chú`,
    'bad-link': (p: P) => `${p.task}: liên kết ${q(p.url)} không phải http(s)`,
    conflict: (p: P) => `${p.task ? `nhiệm vụ ${p.task}` : `chỉ tiêu ${p.target}`}: tệp đã có ${p.what === 'report' ? 'một báo cáo' : 'một số liệu'} khác ngày ${dmy(p.date)}; sửa trực tiếp trong tệp hoặc đổi ngày`,
  },
  en: {
    summary: (p: P) => `${p.kind === 'tasks' ? 'task report' : 'target values'} table, ${p.rows} row(s): ${p.added} added, ${p.unchanged} unchanged, ${p.rejected} rejected`,
    added: 'Added',
    unchanged: 'Already in the feed (not added again)',
    skipped: 'Skipped',
    rejected: 'Rejected — fix the table and run again',
    none: 'none',
    asOf: (p: P) => `Data as of (meta.asOf): ${p.from ?? '—'} → ${p.to}`,
    tasks: 'tasks',
    targets: 'targets',
    invalidAfter: 'The merged feed has errors:',
    'added-report': (p: P) => `task ${p.task}: report of ${p.date}${what(p, STATUS_EN, ' %') ? ` (${what(p, STATUS_EN, ' %')})` : ''}`,
    'added-actual': (p: P) => `target ${p.target}: ${p.value} on ${p.date}`,
    'unchanged-report': (p: P) => `task ${p.task}: the report of ${p.date} is already there`,
    'unchanged-actual': (p: P) => `target ${p.target}: the value of ${p.date} is already there`,
    'no-header': 'no header row found; columns read as: number, status, progress (%), note, link',
    'ignored-column': (p: P) => `ignored column ${q(p.name)}`,
    'section-row': (p: P) => `section row ${p.number}: no report`,
    'no-task': 'the task (or target) cell is empty',
    'unknown-task': (p: P) => `no task numbered ${q(p.task)} in the feed (tasks ${p.range})`,
    'ambiguous-task': (p: P) => `several tasks are numbered ${q(p.task)} (${p.ids}): write the task id instead`,
    'repeated-task': (p: P) => `task ${p.task} is already on line ${p.first}: one row per task`,
    'unknown-target': (p: P) => `no target ${q(p.target)} in the feed (write its id or title)`,
    'ambiguous-target': (p: P) => `several targets are called ${q(p.target)} (${p.ids}): write the id`,
    'repeated-target': (p: P) => `target ${p.target} is already on line ${p.first}`,
    'unknown-status': (p: P) => `task ${p.task}: unknown status ${q(p.word)} (use: ${KNOWN_STATUS_WORDS.slice(0, 5).join(', ')}, or done, in progress, planned, delayed, cancelled)`,
    'bad-progress': (p: P) => `task ${p.task}: progress ${q(p.value)} is not a number`,
    'progress-range': (p: P) => `task ${p.task}: progress ${q(p.value)} is outside 0–100 %`,
    'bad-value': (p: P) => `target ${p.target}: cannot read the value ${q(p.value)} (1.000 may be a thousand or one: write 1000 or 1,0)`,
    'bad-date': (p: P) => `${p.item}: ${q(p.value)} is not a date (write 15/9/2023 or 2023-09-15)`,
    'no-date': (p: P) => `${p.item}: no date (add a Date column or --date)`,
    'date-future': (p: P) => `${p.item}: ${p.date} is after today (${p.today})`,
    'date-before-issued': (p: P) => `${p.item}: ${p.date} is before the programme was issued (${p.issued})`,
    'empty-report': (p: P) => `task ${p.task}: the row has no status, progress or note`,
    'bad-link': (p: P) => `${p.task}: the link ${q(p.url)} is not http(s)`,
    conflict: (p: P) => `${p.task ? `task ${p.task}` : `target ${p.target}`}: the feed already has another ${p.what === 'report' ? 'report' : 'value'} dated ${p.date}; edit it in the feed or change the date`,
  },
});
