/**
 * The timeline's geometry, as a pure function of the model, the width and the reader's options:
 * which rows there are (section headers and tasks, in document order), where each row sits,
 * each task's marks and status at `now`, the axis, and today's x. No DOM and no Lit, so it is
 * tested on plain inputs, and O(n) in tasks so that 10,000 tasks lay out in milliseconds.
 */
import type { CalendarDate } from '../feed/calendar.js';
import type { AgencyModel, ProgrammeModel, SectionModel, TaskModel } from '../feed/model.js';
import type { Span } from '../feed/schedule.js';
import { taskStatus, type StatusAt, type TaskStatus } from '../feed/status.js';
import { findAgency, sectionsShown } from '../derive/lookup.js';
import { roleOf, type Role } from '../derive/roles.js';
import { drawsEverything, type Media } from '../core/medium.js';
import { COLUMN_GAP, PRINT_TRACK_WIDTH, ROW_EM, ROW_PADDING, STATUS_EM } from './sizes.js';
import { timeScale, type TimeScale } from './scale.js';
import { axisOf, type Axis } from './axis.js';
import { marksOf, shapeOf, type Mark, type Shape } from './marks.js';
import { programmeRange } from './range.js';

interface RowBase {
  key: string;
  /** Top of the row in the list, in px. */
  y: number;
  height: number;
  /** Position among its siblings, for `aria-posinset`/`aria-setsize`. */
  posinset: number;
  setsize: number;
}

export interface SectionRow extends RowBase {
  type: 'section';
  section: SectionModel;
  /** Tasks in the section (shown or folded away). */
  count: number;
  collapsed: boolean;
  /** Tasks of the highlighted agency in this section. */
  highlighted: number;
}

export interface TaskRow extends RowBase {
  type: 'task';
  task: TaskModel;
  section: SectionModel;
  status: StatusAt;
  shape: Shape;
  /** Computed on first read: a 10,000-task layout only pays for the rows that are drawn. */
  readonly marks: Mark[];
  /** The highlighted agency's role in this task, if any. */
  role?: Role;
  /** The task selected here or in the enclosing `<tiendo-feed>`. */
  selected: boolean;
}

export type Row = SectionRow | TaskRow;

export interface LayoutOptions {
  /** Width of the chart in px. Under 480 px the rows stack (title above a small bar). Not read for `print`. */
  width: number;
  now: CalendarDate;
  /** The dates shown; by default the programme's own years (`programmeRange`). */
  range?: Span;
  /** Show only this section (its id or its printed number). */
  section?: string;
  /** Highlight the tasks this agency leads or coordinates (its id, or its name). */
  agency?: string;
  /** The selected task's id. */
  task?: string;
  /** Ids of the sections folded away by the reader. */
  collapsed?: ReadonlySet<string>;
  /** The host's font size in px (column proportions); 14 unless told. */
  fontSize?: number;
  /** Measured heights of a task row and of a section header, in px. */
  rowHeight?: number;
  headerHeight?: number;
  /** What the timeline is drawn for (core/medium.ts): paper and static pages draw every row. Default `screen`. */
  media?: Media;
}

export interface TimelineLayout {
  range: Span;
  scale: TimeScale;
  axis: Axis;
  /** Under 480 px: a list of cards with small bars. */
  stacked: boolean;
  /**
   * For paper (`media: 'print'`): the track has a fixed width and the title column takes the rest
   * of whatever paper it is printed on; every title is whole (wrapped, never cut), with its status
   * and timeframe in words under it.
   */
  printed: boolean;
  /** Wide enough (760 px) for a status column beside the titles. */
  statusColumn: boolean;
  /** Width of each row's track (the scale's width plus the padding on both sides). */
  trackWidth: number;
  /** The rows drawn, top to bottom; tasks of folded sections are left out. */
  rows: Row[];
  /** Every task in the shown sections, folded or not (the table lists them all). */
  tasks: TaskRow[];
  /** Height of all rows, and of one task row and one section header. */
  height: number;
  rowHeight: number;
  headerHeight: number;
  /** The highlighted agency and how many shown tasks it leads and coordinates. */
  agency?: AgencyModel;
  leads: number;
  coordinates: number;
  /** The `section` asked for matches no section. */
  sectionMissing: boolean;
  /** What the layout is for. */
  media: Media;
  /** The rows scroll in a box of their own and only those in view are drawn (more than `VIRTUAL_FROM` rows, on screen). */
  virtual: boolean;
  /** What the legend needs to explain. */
  shapes: ReadonlySet<Shape>;
  statuses: ReadonlySet<TaskStatus>;
  /** The statuses present as reported, and as derived from the schedule alone (worded apart). */
  reportedStatuses: ReadonlySet<TaskStatus>;
  derivedStatuses: ReadonlySet<TaskStatus>;
  milestones: boolean;
}

/** Space kept at both ends of a track for arrow heads and deadline marks. */
export const TRACK_PAD = 8;
export const STACK_BELOW = 480;
export const STATUS_COLUMN_FROM = 760;
/** Above this many rows, on screen, the chart scrolls inside its box and only rows in view are in the DOM. */
export const VIRTUAL_FROM = 60;

