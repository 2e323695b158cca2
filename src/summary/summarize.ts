/**
 * What the summary card says, as data: the tasks counted by what was reported and, apart, by
 * what the calendar alone says about the others; the next deadlines; the deadlines passed with
 * no report. Pure: a model and a date in, numbers and task lists out — no DOM, no language.
 */
import type { CalendarDate, ReportedStatus } from '../feed/schema.js';
import type { ProgrammeModel, TaskModel } from '../feed/model.js';
import { taskStatus } from '../feed/status.js';

/** A reported task's state: the status the feed gives, or `unstated` when it reports only words or progress below 100. */
export type ReportedKind = ReportedStatus | 'unstated';
/** An unreported task, by the calendar only: past its deadline, inside its window, not started yet, or with no date at all. */
export type ScheduleKind = 'overdue' | 'current' | 'upcoming' | 'undated';

/** The order of the counts in words and in the bar: finished work first. */
export const REPORTED_ORDER: readonly ReportedKind[] = ['done', 'in-progress', 'delayed', 'planned', 'unstated', 'cancelled'];
export const SCHEDULE_ORDER: readonly ScheduleKind[] = ['overdue', 'current', 'upcoming', 'undated'];

export interface Count<K> {
  kind: K;
  count: number;
}

export interface Deadline {
  task: TaskModel;
  due: CalendarDate;
  reported: boolean;
}

export interface Summary {
  total: number;
  reported: { total: number; counts: Array<Count<ReportedKind>> };
  unreported: { total: number; counts: Array<Count<ScheduleKind>> };
  /** Deadlines from `now` on of tasks not reported done or cancelled, soonest first. */
  next: Deadline[];
  /** Deadlines before `now` of tasks not reported done or cancelled, most recent first. */
  passed: Deadline[];
}

export interface SummaryOptions {
  /** How many upcoming deadlines to list (default 3). */
  deadlines?: number;
}

export function summarize(model: ProgrammeModel, now: CalendarDate, { deadlines = 3 }: SummaryOptions = {}): Summary {
  const reported = new Map<ReportedKind, number>();
  const unreported = new Map<ScheduleKind, number>();
  const open: Deadline[] = [];
  for (const task of model.tasks) {
    const at = taskStatus(task, now);
    if (at.reported) bump(reported, reportedKind(task));
    else bump(unreported, scheduleKind(at.status));
    const due = task.schedule?.due;
    const finished = at.status === 'done' || at.status === 'cancelled';
    if (due && !finished) open.push({ task, due, reported: at.reported });
  }
  const byDue = (a: Deadline, b: Deadline) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.task.index - b.task.index);
  return {
    total: model.tasks.length,
    reported: tally(reported, REPORTED_ORDER),
    unreported: tally(unreported, SCHEDULE_ORDER),
    // "Xong trong Quý III/2023" is still on time on 30/9/2023 itself.
    next: open.filter((d) => d.due >= now).sort(byDue).slice(0, deadlines),
    passed: open.filter((d) => d.due < now).sort((a, b) => -byDue(a, b)),
  };
}

/** The latest reported state; progress 100 counts as done, as it does in every widget. */
function reportedKind(task: TaskModel): ReportedKind {
  if (task.reported) return task.progress === 100 && task.reported !== 'cancelled' ? 'done' : task.reported;
  return task.progress === 100 ? 'done' : 'unstated';
}

function scheduleKind(status: ReturnType<typeof taskStatus>['status']): ScheduleKind {
  if (status === 'no-report' || status === 'overdue') return 'overdue';
  if (status === 'planned') return 'upcoming';
  if (status === 'undated') return 'undated';
  return 'current';
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function tally<K>(map: Map<K, number>, order: readonly K[]): { total: number; counts: Array<Count<K>> } {
  const counts = order.filter((k) => map.get(k)).map((kind) => ({ kind, count: map.get(kind)! }));
  return { total: counts.reduce((s, c) => s + c.count, 0), counts };
}
