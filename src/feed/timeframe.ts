/**
 * Reads a Vietnamese plan's timeframe column ("Thời gian / lộ trình thực hiện") into structure.
 * Shared by the widgets and the CLI; pure, no DOM.
 *
 * Strict by design: a cell is read only when the WHOLE of it matches a known form, so agency text
 * that landed in the wrong column ("…/2025/NQ-CP") or page-break debris ("năm tiếp theo") stays
 * `unparsed` with its words, and never turns into a guessed date. The periods themselves
 * (quarters, months, dates, years, spans) are read in `timeframe-patterns.ts`; this module adds
 * what the words around them mean: by (deadline), from, every, continuously, depending on.
 */
import type { Precision, Recurrence, TimeframeKind } from './schema.js';
import type { CalendarDate } from './calendar.js';
import { normalizeText } from './name-key.js';
import { matchForm, parsePeriod, type NamedPeriod } from './timeframe-patterns.js';

export interface Timeframe {
  /** The text exactly as the document has it. */
  raw: string;
  kind: TimeframeKind;
  start?: CalendarDate;
  end?: CalendarDate;
  /** Runs on with no end the text names ("Từ Quý III/2023", "Thường xuyên"). */
  openEnd: boolean;
  recurrence?: Recurrence;
  precision?: Precision;
  /** For `compound`: each part on its own ("Hoàn thành trước ngày 30/9/2026 và duy trì liên tục"). */
  parts?: Timeframe[];
}

/** What a cell means, without its words. */
type Reading = Omit<Timeframe, 'raw'>;

/** Continuous work: "Thường xuyên", "Nhiệm vụ thường xuyên", "Thực hiện thường xuyên", "duy trì liên tục". */
const ONGOING =
  /^(?:(?:nhiệm vụ|thực hiện|duy trì|triển khai) )?(?:thường xuyên|liên tục|h[àằ]ng ngày)(?:,? (?:và )?(?:thường xuyên|liên tục|h[àằ]ng ngày))?$/;

/**
 * One recurrence each, most frequent first. "Hàng năm" and "Hằng năm" are both standard; the
 * tone-mark placement question (ủy/uỷ) never arises in these words, but "kỳ"/"kì" and "quý"/"quí" do.
 */
const EVERY: Array<[RegExp, Recurrence]> = [
  [/^(?:định k[ỳì] )?(?:h[àằ]ng|mỗi) tuần$/, 'weekly'],
  [/^(?:định k[ỳì] )?(?:h[àằ]ng|mỗi) tháng$/, 'monthly'],
  [/^(?:định k[ỳì] )?(?:h[àằ]ng|mỗi) q(?:u[ýí]|úy)$/, 'quarterly'],
  [/^(?:định k[ỳì] (?:6 tháng|nửa năm)|6 tháng (?:một|1) lần|6 tháng\/lần)$/, 'semiannual'],
  [/^(?:định k[ỳì] )?(?:h[àằ]ng|mỗi) năm$/, 'yearly'],
];
/** The reporting verb in front of a recurrence: "cập nhật hằng tháng". */
const REPORTING_VERB = /^(?:cập nhật|báo cáo|thực hiện|tổ chức|đánh giá|rà soát) /;

/** Tied to an event or another body's schedule: no date can be computed. */
const RELATIVE = [
  /^\d+ (?:ngày|tuần|tháng|năm)(?: làm việc)? (?:sau|kể từ)(?: [^;]+)?$/, // 30 ngày sau khi Trung ương ban hành
  /^sau (?:khi|thời hạn)(?: [^;]+)?$/, // Sau thời hạn 12 tháng kể từ ngày Thông tư này có hiệu lực
  /^theo (?:kế hoạch|lộ trình|đề nghị|thời gian|yêu cầu|chỉ đạo|hướng dẫn|tiến độ)(?: [^;]+)?$/,
  /^khi (?:có|được)(?: [^;]+)?$/, // Khi có nhiệm vụ chậm muộn
  /^xây dựng kế hoạch và triển khai(?: [^;]+)?$/,
];

/** "2025 và các năm tiếp theo", "giai đoạn 2020 - 2025 và những năm tiếp theo": from the first year, yearly. */
const ONWARD = /^(?:từ )?(.+?),? (?:và )?(?:các|những) năm (?:tiếp theo|sau)$/;
/** Verbs of completion: whatever period follows is a deadline ("Xong trong", "Hoàn thành trước"). */
const COMPLETE = /^(?:cơ bản )?(?:hoàn thành|thực hiện xong|xong|hoàn thiện|ban hành|trình|báo cáo(?: đầu tiên)?)(?: |$)/;
/** Verbs of activity: they say nothing about the dates and are skipped ("Thực hiện 2023-2025"). */
const ACTIVITY = /^(?:thực hiện|triển khai|tổ chức) /;
/** Deadline words. "Trước" is read as "no later than" (that day, or the end of that period), as plans mean it. */
const BY = /^(trong|trước|chậm nhất(?: là| trong| vào| trước)?|muộn nhất(?: là)?|đến hết|đến)(?: ngày)? (.+)$/;
const FROM = /^(?:kể từ|bắt đầu từ|bắt đầu|từ)(?: ngày)? (.+?)(?: trở đi)?$/;

