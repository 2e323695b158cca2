/**
 * Words every widget shares: states, feed problems, task statuses, agency roles, the caption.
 */
import { translator } from './i18n.js';
import type { IssueCode } from '../feed/issues.js';
import type { TaskStatus } from '../feed/status.js';

type P = Record<string, string | number>;

export const t = translator({
  vi: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chương trình chưa có nhiệm vụ nào để hiển thị.',
    emptyTargets: 'Chương trình chưa có mục tiêu nào để hiển thị.',
    noFeed: 'Chưa có nguồn dữ liệu.',
    errorReader: 'Không tải được dữ liệu của chương trình. Vui lòng thử lại sau.',
    errorDetails: 'Chi tiết kỹ thuật (dành cho quản trị trang)',
    stale: (p: P) => `Dữ liệu có thể đã cũ: lần cập nhật gần nhất không thành công. Đang hiển thị dữ liệu tải lúc ${p.time}.`,
    skipped: (p: P) => `${p.count} mục trong dữ liệu bị lỗi và không được hiển thị.`,
    problems: (p: P) => `${p.count} vấn đề trong dữ liệu`,
    illustrative: 'Minh họa',
    illustrativeNote: 'Số liệu minh họa, không phải số liệu thật',
    source: 'Nguồn',
    asOf: (p: P) => `Số liệu đến ngày ${p.date}`,
    unofficial: 'bản dịch không chính thức',
    succeededBy: (p: P) => `Nay là: ${p.name}`,
  },
  en: {
    loading: 'Loading data…',
    empty: 'This programme has no tasks to show yet.',
    emptyTargets: 'This programme has no targets to show yet.',
    noFeed: 'No data source given.',
    errorReader: "The programme's data could not be loaded. Please try again later.",
    errorDetails: 'Technical details (for the site administrator)',
    stale: (p: P) => `Data may be out of date: the latest refresh failed. Showing data loaded at ${p.time}.`,
    skipped: (p: P) => `${p.count} item(s) in the data had errors and are not shown.`,
    problems: (p: P) => `${p.count} problem(s) in the data`,
    illustrative: 'Illustrative',
    illustrativeNote: 'Made-up figures for illustration, not real data',
    source: 'Source',
    asOf: (p: P) => `Data as of ${p.date}`,
    unofficial: 'unofficial translation',
    succeededBy: (p: P) => `Now: ${p.name}`,
  },
});

/** One line per feed problem, for the webmaster: what is wrong (the path is shown beside it). */
export const issueText = translator<IssueCode>({
  vi: {
    network: (p: P) => `Không kết nối được tới nguồn dữ liệu (${p.message}).`,
    timeout: (p: P) => `Quá thời gian chờ (${p.seconds} giây).`,
    http: (p: P) => `Máy chủ trả về mã lỗi HTTP ${p.status}.`,
    'too-large': (p: P) => `Tệp dữ liệu quá lớn (giới hạn ${Math.round(Number(p.limit) / 1048576)} MB).`,
    'not-json': 'Nội dung nhận được không phải JSON (có thể là một trang HTML báo lỗi).',
    syntax: (p: P) => `Lỗi cú pháp JSON ở dòng ${p.line}, cột ${p.column}.`,
    schema: (p: P) => schemaText('vi', p),
    'duplicate-id': (p: P) => `Mã "${p.id}" bị trùng; mục sau bị bỏ qua.`,
    'dangling-ref': (p: P) => `Mã "${p.id}" không trỏ tới mục nào.`,
    'end-before-start': (p: P) => `Ngày kết thúc (${p.end}) trước ngày bắt đầu (${p.start}); chỉ giữ lại phần chữ.`,
    'unsafe-link': (p: P) => `Liên kết không an toàn hoặc không hợp lệ bị bỏ: ${p.url}`,
    'item-skipped': 'Mục này bị bỏ qua; các mục khác vẫn hiển thị.',
    'no-lead': 'Nhiệm vụ không còn cơ quan chủ trì hợp lệ.',
    'unused-agency': (p: P) => `Cơ quan "${p.id}" không gắn với nhiệm vụ nào.`,
  },
  en: {
    network: (p: P) => `Could not reach the data source (${p.message}).`,
    timeout: (p: P) => `Timed out after ${p.seconds} s.`,
    http: (p: P) => `The server answered with HTTP status ${p.status}.`,
    'too-large': (p: P) => `The feed is too large (limit ${Math.round(Number(p.limit) / 1048576)} MB).`,
    'not-json': 'The response is not JSON (perhaps an HTML error page).',
    syntax: (p: P) => `JSON syntax error at line ${p.line}, column ${p.column}.`,
    schema: (p: P) => schemaText('en', p),
    'duplicate-id': (p: P) => `Id "${p.id}" is used twice; the later item is skipped.`,
    'dangling-ref': (p: P) => `Id "${p.id}" refers to nothing.`,
    'end-before-start': (p: P) => `End (${p.end}) is before start (${p.start}); only the text is kept.`,
    'unsafe-link': (p: P) => `Unsafe or invalid link dropped: ${p.url}`,
    'item-skipped': 'This item is skipped; the others still render.',
    'no-lead': 'The task has no valid lead agency left.',
    'unused-agency': (p: P) => `Agency "${p.id}" is not linked to any task.`,
  },
});

