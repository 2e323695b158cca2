/**
 * One honest mark per timeframe kind, in pixels of the track:
 * - window ("2023-2030"): a bar;
 * - deadline ("Xong trong Quý III/2023"): a bar from the programme date whose start is marked
 *   inferred (drawn softer), ending in a deadline mark;
 * - from ("Từ Quý III/2023"): a bar to the horizon, ending in an arrow (no end is named);
 * - recurring ("Hàng năm"): one mark per occurrence;
 * - ongoing ("Thường xuyên"): a continuous band;
 * - relative or unreadable: no mark at all; the row shows the words instead.
 * Milestones are diamonds; reported progress fills the bar from its start.
 */
import type { Text } from '../feed/schema.js';
import type { CalendarDate } from '../feed/calendar.js';
import type { TaskModel } from '../feed/model.js';
import type { TimeScale } from './scale.js';

export type Mark =
  /** `inferred`: the start is not in the text. `clipStart`/`clipEnd`: the bar goes on beyond the range. */
  | { kind: 'bar'; x0: number; x1: number; inferred: boolean; clipStart: boolean; clipEnd: boolean }
  | { kind: 'band'; x0: number; x1: number; clipStart: boolean; clipEnd: boolean }
  | { kind: 'occurrence'; x0: number; x1: number; start: CalendarDate; end: CalendarDate }
  | { kind: 'progress'; x0: number; x1: number; value: number }
  | { kind: 'deadline'; x: number; date: CalendarDate }
  /** The text names no end: an arrow where the drawing stops. */
  | { kind: 'open-end'; x: number }
  | { kind: 'milestone'; x: number; date: CalendarDate; done: boolean; title: Text }
  /** Everything the task has lies before or after the range. */
  | { kind: 'outside'; side: 'before' | 'after' };

export type MarkKind = Mark['kind'];

/** What the legend calls the kinds of timeframe a row shows. */
export type Shape = 'deadline' | 'window' | 'from' | 'recurring' | 'ongoing' | 'undated';

/** The shape a task is drawn with; `compound` timeframes draw like the simple kind they resemble. */
export function shapeOf(task: TaskModel): Shape {
  const s = task.schedule;
  if (!s) return 'undated';
  if (s.occurrences) return 'recurring';
  if (task.timeframe.kind === 'ongoing') return 'ongoing';
  if (s.openEnd) return 'from';
  return s.startInferred || task.timeframe.kind === 'deadline' ? 'deadline' : 'window';
}

export function marksOf(task: TaskModel, scale: TimeScale): Mark[] {
  const s = task.schedule;
  if (!s) return [];
  const { range, width } = scale;
  const marks: Mark[] = [];
  const shape = shapeOf(task);
  const dated = [s.start, s.end, ...task.milestones.map((m) => m.date)];
  if (dated.every((d) => d > range.end)) return [{ kind: 'outside', side: 'after' }];
  if (dated.every((d) => d < range.start)) return [{ kind: 'outside', side: 'before' }];

  const x0 = scale.x(s.start);
  const x1 = scale.xEnd(s.end);
  const clip = { x0: scale.clamp(x0), x1: scale.clamp(x1), clipStart: x0 < 0, clipEnd: x1 > width };

  if (shape === 'recurring') {
    for (const o of s.occurrences!) {
      const a = scale.clamp(scale.x(o.start));
      const b = scale.clamp(scale.xEnd(o.end));
      if (b > a) marks.push({ kind: 'occurrence', x0: a, x1: b, start: o.start, end: o.end });
    }
  } else if (clip.x1 > clip.x0) {
    if (shape === 'ongoing') marks.push({ kind: 'band', ...clip });
    else {
      marks.push({ kind: 'bar', ...clip, inferred: s.startInferred });
      // Progress is a share of the whole schedule, drawn from its start (which may be off-range).
      if (task.progress !== undefined && task.progress > 0) {
        const p = x0 + ((x1 - x0) * task.progress) / 100;
        if (scale.clamp(p) > clip.x0) marks.push({ kind: 'progress', x0: clip.x0, x1: scale.clamp(Math.round(p * 100) / 100), value: task.progress });
      }
    }
  }
  if (shape === 'deadline' && s.due && x1 >= 0 && x1 <= width) marks.push({ kind: 'deadline', x: x1, date: s.due });
  if (s.openEnd && x1 >= 0) marks.push({ kind: 'open-end', x: scale.clamp(x1) });
  for (const m of task.milestones) {
    const x = scale.x(m.date) + (scale.xEnd(m.date) - scale.x(m.date)) / 2;
    if (x >= 0 && x <= width) marks.push({ kind: 'milestone', x: Math.round(x * 100) / 100, date: m.date, done: m.done ?? false, title: m.title });
  }
  return marks;
}

/**
 * The deadline mark's two paths, for a bar whose top is at `top` and height `h`: a post across
 * the bar and a pennant flying from its top, above the bar. A post alone, or with a small flag
 * folded back over the bar, read as a text cursor.
 */
export function deadlinePaths(x: number, top: number, h: number): { post: string; flag: string } {
  // A phone's stacked track is 18 px for a 10 px bar: the pennant flies beside the bar's top,
  // after the deadline where the bar has ended, instead of over the status line above.
  const [lift, size] = h >= 14 ? [10, 8] : [4, 6];
  return { post: `M${x} ${top - lift}v${h + lift + 3}`, flag: `M${x} ${top - lift}h${size + 2}l-3 ${size / 2}l3 ${size / 2}h-${size + 2}z` };
}
