/**
 * `tiendo report`, without the I/O: a periodic report table merged into a feed's raw JSON. Each
 * row becomes one dated report on its task (or one actual on its target). A row that names no
 * task, names two, or holds a value the reader cannot read is rejected with its line — never
 * guessed. Merging the same table twice adds nothing the second time (feed/edit.ts).
 */
import type { CalendarDate, ReportedStatus } from '../feed/schema.js';
import { addActual, addUpdate, advanceAsOf, reportUpdate, textWords, type Outcome, type RawFeed } from '../feed/edit.js';
import { nameKey } from '../feed/name-key.js';
import { safeHref } from '../feed/links.js';
import { readDelimited, type Delimiter, type RawRow } from './delimited.js';
import { DEFAULT_LAYOUT, findLayout, type Column, type Layout } from './report-columns.js';
import { readDate, readNumber, readStatus } from './report-words.js';

export interface ReportOptions {
  /** The report's date, for rows without a date column. */
  date?: CalendarDate;
  /** The report's source document, for rows without a source column. */
  source?: string;
  /** Reports dated after today are refused. */
  today: CalendarDate;
  delimiter?: Delimiter;
}

export type EntryCode =
  | 'added-report' | 'added-actual' | 'unchanged-report' | 'unchanged-actual'
  | 'no-header' | 'ignored-column' | 'section-row'
  | 'no-task' | 'unknown-task' | 'ambiguous-task' | 'repeated-task' | 'unknown-target' | 'ambiguous-target' | 'repeated-target'
  | 'unknown-status' | 'bad-progress' | 'progress-range' | 'bad-value' | 'bad-date' | 'no-date' | 'date-future' | 'date-before-issued'
  | 'empty-report' | 'bad-link' | 'conflict';

export interface Entry {
  /** The line of the table (1-based), as an editor shows it. */
  line?: number;
  code: EntryCode;
  params: Record<string, string | number>;
}

export interface TableResult {
  feed: RawFeed;
  kind: Layout['kind'];
  rows: number;
  added: Entry[];
  unchanged: Entry[];
  /** Rows and columns left out on purpose (a section heading row, a column nobody reads). */
  skipped: Entry[];
  rejected: Entry[];
  /** `meta.asOf` before and after, when the merge moved it. */
  asOf?: { from?: string; to: string };
}

type Row = RawRow & { cell: (c: Column) => string };