function schemaText(lang: 'vi' | 'en', p: P): string {
  const vi = lang === 'vi';
  switch (p.problem) {
    case 'missing':
      return vi ? `Thiếu trường bắt buộc (kiểu ${p.expected}).` : `Required field missing (${p.expected}).`;
    case 'type':
      return vi ? `Sai kiểu: cần ${p.expected}, nhận được ${p.received}.` : `Wrong type: expected ${p.expected}, got ${p.received}.`;
    case 'too-small':
      return vi ? `Quá nhỏ hoặc quá ngắn (tối thiểu ${p.minimum}).` : `Too small or too short (minimum ${p.minimum}).`;
    case 'too-big':
      return vi ? `Quá lớn hoặc quá dài (tối đa ${p.maximum}).` : `Too big or too long (maximum ${p.maximum}).`;
    case 'format':
      return vi ? `Sai định dạng ${p.format === 'date' ? 'ngày (cần YYYY-MM-DD)' : p.format}: ${p.received}.` : `Wrong ${p.format === 'date' ? 'date format (expected YYYY-MM-DD)' : `format (${p.format})`}: ${p.received}.`;
    case 'value':
      return vi ? `Giá trị không hợp lệ ${p.received}; cần một trong: ${p.expected}.` : `Invalid value ${p.received}; expected one of: ${p.expected}.`;
    case 'union':
      return vi ? `Giá trị không hợp lệ (${p.received}).` : `Invalid value (${p.received}).`;
    default:
      return vi ? `Giá trị không hợp lệ${p.received ? `: ${p.received}` : ''}.` : `Invalid value${p.received ? `: ${p.received}` : ''}.`;
  }
}

export const statusText = translator<TaskStatus>({
  vi: {
    done: 'Đã hoàn thành',
    cancelled: 'Đã hủy',
    overdue: 'Quá hạn',
    delayed: 'Chậm tiến độ',
    'due-soon': 'Sắp đến hạn',
    'in-progress': 'Đang thực hiện',
    planned: 'Chưa bắt đầu',
    'no-report': 'Hết hạn, chưa có báo cáo',
    undated: 'Không có mốc thời gian',
  },
  en: {
    done: 'Done',
    cancelled: 'Cancelled',
    overdue: 'Overdue',
    delayed: 'Delayed',
    'due-soon': 'Due soon',
    'in-progress': 'In progress',
    planned: 'Planned',
    'no-report': 'Ended, no report',
    undated: 'No fixed date',
  },
});

export type Role = 'lead' | 'co-lead' | 'coordinating';

export const roleText = translator<Role | 'leadShort' | 'coLeadShort' | 'coordinatingShort'>({
  vi: { lead: 'Chủ trì', 'co-lead': 'Đồng chủ trì', coordinating: 'Phối hợp', leadShort: 'CT', coLeadShort: 'ĐCT', coordinatingShort: 'PH' },
  en: { lead: 'Lead', 'co-lead': 'Co-lead', coordinating: 'Coordinating', leadShort: 'L', coLeadShort: 'CL', coordinatingShort: 'C' },
});
