/**
 * The CLI's words, Vietnamese and English (`--lang`, else the terminal's LANG). Feed problems use
 * the widgets' own wording (core/messages.ts), so a webmaster reads the same sentence in the
 * terminal and in the widget's error details.
 */
import { translator } from '../derive/lang.js';
import { plural } from '../derive/format.js';
import type { NoteCode } from './notes.js';
import type { WarningCode } from './warnings.js';

type P = Record<string, string | number>;
const q = (s: string | number | undefined) => `“${s}”`;
/** "1 error", "2 errors": English counts through Intl.PluralRules, never "error(s)". */
const en = (count: string | number | undefined, one: string, other: string) => `${count} ${plural(Number(count), 'en', { one, other })}`;
const col = { vi: { lead: 'chủ trì', coordinating: 'phối hợp', timeframe: 'thời gian' }, en: { lead: 'lead', coordinating: 'coordinating', timeframe: 'timeframe' } };

export const noteText = translator<NoteCode>({
  vi: {
    preamble: (p: P) => `bỏ qua ${p.count} dòng trước dòng tiêu đề (đến dòng ${p.last})`,
    'header-repeated': 'bỏ dòng tiêu đề lặp lại sau ngắt trang',
    'column-numbers': 'bỏ dòng đánh số cột',
    'column-ignored': (p: P) => `bỏ qua cột ${q(p.name)}`,
    'joined-task': (p: P) => `${q(p.text)} là phần tiếp của nhiệm vụ ${p.number} (dòng ${p.to}) sau ngắt trang: đã nối vào`,
    'joined-section': (p: P) => `${q(p.text)} là phần tiếp của tên mục ${p.number} (dòng ${p.to}) sau ngắt trang: đã nối vào`,
    'repeated-text': (p: P) => `phần tiếp lặp lại ${q(p.text)}: chỉ giữ một lần`,
    'same-agency': (p: P) => `${q(p.name)} là cùng cơ quan với ${q(p.first)} (dòng ${p.firstLine}); giữ tên in lần đầu`,
    'no-header': 'không thấy dòng tiêu đề; coi các cột là: TT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian',
    'programme-guessed': (p: P) => `thông tin văn bản lấy từ dòng này: số hiệu ${p.symbol}, ngày ${p.issued}, cơ quan ban hành ${q(p.issuer)}; tên văn bản chỉ là “… số ${p.symbol}” — hãy sửa programme.title trong tệp`,
    'programme-missing': 'bảng không cho biết văn bản nào: đã ghi “TODO” vào programme.symbol, title, issuer và ngày hôm nay vào programme.issued — hãy sửa, hoặc dùng --meta',
    'unnumbered-task': (p: P) => `dòng không có số thứ tự nhưng đủ các cột: coi là một nhiệm vụ riêng (${q(p.title)})`,
    'number-as-printed': (p: P) => `số thứ tự ${q(p.number)} không phải số: giữ nguyên như in`,
    'duplicate-number': (p: P) => `số thứ tự ${p.number} bị trùng: đã đặt mã khác`,
    'duplicate-section': (p: P) => `mục ${p.number} bị trùng: đặt mã ${p.id}`,
    'no-section': 'có nhiệm vụ trước dòng mục đầu tiên (I, II, …): xếp vào mục “Nhiệm vụ”',
    'group-guessed': (p: P) => `${q(p.name)}: coi là một nhóm cơ quan (kind “group”)`,
    'comma-in-name': (p: P) => `${q(p.name)}: dấu phẩy ở giữa tên, coi là một cơ quan`,
    'split-no-separator': (p: P) => `${q(p.name)}: tách thành hai cơ quan dù không có dấu ngăn cách`,
    'split-at-and': (p: P) => `${q(p.name)}: tách thành các cơ quan riêng ở chữ “và”`,
    'same-agency-abbreviation': (p: P) => `${q(p.name)} được coi là cùng cơ quan với ${q(p.first)} (dòng ${p.firstLine}) sau khi khai triển chữ viết tắt`,
    'meta-task-changed': (p: P) => `nhiệm vụ ${p.number} khác với nhiệm vụ ${p.id} trong tệp --meta: không chép báo cáo cũ sang`,
    'meta-agency-unused': (p: P) => `cơ quan ${p.id} trong tệp --meta không còn trong bảng: bỏ`,
    'timeframe-unparsed': (p: P) => `nhiệm vụ ${p.number}: không đọc được thời gian ${q(p.text)}; giữ nguyên chữ, không vẽ mốc thời gian`,
    'timeframe-empty': (p: P) => `nhiệm vụ ${p.number}: ô thời gian trống`,
    'section-spill': (p: P) => `dòng mục ${p.number} có chữ ở cột ${col.vi[p.column as keyof typeof col.vi] ?? p.column} (${q(p.text)}), có lẽ tràn từ trang trước: bỏ qua`,
    'no-lead': (p: P) => `nhiệm vụ ${p.number}: không có cơ quan chủ trì; không nhập được nhiệm vụ này`,
    'no-title': (p: P) => `nhiệm vụ ${p.number}: không có nội dung; không nhập được`,
    'orphan-row': (p: P) => `không hiểu dòng này, đã bỏ qua: ${q(p.text)}`,
  },
  en: {
    preamble: (p: P) => `skipped ${en(p.count, 'line', 'lines')} above the header row (to line ${p.last})`,
    'header-repeated': 'dropped a header row repeated after a page break',
    'column-numbers': 'dropped the row that numbers the columns',
    'column-ignored': (p: P) => `ignored column ${q(p.name)}`,
    'joined-task': (p: P) => `${q(p.text)} continues task ${p.number} (line ${p.to}) after a page break: joined`,
    'joined-section': (p: P) => `${q(p.text)} continues the title of section ${p.number} (line ${p.to}) after a page break: joined`,
    'repeated-text': (p: P) => `the continuation repeats ${q(p.text)}: kept once`,
    'same-agency': (p: P) => `${q(p.name)} is the same agency as ${q(p.first)} (line ${p.firstLine}); kept the first printed name`,
    'no-header': 'no header row found; assumed the columns are: number, task, lead, coordinating, timeframe',
    'programme-guessed': (p: P) => `programme taken from this line: symbol ${p.symbol}, issued ${p.issued}, issuer ${q(p.issuer)}; its title is only “… số ${p.symbol}” — edit programme.title in the feed`,
    'programme-missing': 'the table does not say which document it belongs to: wrote “TODO” in programme.symbol, title and issuer and today in programme.issued — edit them, or use --meta',
    'unnumbered-task': (p: P) => `row has no number but every column: imported as a task of its own (${q(p.title)})`,
    'number-as-printed': (p: P) => `task number ${q(p.number)} is not a number: kept as printed`,
    'duplicate-number': (p: P) => `task number ${p.number} is used twice: gave it another id`,
    'duplicate-section': (p: P) => `section ${p.number} appears twice: id ${p.id}`,
    'no-section': 'tasks before the first section row (I, II, …): put in a section “Nhiệm vụ”',
    'group-guessed': (p: P) => `${q(p.name)}: read as one group of bodies (kind “group”)`,
    'comma-in-name': (p: P) => `${q(p.name)}: a comma inside a name, read as one agency`,
    'split-no-separator': (p: P) => `${q(p.name)}: read as two agencies though nothing separates them`,
    'split-at-and': (p: P) => `${q(p.name)}: read as separate agencies, split at “và” (and)`,
    'same-agency-abbreviation': (p: P) => `${q(p.name)} read as the same agency as ${q(p.first)} (line ${p.firstLine}) once abbreviations are expanded`,
    'meta-task-changed': (p: P) => `task ${p.number} differs from task ${p.id} in the --meta file: its earlier reports were not carried over`,
    'meta-agency-unused': (p: P) => `agency ${p.id} of the --meta file is no longer in the table: dropped`,
    'timeframe-unparsed': (p: P) => `task ${p.number}: could not read the timeframe ${q(p.text)}; kept as text, no dates drawn`,
    'timeframe-empty': (p: P) => `task ${p.number}: the timeframe cell is empty`,
    'section-spill': (p: P) => `section row ${p.number} has text in the ${col.en[p.column as keyof typeof col.en] ?? p.column} column (${q(p.text)}), probably spilled from the page before: ignored`,
    'no-lead': (p: P) => `task ${p.number}: no lead agency; the task could not be imported`,
    'no-title': (p: P) => `task ${p.number}: no task text; could not be imported`,
    'orphan-row': (p: P) => `could not make sense of this row, skipped: ${q(p.text)}`,
  },
});