export function layout(model: ProgrammeModel, options: LayoutOptions): TimelineLayout {
  const { width, now } = options;
  const media = options.media ?? 'screen';
  const printed = media === 'print';
  const fs = options.fontSize ?? 14;
  // Static output has no script to lay out again: it carries the wide markup with the status
  // column, and container queries stack it below the same breakpoints (static-styles.ts).
  // The window's width says nothing about the paper: print never stacks and words its status under the title.
  const fluid = media === 'static';
  const stacked = !fluid && !printed && width < STACK_BELOW;
  const statusColumn = !printed && (fluid || width >= STATUS_COLUMN_FROM);
  // The sizes styles.ts is built from (sizes.ts), until the element has measured the real rows.
  const rowHeight = options.rowHeight ?? fs * (stacked ? ROW_EM.stackedTask : ROW_EM.task);
  const headerHeight = options.headerHeight ?? fs * (stacked ? ROW_EM.stackedSection : ROW_EM.section);
  // Columns: title | status | track. The title column takes what the track leaves (CSS 1fr), so
  // only the track's width is fixed here: what the title, the status, the gaps between columns and
  // the row's padding leave.
  const labelWidth = stacked ? 0 : Math.min(30 * fs, Math.max(12 * fs, width * 0.34));
  const statusWidth = statusColumn ? STATUS_EM * fs + COLUMN_GAP : 0;
  const trackWidth = printed ? PRINT_TRACK_WIDTH : Math.max(60, Math.floor(fluid ? staticTrackWidth(width, fs)
    : stacked ? width - ROW_PADDING : width - labelWidth - statusWidth - COLUMN_GAP - ROW_PADDING));

  const range = options.range ?? programmeRange(model);
  const scale = timeScale(range, trackWidth - 2 * TRACK_PAD);
  const axis = axisOf(scale, now, model.span.end, model.visionEnd);
  const agency = findAgency(model, options.agency);
  const collapsed = options.collapsed ?? new Set<string>();

  // One rule with the matrix (derive/lookup.ts): a section that names none shows none, and says so.
  const sections = sectionsShown(model.sections, options.section);

  const rows: Row[] = [];
  const tasks: TaskRow[] = [];
  const shapes = new Set<Shape>();
  const statuses = new Set<TaskStatus>();
  const reportedStatuses = new Set<TaskStatus>();
  const derivedStatuses = new Set<TaskStatus>();
  let milestones = false;
  let leads = 0;
  let coordinates = 0;
  let y = 0;
  sections.forEach((section, s) => {
    const folded = collapsed.has(section.id);
    const header: SectionRow = {
      type: 'section', key: `#${section.id}`, y, height: headerHeight, posinset: s + 1, setsize: sections.length,
      section, count: section.tasks.length, collapsed: folded, highlighted: 0,
    };
    rows.push(header);
    y += headerHeight;
    section.tasks.forEach((task, i) => {
      const role = agency && roleOf(task, agency);
      if (role) {
        header.highlighted++;
        if (role === 'coordinating') coordinates++;
        else leads++;
      }
      const row = new LazyTaskRow(task, section, scale, taskStatus(task, now), folded ? -1 : y, rowHeight, i + 1, section.tasks.length, role, task.id === options.task);
      tasks.push(row);
      shapes.add(row.shape);
      statuses.add(row.status.status);
      (row.status.reported ? reportedStatuses : derivedStatuses).add(row.status.status);
      if (task.milestones.length) milestones = true;
      if (!folded) {
        rows.push(row);
        y += rowHeight;
      }
    });
  });

  return {
    range, scale, axis, stacked, printed, statusColumn, trackWidth, rows, tasks, height: y, rowHeight, headerHeight,
    agency, leads, coordinates, sectionMissing: sections.length === 0 && model.sections.length > 0,
    media, virtual: !drawsEverything(media) && rows.length > VIRTUAL_FROM,
    shapes, statuses, reportedStatuses, derivedStatuses, milestones,
  };
}

/**
 * The track's width in static output at a chart width, as static-styles.ts gives it: the whole
 * row when stacked, else the track's share of the columns (`STATIC_TRACK_SHARE`). It sets only
 * how densely the axis is labelled; marks are placed by shares of it (track.ts `at`).
 */
export function staticTrackWidth(width: number, fs: number): number {
  if (width < STACK_BELOW) return width - ROW_PADDING;
  const columns = width - ROW_PADDING - COLUMN_GAP - (width >= STATUS_COLUMN_FROM ? STATUS_EM * fs + COLUMN_GAP : 0);
  return columns * STATIC_TRACK_SHARE;
}

/** The track's share of a static row beside the title (static-styles.ts: `1fr` title, `1.9fr` track). */
export const STATIC_TRACK_FR = 1.9;
export const STATIC_TRACK_SHARE = STATIC_TRACK_FR / (1 + STATIC_TRACK_FR);

/** A task row whose marks are computed on first read (one shared getter, no closure per row). */
class LazyTaskRow implements TaskRow {
  readonly type = 'task';
  readonly key: string;
  readonly shape: Shape;
  private drawn?: Mark[];
  constructor(
    readonly task: TaskModel,
    readonly section: SectionModel,
    private readonly scale: TimeScale,
    readonly status: StatusAt,
    readonly y: number,
    readonly height: number,
    readonly posinset: number,
    readonly setsize: number,
    readonly role: Role | undefined,
    readonly selected: boolean,
  ) {
    this.key = task.id;
    this.shape = shapeOf(task);
  }
  get marks(): Mark[] {
    return (this.drawn ??= marksOf(this.task, this.scale));
  }
}
