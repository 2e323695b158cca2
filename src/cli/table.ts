/**
 * An appendix table as it comes out of a document, read into sections and task rows.
 *
 * Real tables (notes/vn-timeframes.md, 1.4) repeat their header after every page break, carry
 * Roman-numeral section rows (I, II, …) among numbered task rows, and split a cell across a page
 * break into a row with no number. Those rows are joined back to what they continue; every join,
 * drop and guess is noted with its line.
 */
import { normalizeText } from '../feed/name-key.js';
import { readDelimited, type Delimiter } from './delimited.js';
import { Notes } from './notes.js';

export type Column = 'number' | 'title' | 'lead' | 'coordinating' | 'timeframe';
const COLUMNS: readonly Column[] = ['number', 'title', 'lead', 'coordinating', 'timeframe'];

export interface SectionRow {
  line: number;
  number: string;
  title: string;
}

export interface TaskRow {
  line: number;
  number: string;
  /** Index into `sections`, or -1 before any section row. */
  section: number;
  title: string;
  lead: string;
  coordinating: string;
  timeframe: string;
}

export interface Appendix {
  /** Text rows above the header (the appendix heading, "Kèm theo Chương trình số …"). */
  preamble: Array<{ line: number; text: string }>;
  sections: SectionRow[];
  tasks: TaskRow[];
}

/** Header words, matched on lower-case text (Vietnamese first, English accepted). */
const HEADER: Record<Column, RegExp> = {
  number: /^(?:s[ốo] ?)?tt\.?$|^stt\.?$|^no\.?$|^#$|^số thứ tự$/,
  title: /nhiệm vụ|nội dung|công việc|^tasks?$|^title$/,
  lead: /chủ trì|^lead/,
  coordinating: /phối hợp|^coordinat/,
  timeframe: /thời gian|thời hạn|lộ trình|tiến độ|^timeframe|^deadline|^when$/,
};

const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** "1", "12.", "3)", "2a", "1.1". */
const TASK_NUMBER = /^(\d+(?:\.\d+)*[a-zđ]?)[.)]?$/;

