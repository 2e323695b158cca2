/**
 * Who does what: the programme model turned into a responsibility matrix — one column per body
 * (however many ways the document spells it), one row per task, a role in each cell, and the
 * totals a reader asks for. Pure: no DOM, no lit; O(tasks × agencies per task).
 */
import type { AgencyModel, ProgrammeModel, SectionModel, TaskModel } from '../feed/model.js';
import { asksForSection, sectionsShown } from '../derive/lookup.js';
import type { Role } from '../derive/roles.js';

/**
 * Cell codes. A matrix of 10,000 tasks × 60 agencies is 600,000 cells: one byte each in a typed
 * array, not 600,000 objects.
 */
export const NONE = 0;
export const LEAD = 1;
export const CO_LEAD = 2;
export const COORDINATING = 3;
export type RoleCode = typeof NONE | typeof LEAD | typeof CO_LEAD | typeof COORDINATING;

/** The role a cell code stands for (`undefined` for an empty cell). */
export const ROLE_OF: ReadonlyArray<Role | undefined> = [undefined, 'lead', 'co-lead', 'coordinating'];

export interface MatrixColumn {
  /** Order of first appearance in the document: task by task, leads before coordinators. */
  index: number;
  /** The name key every spelling merged into this column shares. */
  key: string;
  /** The agency as first printed: the header shows its name, short name, kind and successor. */
  agency: AgencyModel;
  /** Every agency id merged into this column; the first is the one `tiendo-select` carries. */
  ids: string[];
  group: boolean;
  /** Tasks it leads, alone or with others. */
  leads: number;
  /** Of those, the tasks it leads together with another body. */
  coLeads: number;
  coordinating: number;
  /** Tasks it has any role in. */
  tasks: number;
}

/** A run of rows under one section heading. */
export interface MatrixSection {
  section: SectionModel;
  /** Task rows `[start, end)` in `Matrix.tasks`. */
  start: number;
  end: number;
}

export interface Matrix {
  /** Task rows, section by section (each section's tasks in feed order). */
  tasks: TaskModel[];
  sections: MatrixSection[];
  /** Columns in document order. */
  columns: MatrixColumn[];
  /** Role codes, row-major: `cells[row * columns.length + column]`. */
  cells: Uint8Array;
  /** How many bodies take part in each task. */
  bodies: Uint16Array;
  /** Whether any task has several leads (the legend then explains co-leads). */
  hasCoLeads: boolean;
  /** The section shown alone, when the matrix is limited to one. */
  only?: SectionModel;
}

/**
 * Builds the matrix of a programme, or of one of its sections (`section` is an id or a printed
 * number such as "III"; one that names no section shows none, as in the timeline: derive/lookup.ts).
 *
 * Agencies whose names have the same key ("Đảng Đoàn HĐND tỉnh" / "Đảng đoàn HĐND tỉnh",
 * "đảng ủy trực thuộc Tỉnh ủy" / "đảng uỷ trực thuộc Tỉnh uỷ") are one column even when a
 * careless feed gives them two ids; the first printed name is kept. Different phrases — even two
 * group phrases that share most words — stay different columns: only the key decides.
 */
export function buildMatrix(model: ProgrammeModel, section?: string): Matrix {
  const asked = sectionsShown(model.sections, section);
  const only = asksForSection(section) ? asked[0] : undefined;
  const sections: MatrixSection[] = [];
  const tasks: TaskModel[] = [];
  for (const s of asked) {
    if (s.tasks.length === 0) continue;
    sections.push({ section: s, start: tasks.length, end: tasks.length + s.tasks.length });
    tasks.push(...s.tasks);
  }

  // Columns in order of first appearance, reading the tasks as the document prints them.
  const columns: MatrixColumn[] = [];
  const byKey = new Map<string, number>();
  const columnOfId = new Map<string, number>();
  const shown = only ? new Set(tasks) : undefined;
  const place = (agency: AgencyModel): void => {
    if (columnOfId.has(agency.id)) return;
    // An empty key (a name of punctuation only) must not pull unrelated agencies together.
    const key = agency.key || `#${agency.id}`;
    let at = byKey.get(key);
    if (at === undefined) {
      at = columns.length;
      byKey.set(key, at);
      columns.push({ index: at, key, agency, ids: [], group: false, leads: 0, coLeads: 0, coordinating: 0, tasks: 0 });
    }
    const column = columns[at]!;
    column.ids.push(agency.id);
    column.group ||= agency.kind === 'group';
    columnOfId.set(agency.id, at);
  };
  for (const task of model.tasks) {
    if (shown && !shown.has(task)) continue;
    task.lead.forEach(place);
    task.coordinating.forEach(place);
  }

  const width = columns.length;
  const cells = new Uint8Array(tasks.length * width);
  const bodies = new Uint16Array(tasks.length);
  let hasCoLeads = false;
  tasks.forEach((task, row) => {
    const base = row * width;
    const leads = new Set(task.lead.map((a) => columnOfId.get(a.id)!));
    const role = leads.size > 1 ? CO_LEAD : LEAD;
    hasCoLeads ||= role === CO_LEAD;
    let count = 0;
    for (const at of leads) {
      cells[base + at] = role;
      const column = columns[at]!;
      column.leads++;
      if (role === CO_LEAD) column.coLeads++;
      column.tasks++;
      count++;
    }
    for (const agency of task.coordinating) {
      const at = columnOfId.get(agency.id)!;
      // A body listed twice, or as lead and coordinator, keeps its first (strongest) role.
      if (cells[base + at] !== NONE) continue;
      cells[base + at] = COORDINATING;
      columns[at]!.coordinating++;
      columns[at]!.tasks++;
      count++;
    }
    bodies[row] = count;
  });

  return { tasks, sections, columns, cells, bodies, hasCoLeads, only };
}

/** The role code of a task row in a column. */
export function roleAt(matrix: Matrix, row: number, column: number): RoleCode {
  return matrix.cells[row * matrix.columns.length + column] as RoleCode;
}

/**
 * The column an outside reference names: an agency id first, else a name with the same key
 * (`agency="Ban Tuyên giáo Tỉnh ủy"`), else a column key. -1 when nothing matches.
 */
export function findColumn(matrix: Matrix, ref: string | undefined, key?: (name: string) => string): number {
  if (!ref) return -1;
  const byId = matrix.columns.findIndex((c) => c.ids.includes(ref));
  if (byId >= 0 || !key) return byId;
  const wanted = key(ref);
  return matrix.columns.findIndex((c) => c.key === wanted || c.key === ref);
}