export const cliText = translator({
  vi: {
    importSummary: (p: P) => `${p.tasks} nhiệm vụ trong ${p.sections} mục, ${p.agencies} cơ quan (${p.groups} nhóm); thời gian: ${p.read} đọc được, ${p.unread} không đọc được`,
    levelInfo: 'Đã xử lý',
    levelGuess: 'Phải đoán — hãy kiểm tra với văn bản',
    levelUnread: 'Không đọc được — phải sửa tay',
    line: 'dòng',
    nothingUnread: 'Không có ô nào không đọc được.',
    wrote: (p: P) => `Đã ghi ${p.file}`,
    importInvalid: 'Tệp kết quả không hợp lệ (do dữ liệu trong --meta):',
    valid: (p: P) => `hợp lệ: ${p.tasks} nhiệm vụ, ${p.sections} mục, ${p.agencies} cơ quan, ${p.targets} mục tiêu`,
    invalid: 'không hợp lệ',
    counts: (p: P) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
    strictFail: 'cảnh báo bị coi là lỗi (--strict)',
    error: 'lỗi',
    warning: 'cảnh báo',
    noLead: 'nhiệm vụ cần ít nhất một cơ quan chủ trì; widget bỏ qua nhiệm vụ này',
    internal: (p: P) => `lỗi nội bộ khi dựng dữ liệu cho widget (${p.message}); xin báo lỗi cho tiendo`,
  },
  en: {
    importSummary: (p: P) => `${en(p.tasks, 'task', 'tasks')} in ${en(p.sections, 'section', 'sections')}, ${en(p.agencies, 'agency', 'agencies')} (${en(p.groups, 'group', 'groups')}); timeframes: ${p.read} read, ${p.unread} not read`,
    levelInfo: 'Done',
    levelGuess: 'Guessed — check against the document',
    levelUnread: 'Could not read — fix by hand',
    line: 'line',
    nothingUnread: 'Nothing was left unread.',
    wrote: (p: P) => `Wrote ${p.file}`,
    importInvalid: 'The resulting feed is not valid (because of data in --meta):',
    valid: (p: P) => `valid: ${en(p.tasks, 'task', 'tasks')}, ${en(p.sections, 'section', 'sections')}, ${en(p.agencies, 'agency', 'agencies')}, ${en(p.targets, 'target', 'targets')}`,
    invalid: 'invalid',
    counts: (p: P) => `${en(p.errors, 'error', 'errors')}, ${en(p.warnings, 'warning', 'warnings')}`,
    strictFail: 'warnings count as errors (--strict)',
    error: 'error',
    warning: 'warning',
    noLead: 'a task needs at least one lead agency (chủ trì); the widgets skip this task',
    internal: (p: P) => `internal error while building what the widgets draw (${p.message}); please report it to tiendo`,
  },
});

