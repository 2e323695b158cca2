/**
 * A task's status at a given date. The feed's own report wins; without one the status comes from
 * the schedule, and `reported: false` lets the widgets say "no report · within the timeframe" instead of implying a
 * report that nobody made. Work whose deadline passed with no report is "ended with no report",
 * never "done" and never "overdue".
 */
import type { TaskModel } from './model.js';
import { dayNumber, type CalendarDate } from './calendar.js';

export type TaskStatus =
  | 'done'
  | 'cancelled'
  | 'overdue' // past due, reported and not done
  | 'delayed' // reported as behind, not yet due
  | 'due-soon'
  | 'in-progress'
  | 'planned'
  | 'no-report' // past due with no report at all
  | 'undated'; // no date in the text and no report

export const TASK_STATUSES: readonly TaskStatus[] = ['done', 'in-progress', 'due-soon', 'delayed', 'overdue', 'no-report', 'planned', 'cancelled', 'undated'];

export interface StatusAt {
  status: TaskStatus;
  /** Whether the feed reported anything for this task (a status, progress or an update). */
  reported: boolean;
}

export interface StatusOptions {
  /** How many days before its due date a task counts as due soon (default 30). */
  dueSoonDays?: number;
}

export function taskStatus(task: TaskModel, now: CalendarDate, options: StatusOptions = {}): StatusAt {
  const { dueSoonDays = 30 } = options;
  const reported = task.reported !== undefined || task.progress !== undefined || task.updates.length > 0;
  const at = (status: TaskStatus): StatusAt => ({ status, reported });
  if (task.reported === 'done' || task.progress === 100) return at('done');
  if (task.reported === 'cancelled') return at('cancelled');

  const schedule = task.schedule;
  const due = schedule?.due;
  const today = dayNumber(now);
  // "Xong trong Quý III/2023" is still on time on 30/9/2023 itself.
  if (due && today > dayNumber(due)) return at(reported ? 'overdue' : 'no-report');
  if (task.reported === 'delayed') return at('delayed');
  if (due && dayNumber(due) - today <= dueSoonDays) return at('due-soon');
  if (task.reported === 'planned') return at('planned');
  if (!schedule) return at(reported ? 'in-progress' : 'undated');
  if (today < dayNumber(schedule.start)) return at(task.reported === 'in-progress' ? 'in-progress' : 'planned');
  return at('in-progress');
}
