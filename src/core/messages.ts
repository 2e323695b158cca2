/**
 * Words every widget's frame shares: states, feed problems, the caption. Statuses and roles are
 * words of the data, below the widgets: derive/status.ts and derive/roles.ts.
 */
import { translator, type Lang } from '../derive/lang.js';
import { plural } from '../derive/format.js';

type P = Record<string, string | number>;

export const t = translator({
  vi: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chương trình chưa có nhiệm vụ nào để hiển thị.',
    emptyTargets: 'Chương trình chưa có mục tiêu nào để hiển thị.',
    noSection: (p: P) => `Không có mục “${p.section}” trong chương trình.`,
    noFeed: 'Chưa có nguồn dữ liệu.',
    errorReader: 'Không tải được dữ liệu của chương trình. Vui lòng thử lại sau.',
    errorInternal: 'Tiện ích gặp lỗi nên không hiển thị được dữ liệu của chương trình.',
    errorDetails: 'Chi tiết kỹ thuật (dành cho người quản trị trang)',
    stale: (p: P) => `Dữ liệu có thể đã cũ: lần cập nhật gần nhất không thành công. Đang hiển thị dữ liệu tải lúc ${p.time}.`,
    skipped: (p: P) => `${p.count} mục trong dữ liệu bị lỗi và không được hiển thị.`,
    problems: (p: P) => `${p.count} vấn đề trong dữ liệu`,
    moreProblems: (p: P) => `… và ${p.count} vấn đề khác (lệnh tiendo validate liệt kê đầy đủ).`,
    illustrative: 'Minh họa',
    illustrativeNote: 'Số liệu minh họa, không phải số liệu thực tế',
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
    successorSummary: 'Ghi chú của người lập dữ liệu',
    notInDocument: 'Không có trong văn bản',
    successorName: (p: P) => `sau sắp xếp bộ máy, công việc nay do ${p.name} đảm nhận${p.since ? ` (từ ngày ${p.since})` : ''}`,
  },
  en: {
    loading: 'Loading data…',
    empty: 'This programme has no tasks to show yet.',
    emptyTargets: 'This programme has no targets to show yet.',
    noSection: (p: P) => `The programme has no section “${p.section}”.`,
    noFeed: 'No data source given.',
    errorReader: "The programme's data could not be loaded. Please try again later.",
    errorInternal: "The widget ran into an error and cannot show the programme's data.",
    errorDetails: 'Technical details (for the site administrator)',
    stale: (p: P) => `Data may be out of date: the latest refresh failed. Showing data loaded at ${p.time}.`,
    skipped: (p: P) => `${p.count} ${plural(+p.count, 'en', { one: 'item in the data had errors and is', other: 'items in the data had errors and are' })} not shown.`,
    problems: (p: P) => `${p.count} ${plural(+p.count, 'en', { one: 'problem', other: 'problems' })} in the data`,
    moreProblems: (p: P) => `… and ${p.count} more (tiendo validate lists them all).`,
    illustrative: 'Illustrative',
    illustrativeNote: 'Illustrative figures, not real data',
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
    successorSummary: "Feed editor's note",
    notInDocument: 'Not in the document',
    successorName: (p: P) => `after the reorganisation, its work passed to ${p.name}${p.since ? ` (on ${p.since})` : ''}`,
  },
});

// Feed problems are worded in issue-messages.ts, loaded only when there is a problem to show: not
// re-exported here, or every page would carry it (a re-export is a static import).
