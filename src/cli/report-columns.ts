/**
 * The columns of a periodic report table, found by their header words (Vietnamese or English,
 * in any order). A task table has a task column and a status, progress or note column; a target
 * table has a target column and a value column.
 */
import type { RawRow } from './delimited.js';
import { nameKey } from '../feed/name-key.js';

export type Column = 'task' | 'status' | 'progress' | 'note' | 'link' | 'date' | 'source' | 'target' | 'value';

/** Header words per column, most specific first. "Nhiệm vụ" names the task only when no TT column does. */
const HEADERS: Record<Column, string[]> = {
  task: ['TT', 'STT', 'Số TT', 'Số thứ tự', 'Mã', 'Mã nhiệm vụ', 'id', 'task id', 'no', 'number', 'task', 'Nhiệm vụ số', 'Nhiệm vụ'],
  status: ['Trạng thái', 'Tình trạng', 'Tình hình thực hiện', 'Mức độ hoàn thành', 'Kết quả', 'status'],
  progress: ['Tiến độ', 'Tiến độ %', 'Tỷ lệ hoàn thành', 'Tỷ lệ', '% hoàn thành', '%', 'progress', 'percent', 'percent complete'],
  note: ['Ghi chú', 'Kết quả thực hiện', 'Nội dung báo cáo', 'Nhận xét', 'note', 'notes', 'comment', 'remarks'],
  link: ['Link', 'Liên kết', 'Đường dẫn', 'url', 'link'],
  date: ['Ngày', 'Ngày báo cáo', 'Thời điểm', 'date', 'as of'],
  source: ['Nguồn', 'Văn bản', 'Báo cáo', 'Nguồn số liệu', 'source'],
  target: ['Chỉ tiêu', 'Mục tiêu', 'Mã chỉ tiêu', 'target', 'indicator'],
  value: ['Giá trị', 'Số liệu', 'Kết quả đạt được', 'Đạt', 'Giá trị đạt được', 'value', 'actual'],
};

const headerKey = (cell: string) => nameKey(cell).replace(/\s*%\s*/g, ' % ').replace(/\s+/g, ' ').trim();
const KEYS = Object.fromEntries(Object.entries(HEADERS).map(([c, words]) => [c, words.map(headerKey)])) as Record<Column, string[]>;

/** How well a header cell names a column: 0 is its first word; "Tiến độ (%)" counts as "Tiến độ". -1: not at all. */
function rankOf(column: Column, cell: string): number {
  const exact = KEYS[column].indexOf(cell);
  return exact >= 0 ? exact : KEYS[column].indexOf(cell.replace(/ %$/, ''));
}

export interface Layout {
  kind: 'tasks' | 'targets';
  /** Column → cell index. */
  columns: Partial<Record<Column, number>>;
  /** Index in the rows of the header row; -1 when the table has none. */
  headerRow: number;
  /** Header cells no column claimed (listed, never silently dropped). */
  ignored: string[];
}

/** The header row and what each column holds, or null when no row reads as a header. */
export function findLayout(rows: RawRow[]): Layout | null {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const cells = rows[r]!.cells.map(headerKey);
    const columns: Partial<Record<Column, number>> = {};
    // Each column takes its best-ranked header; a cell serves one column only.
    const taken = new Set<number>();
    for (const column of Object.keys(KEYS) as Column[]) {
      let best: { at: number; rank: number } | undefined;
      cells.forEach((cell, at) => {
        const rank = rankOf(column, cell);
        if (rank >= 0 && !taken.has(at) && (!best || rank < best.rank)) best = { at, rank };
      });
      if (best) {
        columns[column] = best.at;
        taken.add(best.at);
      }
    }
    const kind = columns.target !== undefined && columns.value !== undefined ? 'targets' : columns.task !== undefined && (columns.status ?? columns.progress ?? columns.note) !== undefined ? 'tasks' : null;
    if (!kind) continue;
    const ignored = rows[r]!.cells.filter((c, at) => !taken.has(at) && c.trim() !== '');
    return { kind, columns, headerRow: r, ignored };
  }
  return null;
}

/** Without a header, a task table is read in the usual order: task, status, progress, note, link. */
export const DEFAULT_LAYOUT: Layout = { kind: 'tasks', columns: { task: 0, status: 1, progress: 2, note: 3, link: 4 }, headerRow: -1, ignored: [] };