const programmeDates: Record<string, { vi: (p: P) => string; en: (p: P) => string }> = {
  'asOf-before-issued': { vi: (p) => `ngày số liệu ${p.a} trước ngày ban hành văn bản ${p.b}`, en: (p) => `data date ${p.a} is before the programme was issued (${p.b})` },
  'implements-after-issued': { vi: (p) => `văn bản được thực hiện ban hành ngày ${p.a}, sau chương trình (${p.b})`, en: (p) => `the implemented document is dated ${p.a}, after the programme (${p.b})` },
  'vision-before-horizon': { vi: (p) => `năm tầm nhìn ${p.a} trước năm mục tiêu ${p.b}`, en: (p) => `vision year ${p.a} is before the horizon ${p.b}` },
};

/** Warnings of `tiendo validate` that the widgets' own checks do not make. */
export const warningText = translator<WarningCode>({
  vi: {
    'date-order': (p: P) => `ngày ${p.date} sớm hơn mục đứng trước (${p.previous}): các mục nên theo thứ tự thời gian`,
    'after-as-of': (p: P) => `ngày ${p.date} sau ngày số liệu meta.asOf (${p.asOf})`,
    'before-issued': (p: P) => `ngày ${p.date} trước ngày ban hành chương trình (${p.issued})`,
    'programme-dates': (p: P) => programmeDates[p.what as string]?.vi(p) ?? String(p.what),
    'timeframe-mismatch': (p: P) => `${p.field} ${p.stated} không khớp với chữ ${q(p.text)} (đọc ra ${p.meant}); có nhầm ngày và tháng?`,
    'timeframe-unparsed': (p: P) => `không đọc được thời gian ${q(p.text)}: widget chỉ hiện chữ, không vẽ mốc`,
    'status-progress': (p: P) => `trạng thái “${p.status}” không khớp với tiến độ ${p.progress}%`,
    'insecure-link': (p: P) => `liên kết http:// không mã hóa (trang https có thể chặn): ${p.url}`,
    mojibake: (p: P) => `chữ có vẻ bị lỗi mã (TCVN3/VNI hoặc UTF-8 đọc sai): ${q(p.text)}`,
    'not-nfc': (p: P) => `chữ ở dạng Unicode tổ hợp (NFD); nên chuẩn hóa NFC: ${q(p.text)}`,
    'same-agency-twice': (p: P) => `cơ quan ${p.id} trùng tên với ${p.first} (khác hoa/thường hoặc vị trí dấu): ma trận sẽ có hai cột cho một cơ quan`,
    'duplicate-number': (p: P) => `số thứ tự ${p.number} đã dùng cho tasks[${p.first}] trong cùng mục`,
    'empty-section': (p: P) => `mục ${p.id} không có nhiệm vụ nào`,
    placeholder: 'vẫn là “TODO” do tiendo import ghi: hãy điền',
    'xml-forbidden': (p: P) => `chứa ký tự điều khiển XML không cho phép (${p.chars}, thường do dán từ Word): ảnh SVG sẽ bỏ hoặc thay bằng dấu cách`,
    'bidi-control': (p: P) => `chứa ký tự điều khiển chiều viết (RLO, LRE…): widget cô lập chữ này để nó không đảo ngược phần xung quanh; nên xóa: ${q(p.text)}`,
  },
  en: {
    'date-order': (p: P) => `${p.date} is earlier than the entry before it (${p.previous}): keep entries in date order`,
    'after-as-of': (p: P) => `${p.date} is after the feed's data date meta.asOf (${p.asOf})`,
    'before-issued': (p: P) => `${p.date} is before the programme was issued (${p.issued})`,
    'programme-dates': (p: P) => programmeDates[p.what as string]?.en(p) ?? String(p.what),
    'timeframe-mismatch': (p: P) => `${p.field} ${p.stated} does not match the words ${q(p.text)} (which give ${p.meant}); day and month swapped?`,
    'timeframe-unparsed': (p: P) => `timeframe ${q(p.text)} cannot be read: the widgets show the words only, no dates`,
    'status-progress': (p: P) => `status “${p.status}” does not match progress ${p.progress}%`,
    'insecure-link': (p: P) => `unencrypted http:// link (https pages may block it): ${p.url}`,
    mojibake: (p: P) => `text looks wrongly decoded (TCVN3/VNI, or UTF-8 read as Windows-1252): ${q(p.text)}`,
    'not-nfc': (p: P) => `text is in decomposed Unicode (NFD); normalise it to NFC: ${q(p.text)}`,
    'same-agency-twice': (p: P) => `agency ${p.id} has the same name as ${p.first} (up to case and tone-mark placement): the matrix shows one body twice`,
    'duplicate-number': (p: P) => `number ${p.number} is already used by tasks[${p.first}] in the same section`,
    'empty-section': (p: P) => `section ${p.id} has no tasks`,
    placeholder: 'still “TODO”, as written by tiendo import: fill it in',
    'xml-forbidden': (p: P) => `contains control characters XML forbids (${p.chars}, often pasted from Word): SVG output removes them or makes them a space`,
    'bidi-control': (p: P) => `contains explicit direction controls (RLO, LRE…): the widgets isolate this text so it cannot reverse what follows; better remove them: ${q(p.text)}`,
  },
});
