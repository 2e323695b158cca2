/**
 * Feed problems worded for the webmaster, in vi and en. Kept apart from the shared messages
 * because only a page with a problem needs it (it is loaded on demand by the widgets).
 */
import { translator } from '../derive/lang.js';
import type { IssueCode } from '../feed/issues.js';

type P = Record<string, string | number>;

/** One line per feed problem, for the webmaster: what is wrong (the path is shown beside it). */
export const issueText = translator<IssueCode>({
  vi: {
    network: (p: P) => `Không kết nối được tới nguồn dữ liệu (${p.message}).`,
    timeout: (p: P) => `Quá thời gian chờ (${p.seconds} giây).`,
    http: (p: P) => `Máy chủ trả về mã lỗi HTTP ${p.status}.`,
    'too-large': (p: P) => `Tệp dữ liệu quá lớn (giới hạn ${Math.round(Number(p.limit) / 1048576)} MB).`,
    'feed-attribute': (p: P) => `Thuộc tính feed chứa "${p.value}" chứ không phải dữ liệu: hãy gán dữ liệu vào thuộc tính JavaScript (el.feed = dữ liệu; với React 18, dùng tiendo/react), hoặc ghi địa chỉ tệp JSON vào src.`,
    'not-json': (p: P) => (p.type ? `Máy chủ gửi về "${p.type}", không phải JSON (có thể là một trang báo lỗi hoặc trang đăng nhập).` : 'Nội dung nhận được không phải JSON (có thể là một trang HTML báo lỗi).'),
    syntax: (p: P) => `Lỗi cú pháp JSON ở dòng ${p.line}, cột ${p.column}.`,
    schema: (p: P) => schemaText('vi', p),
    'duplicate-id': (p: P) => `Mã "${p.id}" bị trùng; mục sau bị bỏ qua.`,
    'dangling-ref': (p: P) => `Mã "${p.id}" không trỏ tới mục nào; hiển thị bằng chính mã này.`,
    'end-before-start': (p: P) => `Ngày kết thúc (${p.end}) trước ngày bắt đầu (${p.start}); chỉ giữ lại phần chữ.`,
    'unsafe-link': (p: P) => `Liên kết không an toàn hoặc không hợp lệ bị bỏ: ${p.url}`,
    'item-skipped': 'Mục này bị bỏ qua; các mục khác vẫn hiển thị.',
    'field-dropped': (p: P) => (p.kept === 'text' ? 'Chỉ giữ lại phần chữ của thời hạn; phần còn lại của mục vẫn hiển thị.' : 'Trường này bị bỏ qua; phần còn lại của mục vẫn hiển thị.'),
    placeholder: (p: P) => `Chỉ hiển thị mã "${p.id}" thay cho mục này; các nhiệm vụ gắn với nó vẫn hiển thị.`,
    'too-many': (p: P) => `Danh sách có ${p.count} mục, vượt giới hạn ${p.limit}; các mục sau mục thứ ${p.limit} bị bỏ qua.`,
    'content-type': (p: P) => `Máy chủ gửi dữ liệu JSON với kiểu nội dung "${p.type}"; nên khai báo application/json.`,
    'no-lead': 'Nhiệm vụ không còn cơ quan chủ trì hợp lệ.',
    'unused-agency': (p: P) => `Cơ quan "${p.id}" không gắn với nhiệm vụ nào.`,
    internal: (p: P) =>
      `Lỗi bên trong tiendo khi ${p.step === 'model' ? 'dựng dữ liệu chương trình' : 'đọc nguồn dữ liệu'} (${p.message}). Đây là lỗi của tiện ích, không nhất thiết của dữ liệu: xin báo cho nhóm phát triển tiendo, kèm địa chỉ nguồn dữ liệu.`,
  },
  en: {
    network: (p: P) => `Could not reach the data source (${p.message}).`,
    timeout: (p: P) => `Timed out after ${p.seconds} s.`,
    http: (p: P) => `The server answered with HTTP status ${p.status}.`,
    'too-large': (p: P) => `The feed is too large (limit ${Math.round(Number(p.limit) / 1048576)} MB).`,
    'feed-attribute': (p: P) => `The feed attribute holds "${p.value}", not data: set the feed as a property (el.feed = data; with React 18, use tiendo/react), or give the JSON file's address in src.`,
    'not-json': (p: P) => (p.type ? `The server sent "${p.type}", not JSON (perhaps an error or login page).` : 'The response is not JSON (perhaps an HTML error page).'),
    syntax: (p: P) => `JSON syntax error at line ${p.line}, column ${p.column}.`,
    schema: (p: P) => schemaText('en', p),
    'duplicate-id': (p: P) => `Id "${p.id}" is used twice; the later item is skipped.`,
    'dangling-ref': (p: P) => `Id "${p.id}" refers to nothing; it is shown as the id itself.`,
    'end-before-start': (p: P) => `End (${p.end}) is before start (${p.start}); only the text is kept.`,
    'unsafe-link': (p: P) => `Unsafe or invalid link dropped: ${p.url}`,
    'item-skipped': 'This item is skipped; the others still render.',
    'field-dropped': (p: P) => (p.kept === 'text' ? "Only the timeframe's text is kept; the rest of the item still renders." : 'This field is left out; the rest of the item still renders.'),
    placeholder: (p: P) => `Shown by its id "${p.id}" only; the tasks that name it still render.`,
    'too-many': (p: P) => `The list has ${p.count} items, over the limit of ${p.limit}; items after the first ${p.limit} are skipped.`,
    'content-type': (p: P) => `The server sends JSON labelled "${p.type}"; it should say application/json.`,
    'no-lead': 'The task has no valid lead agency left.',
    'unused-agency': (p: P) => `Agency "${p.id}" is not linked to any task.`,
    internal: (p: P) =>
      `tiendo failed while ${p.step === 'model' ? 'building the programme from the feed' : 'reading the feed'} (${p.message}). This is a bug in the widget, not necessarily in the data: please report it to the tiendo developers with the feed's address.`,
  },
});

const FORMATS: Record<string, [vi: string, en: string]> = {
  date: ['ngày (cần một ngày có thật, dạng YYYY-MM-DD)', 'date format (expected a real date, YYYY-MM-DD)'],
  year: ['năm (cần một số nguyên)', 'year format (expected a whole number)'],
  'feed-year': ['năm của ngày (chỉ nhận các năm 1900–2200)', 'year (dates must fall in the years 1900–2200)'],
};

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
    case 'format': {
      const what = FORMATS[String(p.format)];
      return vi ? `Sai định dạng ${what?.[0] ?? p.format}: ${p.received}.` : `Wrong ${what?.[1] ?? `format (${p.format})`}: ${p.received}.`;
    }
    case 'value':
      return vi ? `Giá trị không hợp lệ ${p.received}; cần một trong: ${p.expected}.` : `Invalid value ${p.received}; expected one of: ${p.expected}.`;
    case 'union':
      return vi ? `Giá trị không hợp lệ (${p.received}).` : `Invalid value (${p.received}).`;
    default:
      return vi ? `Giá trị không hợp lệ${p.received ? `: ${p.received}` : ''}.` : `Invalid value${p.received ? `: ${p.received}` : ''}.`;
  }
}