const deadline = (s: NamedPeriod): Reading => ({ kind: 'deadline', end: s.end, openEnd: false, precision: s.precision });
const window = (s: NamedPeriod): Reading => ({ kind: 'window', start: s.start, end: s.end, openEnd: false, precision: s.precision });
const from = (s: NamedPeriod, recurrence?: Recurrence): Reading => ({
  kind: 'from',
  start: s.start,
  openEnd: true,
  ...(recurrence && { recurrence }),
  precision: s.precision,
});

/** A list of recurrences ("Định kỳ 6 tháng, hằng năm") recurs as often as its most frequent member. */
function recurrenceOf(text: string): Recurrence | undefined {
  let best = EVERY.length;
  for (const item of text.replace(REPORTING_VERB, '').split(/, | và /)) {
    const i = EVERY.findIndex(([pattern]) => pattern.test(item));
    if (i < 0) return undefined;
    best = Math.min(best, i);
  }
  return EVERY[best]?.[1];
}

/** One timeframe in matching form, or undefined when no known form covers all of it. */
function readOne(k: string): Reading | undefined {
  if (ONGOING.test(k)) return { kind: 'ongoing', openEnd: true, recurrence: 'continuous' };
  const every = recurrenceOf(k);
  if (every) return { kind: 'recurring', openEnd: true, recurrence: every };
  if (RELATIVE.some((pattern) => pattern.test(k))) return { kind: 'relative', openEnd: false };
  const onward = ONWARD.exec(k);
  const onwardSpan = onward && parsePeriod(onward[1]!);
  if (onwardSpan) return from(onwardSpan, 'yearly');

  const complete = COMPLETE.exec(k);
  const rest = complete ? k.slice(complete[0].length) : k.replace(ACTIVITY, '');
  const by = BY.exec(rest);
  if (by) {
    const span = parsePeriod(by[2]!);
    if (!span) return undefined;
    // "trong giai đoạn 2023-2025" with no verb of completion: during the span, not by its end.
    return by[1] === 'trong' && !complete && span.range ? window(span) : deadline(span);
  }
  const span = parsePeriod(rest);
  // A single day standing alone is a due date (the column is "thời hạn hoàn thành"), not a one-day window.
  if (span) return complete || (span.precision === 'day' && !span.range) ? deadline(span) : window(span);
  const start = complete ? null : FROM.exec(rest);
  const startSpan = start && parsePeriod(start[1]!);
  return startSpan && !startSpan.range ? from(startSpan) : undefined;
}

function part(text: string): Timeframe {
  return { raw: text, ...(readOne(matchForm(text)) ?? { kind: 'unparsed', openEnd: false }) };
}

/** The parts of a compound cell: split on ";", or else at the one " và " or ", " that leaves a readable timeframe on each side. */
function splitParts(text: string): Timeframe[] | undefined {
  const readable = (parts: Timeframe[]) => parts.length > 1 && parts.every((p) => p.kind !== 'unparsed');
  if (text.includes(';')) {
    const parts = text.split(';').map(normalizeText).filter(Boolean).map(part);
    return readable(parts) ? parts : undefined;
  }
  for (const m of text.matchAll(/ và |, /gi)) {
    const parts = [text.slice(0, m.index), text.slice(m.index + m[0].length)].map(normalizeText).map(part);
    if (readable(parts)) return parts;
  }
  return undefined;
}

/**
 * The whole of a compound cell: earliest start, latest end. With an open-ended part the end is
 * kept while it is the last date the cell names (the milestone of "Hoàn thành trước ngày 30/9/2026
 * và duy trì liên tục"; `openEnd` says the work runs on past it), and dropped when an open-ended
 * part starts after it ("2024-2025; 2026 và các năm tiếp theo": 2025 is only a phase boundary).
 */
function combine(raw: string, parts: Timeframe[]): Timeframe {
  const starts = parts.flatMap((p) => (p.start ? [p.start] : [])).sort();
  const ends = parts.flatMap((p) => (p.end ? [p.end] : [])).sort();
  const openEnd = parts.some((p) => p.openEnd);
  const start = starts[0];
  let end = ends.at(-1);
  if (end && parts.some((p) => p.openEnd && p.start && p.start > end!)) end = undefined;
  const dated = parts.find((p) => end && p.end === end) ?? parts.find((p) => start && p.start === start);
  const recurrence = parts.find((p) => p.recurrence)?.recurrence;
  return {
    raw,
    kind: 'compound',
    ...(start && { start }),
    ...(end && { end }),
    openEnd,
    ...(recurrence && { recurrence }),
    ...(dated?.precision && { precision: dated.precision }),
    parts,
  };
}

/** Reads one timeframe cell. `raw` is returned unchanged; parts of a compound carry their normalised text. */
export function parseTimeframe(raw: string): Timeframe {
  const text = normalizeText(raw);
  const one = readOne(matchForm(text));
  if (one) return { raw, ...one };
  const parts = splitParts(text);
  return parts ? combine(raw, parts) : { raw, kind: 'unparsed', openEnd: false };
}