/** Merges one table (tasks or targets, told apart by its header) into `feed`. */
export function mergeTable(feed: RawFeed, text: string, options: ReportOptions): TableResult {
  const { rows } = readDelimited(text, options.delimiter);
  const found = findLayout(rows);
  const layout = found ?? DEFAULT_LAYOUT;
  const result: TableResult = { feed, kind: layout.kind, rows: 0, added: [], unchanged: [], skipped: [], rejected: [] };
  if (!found) result.skipped.push({ code: 'no-header', params: {} });
  for (const name of layout.ignored) result.skipped.push({ line: rows[layout.headerRow]!.line, code: 'ignored-column', params: { name } });

  const body = rows.slice(layout.headerRow + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const merge = layout.kind === 'tasks' ? mergeTaskRow : mergeTargetRow;
  const seen = new Map<number, number>();
  const before = asOfOf(feed);
  let latest: CalendarDate | undefined;
  for (const raw of body) {
    const row: Row = { ...raw, cell: (c) => (layout.columns[c] === undefined ? '' : (raw.cells[layout.columns[c]!] ?? '').trim()) };
    result.rows++;
    const entry = merge(result, row, options, seen);
    if (!entry) continue;
    const list = entry.code.startsWith('added') ? result.added : entry.code.startsWith('unchanged') ? result.unchanged : entry.code === 'section-row' ? result.skipped : result.rejected;
    list.push({ ...entry, line: row.line });
    if (entry.code.startsWith('added') && (!latest || String(entry.params.date) > latest)) latest = String(entry.params.date);
  }
  if (latest) {
    result.feed = advanceAsOf(result.feed, latest);
    const after = asOfOf(result.feed);
    if (after !== before) result.asOf = { from: before, to: after! };
  }
  return result;
}

type Merge = (result: TableResult, row: Row, options: ReportOptions, seen: Map<number, number>) => Omit<Entry, 'line'> | null;

const mergeTaskRow: Merge = (result, row, options, seen) => {
  const key = taskKey(row.cell('task'));
  const status = row.cell('status');
  const progress = row.cell('progress');
  const note = row.cell('note');
  if (!key) return { code: 'no-task', params: {} };
  // A section heading copied along with the table ("II", "III. Tuyên truyền") carries no report.
  if (/^[IVXLC]+\.?(\s|$)/.test(key) && !status && !progress) return { code: 'section-row', params: { number: key.split(/[.\s]/)[0]! } };
  const tasks = listOf(result.feed, 'tasks');
  const matches = match(tasks, key, (t, i) => [String(t.number ?? i + 1)]);
  if (matches.length === 0) return { code: 'unknown-task', params: { task: key, range: numberRange(tasks) } };
  if (matches.length > 1) return { code: 'ambiguous-task', params: { task: key, ids: matches.map((i) => String(tasks[i]!.id)).join(', ') } };
  const index = matches[0]!;
  const label = String(tasks[index]!.number ?? index + 1);
  if (seen.has(index)) return { code: 'repeated-task', params: { task: label, first: seen.get(index)! } };
  seen.set(index, row.line);

  let reported: ReportedStatus | undefined;
  if (status) {
    reported = readStatus(status);
    if (!reported) return { code: 'unknown-status', params: { task: label, word: status } };
  }
  let percent: number | undefined;
  if (progress) {
    percent = readNumber(progress);
    if (percent === undefined) return { code: 'bad-progress', params: { task: label, value: progress } };
    if (percent < 0 || percent > 100) return { code: 'progress-range', params: { task: label, value: progress } };
  }
  if (!reported && percent === undefined && !note) return { code: 'empty-report', params: { task: label } };
  const dated = rowDate(result.feed, row, options, label);
  if ('code' in dated) return dated;
  const link = row.cell('link');
  if (link && !safeHref(link)) return { code: 'bad-link', params: { task: label, url: link } };
  const update = reportUpdate({ date: dated.date, status: reported, progress: percent, note, source: row.cell('source') || options.source, link });
  const { feed, outcome } = addUpdate(result.feed, index, update);
  result.feed = feed;
  return outcomeEntry(outcome, 'report', { task: label, date: dated.date, status: reported ?? '', progress: percent ?? '' });
};

const mergeTargetRow: Merge = (result, row, options, seen) => {
  const key = row.cell('target');
  if (!key) return { code: 'no-task', params: {} };
  const targets = listOf(result.feed, 'targets');
  const matches = match(targets, key, (t) => [textWords(t.title), ...(typeof t.title === 'object' && t.title ? Object.values(t.title as object).map(String) : [])]);
  if (matches.length === 0) return { code: 'unknown-target', params: { target: key } };
  if (matches.length > 1) return { code: 'ambiguous-target', params: { target: key, ids: matches.map((i) => String(targets[i]!.id)).join(', ') } };
  const index = matches[0]!;
  const label = String(targets[index]!.id);
  if (seen.has(index)) return { code: 'repeated-target', params: { target: label, first: seen.get(index)! } };
  seen.set(index, row.line);
  const valueCell = row.cell('value');
  const value = readNumber(valueCell);
  if (value === undefined) return { code: 'bad-value', params: { target: label, value: valueCell } };
  const dated = rowDate(result.feed, row, options, label);
  if ('code' in dated) return dated;
  const link = row.cell('link');
  if (link && !safeHref(link)) return { code: 'bad-link', params: { task: label, url: link } };
  const source = row.cell('source') || options.source;
  const actual = { date: dated.date, value, ...(source ? { source } : {}), ...(link ? { url: link } : {}) };
  const { feed, outcome } = addActual(result.feed, index, actual);
  result.feed = feed;
  return outcomeEntry(outcome, 'actual', { target: label, date: dated.date, value });
};

function outcomeEntry(outcome: Outcome, what: 'report' | 'actual', params: Entry['params']): Omit<Entry, 'line'> {
  if (outcome.kind === 'conflict') return { code: 'conflict', params: { ...params, what } };
  return { code: `${outcome.kind}-${what}` as EntryCode, params };
}

/** The row's date (its own column, else --date), checked against the programme and today. */
function rowDate(feed: RawFeed, row: Row, options: ReportOptions, label: string): { date: CalendarDate } | Omit<Entry, 'line'> {
  const cell = row.cell('date');
  const date = cell ? readDate(cell) : options.date;
  if (cell && !date) return { code: 'bad-date', params: { item: label, value: cell } };
  if (!date) return { code: 'no-date', params: { item: label } };
  const issued = (feed.programme as Record<string, unknown> | undefined)?.issued;
  if (typeof issued === 'string' && date < issued) return { code: 'date-before-issued', params: { item: label, date, issued } };
  if (date > options.today) return { code: 'date-future', params: { item: label, date, today: options.today } };
  return { date };
}

/** "1", "1.", "2a)", "Nhiệm vụ 3", "NV 3", "Task 3" → the task's number or id as written in the feed. */
function taskKey(cell: string): string {
  return cell.replace(/^(nhiệm vụ|nv|task)\s*(số\s*)?/i, '').replace(/[.)]$/, '').trim();
}

/** Indices of the items whose id is `key`; else whose name (`names`) reads as `key`. */
function match(items: Array<Record<string, unknown>>, key: string, names: (item: Record<string, unknown>, index: number) => string[]): number[] {
  const byId = items.flatMap((item, i) => (item.id === key ? [i] : []));
  if (byId.length) return byId;
  const k = nameKey(key);
  return items.flatMap((item, i) => (names(item, i).some((n) => nameKey(n) === k) ? [i] : []));
}

function listOf(feed: RawFeed, list: 'tasks' | 'targets'): Array<Record<string, unknown>> {
  const items = feed[list];
  return Array.isArray(items) ? items.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>) : {})) : [];
}

function numberRange(tasks: Array<Record<string, unknown>>): string {
  const numbers = tasks.map((t, i) => String(t.number ?? i + 1));
  return numbers.length ? `${numbers[0]}–${numbers.at(-1)}` : '—';
}

function asOfOf(feed: RawFeed): string | undefined {
  const asOf = (feed.meta as Record<string, unknown> | undefined)?.asOf;
  return typeof asOf === 'string' ? asOf : undefined;
}
