/**
 * The orders a reader can put the matrix in: columns by workload or as the document has them,
 * rows under their section headings or by how many bodies a task needs. Pure and O(n log n).
 */
import { CO_LEAD, COORDINATING, LEAD, type Matrix, type MatrixColumn, type MatrixSection } from './responsibility.js';

/** `workload`: bodies that lead come first, then by how many tasks they touch. `document`: order of first appearance. */
export type ColumnOrder = 'workload' | 'document';
/** `document`: section by section, as printed. `bodies`: the tasks that involve the most bodies first. */
export type RowSort = 'document' | 'bodies';

export const COLUMN_ORDERS: readonly ColumnOrder[] = ['workload', 'document'];
export const ROW_SORTS: readonly RowSort[] = ['document', 'bodies'];

/** A row of the table: a section heading, or a task (its index in `Matrix.tasks`). */
export type DisplayRow = { kind: 'section'; key: string; section: MatrixSection } | { kind: 'task'; key: string; task: number };

/** The columns in the order asked for; ties keep the document's order. */
export function orderColumns(columns: readonly MatrixColumn[], order: ColumnOrder): MatrixColumn[] {
  if (order === 'document') return [...columns];
  return [...columns].sort(
    (a, b) => Number(b.leads > 0) - Number(a.leads > 0) || b.tasks - a.tasks || b.leads - a.leads || a.index - b.index,
  );
}

/** The rows in the order asked for. Sorted rows lose their section headings: a sort runs across sections. */
export function orderRows(matrix: Matrix, sort: RowSort): DisplayRow[] {
  const { tasks, bodies } = matrix;
  const task = (i: number): DisplayRow => ({ kind: 'task', key: tasks[i]!.id, task: i });
  if (sort === 'bodies') {
    const order = Array.from(tasks, (_, i) => i).sort((a, b) => bodies[b]! - bodies[a]! || a - b);
    return order.map(task);
  }
  const rows: DisplayRow[] = [];
  for (const section of matrix.sections) {
    rows.push({ kind: 'section', key: `§${section.section.id}`, section });
    for (let i = section.start; i < section.end; i++) rows.push(task(i));
  }
  return rows;
}

/**
 * Task numbers as a reader writes them: consecutive runs of three or more become a range
 * ("2–4, 6–22"); numbers that are not plain integers ("2a") stand alone. Past `limit` numbers
 * the rest is counted, not listed.
 */
export function numberRanges(numbers: readonly string[], limit = Infinity): { text: string; more: number } {
  const head = numbers.slice(0, limit);
  const parts: string[] = [];
  for (let i = 0; i < head.length; ) {
    const n = toInt(head[i]!);
    let j = i;
    while (n !== undefined && j + 1 < head.length && toInt(head[j + 1]!) === n + (j + 1 - i)) j++;
    if (j - i >= 2) parts.push(`${head[i]}–${head[j]}`);
    else parts.push(...head.slice(i, j + 1));
    i = j + 1;
  }
  return { text: parts.join(', '), more: numbers.length - head.length };
}

const toInt = (s: string): number | undefined => (/^\d+$/.test(s) ? Number(s) : undefined);

/** For each column, the task rows it leads, co-leads and coordinates (document order): what a card lists. */
export interface ColumnTasks {
  lead: number[];
  coLead: number[];
  coordinating: number[];
}

export function tasksByColumn(matrix: Matrix): ColumnTasks[] {
  const width = matrix.columns.length;
  const out: ColumnTasks[] = matrix.columns.map(() => ({ lead: [], coLead: [], coordinating: [] }));
  const { cells } = matrix;
  for (let row = 0; row < matrix.tasks.length; row++) {
    const base = row * width;
    for (let c = 0; c < width; c++) {
      const code = cells[base + c];
      if (code === LEAD) out[c]!.lead.push(row);
      else if (code === CO_LEAD) out[c]!.coLead.push(row);
      else if (code === COORDINATING) out[c]!.coordinating.push(row);
    }
  }
  return out;
}
