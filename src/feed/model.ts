/**
 * The normalised programme the widgets draw: agencies resolved, timeframes read and turned into
 * drawable schedules. Independent of `now` and of the language, so one model serves every widget
 * on the page and a change of `now` never rebuilds it (status is derived in status.ts).
 */
import type { Actual, Agency, Feed, Link, Milestone, Programme, Meta, ReportedStatus, Section, Target, TargetMilestone, Text, Update } from './schema.js';
import type { FeedIssue } from './issues.js';
import type { Timeframe } from './timeframe.js';
import { nameKey } from './name-key.js';
import { maxDate, parts, yearEnd, type CalendarDate } from './calendar.js';
import { scheduleOf, type Schedule, type Span } from './schedule.js';

export type { Schedule, Span };

export interface AgencyModel extends Agency {
  /** Position of first appearance in the document (feed order). */
  index: number;
  /** Matching key: the same body printed with ủy/uỷ or other case has the same key. */
  key: string;
}

export interface SectionModel extends Section {
  index: number;
  tasks: TaskModel[];
}

export interface TaskModel {
  id: string;
  /** As printed; the position in the feed when the feed gives none. */
  number: string;
  index: number;
  sectionId: string;
  title: Text;
  lead: AgencyModel[];
  coordinating: AgencyModel[];
  timeframe: Timeframe;
  /** Where to draw the task; null when the text names no date (relative or unreadable). */
  schedule: Schedule | null;
  /** The latest status the feed reports, if any. */
  reported?: ReportedStatus;
  progress?: number;
  /** Oldest first. */
  updates: Update[];
  milestones: Milestone[];
  links: Link[];
}

export interface TargetModel extends Omit<Target, 'milestones'> {
  index: number;
  /** Sorted by date; `due` is the milestone's date, or 31/12 of its year. */
  milestones: Array<TargetMilestone & { due: CalendarDate }>;
  /** The most recent actual value, if any. */
  latest?: Actual;
}

export interface ProgrammeModel {
  programme: Programme;
  meta: Meta;
  agencies: AgencyModel[];
  agencyById: ReadonlyMap<string, AgencyModel>;
  sections: SectionModel[];
  tasks: TaskModel[];
  targets: TargetModel[];
  /** From the programme's start to the end of its horizon year. */
  span: Span;
  /** 31/12 of the vision year, when the programme has one (2045). */
  visionEnd?: CalendarDate;
  /** Problems found while reading the feed (skipped items, dropped links, warnings). */
  issues: FeedIssue[];
  /** The URL the feed came from, if it came from one. */
  url?: string;
}

/** Reads a timeframe cell's text into structure. */
export type TimeframeReader = (raw: string) => Timeframe;

/**
 * The reader for widgets that draw no time (the matrix, the gauge): each timeframe keeps its text
 * and gets no schedule, and the page never downloads the parser. A widget must choose it on
 * purpose; nothing defaults to it.
 */
export const textOnly: TimeframeReader = (raw) => ({ raw, kind: 'unparsed', openEnd: false });

export interface ModelOptions {
  issues?: FeedIssue[];
  url?: string;
  /**
   * Reads a timeframe's text: `parseTimeframe`, or `textOnly` for a widget that draws no time.
   * Required, so that no caller gets undated tasks by leaving it out.
   */
  readTimeframe: TimeframeReader;
}

/** The longest a programme without a horizon is taken to run, in years. */
export const SPAN_YEARS = 60;

/**
 * Builds the model with the given timeframe reader. `buildModel` (build-model.ts) passes the
 * parser; the widgets' loader passes its host's reader. This module imports no parser, so that a
 * page that draws no time (the gauge, the matrix) does not download it.
 */