/** Reads a whole table file: cells cleaned (NFC, every space folded), then structured. */
export function readAppendix(text: string, notes: Notes, delimiter?: Delimiter): Appendix | null {
  const rows = readDelimited(text, delimiter).rows
    .map((r) => ({ line: r.line, cells: r.cells.map(clean) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const headerAt = rows.findIndex((r) => headerColumns(r.cells) !== null);
  let columns: Record<Column, number> | null;
  let body: typeof rows;
  const preamble: Appendix['preamble'] = [];
  if (headerAt >= 0) {
    columns = headerColumns(rows[headerAt]!.cells)!;
    rows.slice(0, headerAt).forEach((r) => preamble.push({ line: r.line, text: r.cells.filter(Boolean).join(' ') }));
    if (preamble.length) notes.add('info', 'preamble', preamble[0]!.line, { count: preamble.length, last: preamble.at(-1)!.line });
    const header = rows[headerAt]!;
    const used = new Set(Object.values(columns));
    header.cells.forEach((name, i) => name && !used.has(i) && notes.add('info', 'column-ignored', header.line, { name }));
    body = rows.slice(headerAt + 1);
  } else {
    // No header: the usual order, if the rows are wide enough to be a table at all.
    if (!rows.some((r) => r.cells.length >= 4)) return null;
    columns = { number: 0, title: 1, lead: 2, coordinating: 3, timeframe: 4 };
    notes.add('guess', 'no-header', rows[0]?.line);
    body = rows;
  }
  return structure(body, columns, notes, preamble);
}

function clean(cell: string): string {
  return normalizeText(cell.replace(/\u00AD/g, ''));
}

/** The column of each field, when the row is a header row (a number column and a task column at least). */
function headerColumns(cells: string[]): Record<Column, number> | null {
  const found: Partial<Record<Column, number>> = {};
  cells.forEach((cell, i) => {
    const text = cell.toLocaleLowerCase('vi');
    const column = COLUMNS.find((c) => found[c] === undefined && HEADER[c].test(text));
    if (column) found[column] = i;
  });
  if (found.number === undefined || found.title === undefined || found.lead === undefined) return null;
  return { coordinating: -1, timeframe: -1, ...found } as Record<Column, number>;
}

/** "(1) (2) (3) (4) (5)" or "1 2 3 4 5" under the header: the document numbering its columns. */
function isColumnNumbering(cells: string[]): boolean {
  const numbers = cells.filter(Boolean).map((c) => /^\(?(\d+)\)?$/.exec(c)?.[1]);
  return numbers.length >= 3 && numbers.every((n, i) => n !== undefined && Number(n) === Number(numbers[0]) + i);
}

function structure(rows: Array<{ line: number; cells: string[] }>, columns: Record<Column, number>, notes: Notes, preamble: Appendix['preamble']): Appendix {
  const sections: SectionRow[] = [];
  const tasks: TaskRow[] = [];
  /** What a row with no number continues. */
  let last: { kind: 'task'; row: TaskRow } | { kind: 'section'; row: SectionRow } | null = null;
  const cell = (cells: string[], c: Column) => (columns[c] >= 0 ? (cells[columns[c]] ?? '') : '');

  for (const { line, cells } of rows) {
    const get = (c: Column) => cell(cells, c);
    if (headerColumns(cells)) {
      notes.add('info', 'header-repeated', line);
      continue;
    }
    if (isColumnNumbering(cells)) {
      notes.add('info', 'column-numbers', line);
      continue;
    }
    const number = get('number');
    // A merged section cell: "II. Triển khai …" all in the first column.
    const merged = /^([IVXLC]+)[.)]?\s+(\S.*)$/.exec(number);
    if (ROMAN.test(number.replace(/\.$/, '')) || (merged && ROMAN.test(merged[1]!) && !get('title'))) {
      const row: SectionRow = merged && !get('title')
        ? { line, number: merged[1]!, title: merged[2]! }
        : { line, number: number.replace(/\.$/, ''), title: get('title') };
      // Page-break debris in the other columns of a section row ("năm tiếp theo"): never a timeframe.
      for (const c of ['lead', 'coordinating', 'timeframe'] as const) {
        if (get(c)) notes.add('unread', 'section-spill', line, { number: row.number, column: c, text: get(c) });
      }
      sections.push(row);
      last = { kind: 'section', row };
      continue;
    }
    const task = TASK_NUMBER.exec(number);
    if (task || (number && number.length <= 5)) {
      if (!task) notes.add('guess', 'number-as-printed', line, { number });
      const row: TaskRow = {
        line,
        number: task ? task[1]! : number.replace(/[.)]$/, ''),
        section: sections.length - 1,
        title: get('title'),
        lead: get('lead'),
        coordinating: get('coordinating'),
        timeframe: get('timeframe'),
      };
      tasks.push(row);
      last = { kind: 'task', row };
      continue;
    }
    if (number) {
      notes.add('unread', 'orphan-row', line, { text: cells.filter(Boolean).join(' | ').slice(0, 120) });
      continue;
    }
    // No number: the rest of the row above, split by a page break.
    if (!last) {
      notes.add('unread', 'orphan-row', line, { text: cells.filter(Boolean).join(' | ').slice(0, 120) });
      continue;
    }
    if (last.kind === 'task' && get('title') && get('lead') && get('timeframe') && last.row.lead && last.row.timeframe) {
      // A complete row of its own, not a remainder: an unnumbered task.
      const row: TaskRow = { line, number: '', section: sections.length - 1, title: get('title'), lead: get('lead'), coordinating: get('coordinating'), timeframe: get('timeframe') };
      notes.add('guess', 'unnumbered-task', line, { title: row.title.slice(0, 60) });
      tasks.push(row);
      last = { kind: 'task', row };
      continue;
    }
    if (last.kind === 'section') {
      const text = cells.filter(Boolean).join(' ');
      last.row.title = joinText(last.row.title, text, line, notes);
      notes.add('info', 'joined-section', line, { number: last.row.number, to: last.row.line, text: preview(text) });
      continue;
    }
    const row = last.row;
    for (const c of ['title', 'lead', 'coordinating', 'timeframe'] as const) {
      if (get(c)) row[c] = joinText(row[c], get(c), line, notes);
    }
    notes.add('info', 'joined-task', line, { number: row.number, to: row.line, text: preview(cells.filter(Boolean).join(' ')) });
  }
  return { preamble, sections, tasks };
}

/**
 * Joins a cell to its remainder after a page break. A remainder that repeats the end of the
 * cell (some extractors print the last line again on the next page) is joined once.
 */
export function joinText(before: string, after: string, line: number, notes: Notes): string {
  if (!before) return after;
  const a = before.split(' ');
  const b = after.split(' ');
  for (let n = Math.min(a.length, b.length); n >= 2; n--) {
    if (a.slice(-n).join(' ') === b.slice(0, n).join(' ')) {
      notes.add('info', 'repeated-text', line, { text: preview(b.slice(0, n).join(' ')) });
      return [...a, ...b.slice(n)].join(' ');
    }
  }
  if (before.endsWith(after)) return before;
  return `${before} ${after}`;
}

const preview = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
