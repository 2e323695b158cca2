/**
 * Changes to a feed as its keepers make them — a dated report on a task, an actual value on a
 * target, the date the data describes — applied to the feed's raw JSON, not to the parsed feed.
 * The parsed feed has defaults filled in and unknown keys dropped; editing the raw value changes
 * exactly what was asked and leaves every other byte's meaning, and every list's order, alone.
 *
 * Each change returns a new value (the input is never mutated), so an editor's undo is the value
 * before. Shared by `tiendo report` and the editor, so both merge the same way.
 */
import type { Actual, CalendarDate, Link, ReportedStatus, Update } from './schema.js';
import { ordered } from './serialize.js';
import { Actual as ActualSchema, Update as UpdateSchema } from './schema.js';

/** A feed as JSON.parse gives it: an object whose lists may hold anything. */
export type RawFeed = Record<string, unknown>;
type RawItem = Record<string, unknown>;

/** What happened to one change: added, already there (nothing to do), or in conflict with what is. */
export type Outcome = { kind: 'added' } | { kind: 'unchanged' } | { kind: 'conflict'; existing: unknown };

export interface ReportInput {
  date: CalendarDate;
  status?: ReportedStatus;
  progress?: number;
  /** A short note in the document's words. */
  note?: string;
  /** The document the report comes from ("Báo cáo số 125-BC/TU ngày 15/9/2023"). */
  source?: string;
  /** Where that document is published. */
  link?: string;
}

/**
 * A report as a feed update. The schema asks every update for a text: the note, else the source
 * document's name, else nothing but the status. Without a link, the source joins the note in
 * brackets so that where the report came from is never lost; with one, it is the link's title.
 */
export function reportUpdate(input: ReportInput): Update {
  const source = input.source?.trim() || undefined;
  const note = input.note?.trim() || undefined;
  const link = input.link?.trim() || undefined;
  const text = note && source && !link ? `${note} (${source})` : (note ?? source ?? input.status ?? '');
  const update: Update = { date: input.date, text };
  if (input.status) update.status = input.status;
  if (input.progress !== undefined) update.progress = input.progress;
  if (link) update.links = [source ? { url: link, title: source } : { url: link }] as Link[];
  return update;
}

/** Adds an update to the task at `index` of `feed.tasks`; the same update twice is added once. */
export function addUpdate(feed: RawFeed, index: number, update: Update): { feed: RawFeed; outcome: Outcome } {
  const task = itemAt(feed, 'tasks', index);
  const updates = Array.isArray(task.updates) ? (task.updates as unknown[]) : [];
  const outcome = compare(updates, update, UpdateSchema);
  if (outcome.kind !== 'added') return { feed, outcome };
  return { feed: replaceItem(feed, 'tasks', index, { ...task, updates: [...updates, update] }), outcome };
}

/** Adds an actual value to the target at `index` of `feed.targets`; the same one twice is added once. */
export function addActual(feed: RawFeed, index: number, actual: Actual): { feed: RawFeed; outcome: Outcome } {
  const target = itemAt(feed, 'targets', index);
  const actuals = Array.isArray(target.actuals) ? (target.actuals as unknown[]) : [];
  const outcome = compare(actuals, actual, ActualSchema);
  if (outcome.kind !== 'added') return { feed, outcome };
  return { feed: replaceItem(feed, 'targets', index, { ...target, actuals: [...actuals, actual] }), outcome };
}

/** Moves `meta.asOf` forward to `date` (never back: older reports do not make the data older). */
export function advanceAsOf(feed: RawFeed, date: CalendarDate): RawFeed {
  const meta = (isObject(feed.meta) ? feed.meta : {}) as RawItem;
  if (typeof meta.asOf === 'string' && meta.asOf >= date) return feed;
  return { ...feed, meta: { ...meta, asOf: date } };
}

/** Sets one field of an item of a list (`tasks[3].lead`), or removes it when `value` is undefined. */
export function setItemField(feed: RawFeed, list: string, index: number, field: string, value: unknown): RawFeed {
  const item = { ...itemAt(feed, list, index) };
  if (value === undefined) delete item[field];
  else item[field] = value;
  return replaceItem(feed, list, index, item);
}

/** Sets a field of the feed's `meta` or `programme` object, or removes it when `value` is undefined. */
export function setObjectField(feed: RawFeed, object: 'meta' | 'programme', field: string, value: unknown): RawFeed {
  const current = { ...((isObject(feed[object]) ? feed[object] : {}) as RawItem) };
  if (value === undefined) delete current[field];
  else current[field] = value;
  return { ...feed, [object]: current };
}

/** Same date and same content: unchanged. Same date, other content: a conflict, never a silent second entry. */
function compare(list: unknown[], entry: { date: string }, schema: unknown): Outcome {
  const key = JSON.stringify(ordered(entry, schema));
  const sameDay = list.filter((e) => isObject(e) && e.date === entry.date);
  if (sameDay.some((e) => JSON.stringify(ordered(e, schema)) === key)) return { kind: 'unchanged' };
  if (sameDay.length) return { kind: 'conflict', existing: sameDay[0] };
  return { kind: 'added' };
}

function itemAt(feed: RawFeed, list: string, index: number): RawItem {
  const items = feed[list];
  const item = Array.isArray(items) ? items[index] : undefined;
  if (!isObject(item)) throw new RangeError(`${list}[${index}] is not an object`);
  return item;
}

function replaceItem(feed: RawFeed, list: string, index: number, item: RawItem): RawFeed {
  const items = [...(feed[list] as unknown[])];
  items[index] = item;
  return { ...feed, [list]: items };
}

const isObject = (v: unknown): v is RawItem => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The Vietnamese (else first) words of a Text, for matching a table's cell against the feed. */
export function textWords(text: unknown): string {
  if (typeof text === 'string') return text;
  if (isObject(text)) return String((text as Record<string, unknown>).vi ?? Object.values(text)[0] ?? '');
  return '';
}
