/**
 * Reading the cells of a periodic report table: status words as offices write them (Vietnamese or
 * English), percentages, numbers with a Vietnamese or English decimal mark, dates as 15/9/2023 or
 * 2023-09-15. Every reader returns undefined rather than guess: the row is then reported.
 */
import type { ReportedStatus } from '../feed/schema.js';
import { nameKey } from '../feed/name-key.js';

/** The words for each status; matched without tone marks, case or punctuation ("Hoàn thành." = "hoan thanh"). */
const STATUS_WORDS: Record<ReportedStatus, string[]> = {
  done: ['Hoàn thành', 'Đã hoàn thành', 'Xong', 'Đã xong', 'Đã thực hiện', 'done', 'completed', 'complete', 'finished'],
  'in-progress': ['Đang thực hiện', 'Đang triển khai', 'Đang tiến hành', 'Đang làm', 'in progress', 'in-progress', 'ongoing', 'under way', 'underway', 'started'],
  planned: ['Chưa thực hiện', 'Chưa triển khai', 'Chưa bắt đầu', 'Kế hoạch', 'Theo kế hoạch', 'planned', 'not started', 'not yet started'],
  delayed: ['Chậm tiến độ', 'Chậm', 'Chậm so với kế hoạch', 'Quá hạn', 'delayed', 'behind', 'behind schedule', 'late', 'overdue'],
  cancelled: ['Hủy', 'Đã hủy', 'Dừng thực hiện', 'Không thực hiện', 'Ngừng thực hiện', 'cancelled', 'canceled', 'dropped', 'stopped'],
};

const BY_KEY = new Map<string, ReportedStatus>(
  (Object.entries(STATUS_WORDS) as Array<[ReportedStatus, string[]]>).flatMap(([status, words]) => words.map((w) => [nameKey(w), status] as [string, ReportedStatus])),
);

/** "Hoàn thành" → done; undefined for a word the table reader does not know. */
export function readStatus(cell: string): ReportedStatus | undefined {
  return BY_KEY.get(nameKey(cell));
}

/** The words listed in an error message, so the person fixing the table sees what is understood. */
export const KNOWN_STATUS_WORDS = Object.values(STATUS_WORDS).map((w) => w[0]!);

export { readNumber } from '../feed/numbers.js';
import { readNumber } from '../feed/numbers.js';

/** A percentage: "60", "60%", "60 %", "60,5". Range checks are the caller's (the row's line is theirs). */
export function readPercent(cell: string): number | undefined {
  return readNumber(cell);
}

export { readDate } from '../feed/calendar.js';