export function assembleModel(feed: Feed, { issues = [], url, readTimeframe }: ModelOptions): ProgrammeModel {
  const { programme } = feed;
  const agencies = feed.agencies.map((a, index): AgencyModel => ({ ...a, index, key: nameKey(textKey(a.name)) }));
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const sections = feed.sections.map((s, index): SectionModel => ({ ...s, index, tasks: [] }));
  const sectionById = new Map(sections.map((s) => [s.id, s]));

  // A programme repeats its timeframe cells ("2023-2030" eighteen times in Programme 219):
  // each distinct text is read and scheduled once, and tasks share the (unchanged) results.
  const read = memo(readTimeframe);
  const timeframes = feed.tasks.map((t) => toTimeframe(t.timeframe, read));
  const start = programme.start ?? programme.issued;
  const lastDated = timeframes.reduce((end, tf) => (tf.end ? maxDate(end, tf.end) : end), start);
  // Without a horizon the programme runs to its last dated task, but one far deadline (a typo'd
  // 2200) must not carry every open-ended task two centuries on: at most SPAN_YEARS.
  const lastYear = Math.min(parts(lastDated).year, parts(start).year + SPAN_YEARS);
  const span: Span = {
    start,
    end: programme.horizon ? yearEnd(programme.horizon) : yearEnd(Math.max(lastYear, parts(start).year + 1)),
  };

  const schedules = new Map<Timeframe, Schedule | null>();
  const schedule = (tf: Timeframe) => {
    if (!schedules.has(tf)) schedules.set(tf, scheduleOf(tf, span));
    return schedules.get(tf)!;
  };

  const tasks = feed.tasks.map((t, index): TaskModel => {
    const updates = t.updates ? byDate(t.updates) : NONE;
    const task: TaskModel = {
      id: t.id,
      number: t.number ?? String(index + 1),
      index,
      sectionId: t.section,
      title: t.title,
      lead: t.lead.map((id) => agencyById.get(id)!),
      coordinating: t.coordinating.map((id) => agencyById.get(id)!),
      timeframe: timeframes[index]!,
      schedule: schedule(timeframes[index]!),
      reported: t.status ?? latest(updates, 'status'),
      progress: t.progress ?? latest(updates, 'progress'),
      updates,
      milestones: t.milestones ? byDate(t.milestones) : NONE,
      links: t.links ?? NONE,
    };
    sectionById.get(t.section)?.tasks.push(task);
    return task;
  });

  const targets = feed.targets.map((t, index): TargetModel => ({
    ...t,
    index,
    milestones: t.milestones
      .map((m) => ({ ...m, due: m.date ?? yearEnd(m.year!) }))
      .sort((a, b) => compareDates(a.due, b.due)),
    latest: byDate(t.actuals).at(-1),
  }));

  return {
    programme,
    meta: feed.meta,
    agencies,
    agencyById,
    sections,
    tasks,
    targets,
    span,
    visionEnd: programme.vision ? yearEnd(programme.vision) : undefined,
    issues,
    url,
  };
}

/**
 * The one empty list of every task without updates, milestones or links (most tasks): frozen, so
 * that sharing it is safe; nothing draws by changing the model's lists.
 */
const NONE: never[] = Object.freeze([]) as never[];

/**
 * Checked dates (YYYY-MM-DD, years 1900–2200) sort as text in the order of the calendar: no date
 * parsed to sort a task's updates.
 */
const compareDates = (a: CalendarDate, b: CalendarDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** A copy, oldest first (the feed's own order among equal dates). */
function byDate<T extends { date: CalendarDate }>(list: readonly T[]): T[] {
  const copy = [...list];
  return copy.length < 2 ? copy : copy.sort((a, b) => compareDates(a.date, b.date));
}

/** The value of `key` in the latest update that gives one. */
function latest<K extends 'status' | 'progress'>(updates: readonly Update[], key: K): Update[K] | undefined {
  for (let i = updates.length - 1; i >= 0; i--) if (updates[i]![key] !== undefined) return updates[i]![key];
  return undefined;
}

/** Timeframe kinds that run on with no end unless the feed says otherwise. */
const OPEN_KINDS: ReadonlySet<string> = new Set(['from', 'recurring', 'ongoing']);

/** A structured timeframe is taken as the feed states it; text goes through the shared parser. */
function memo(read: TimeframeReader): TimeframeReader {
  const seen = new Map<string, Timeframe>();
  return (raw) => {
    let tf = seen.get(raw);
    if (!tf) seen.set(raw, (tf = read(raw)));
    return tf;
  };
}

function toTimeframe(input: Feed['tasks'][number]['timeframe'], read: TimeframeReader): Timeframe {
  if (typeof input === 'string') return read(input);
  const { text, openEnd, ...rest } = input;
  return { ...rest, raw: text, openEnd: openEnd ?? OPEN_KINDS.has(input.kind) };
}

/** The text a name key is built from: Vietnamese first, as printed in the document. */
function textKey(text: Text): string {
  return typeof text === 'string' ? text : (text.vi ?? Object.values(text)[0] ?? '');
}

