/**
 * Model + width + options → what the matrix element draws: the matrix, its columns and rows in
 * order, and the shape of the table (or the cards that replace it on narrow screens). Pure: no
 * DOM, no lit. `createLayout()` memoises each step on its own inputs, so hovering, focusing or
 * scrolling — which change none of them — costs nothing here.
 */
import type { ProgrammeModel } from '../feed/model.js';
import { drawsEverything, PAPER_WIDTH, type Media } from '../core/medium.js';
import { memo } from '../core/memo.js';
import { GEOMETRY } from './sizes.js';
import { buildMatrix, type Matrix, type MatrixColumn } from './responsibility.js';
import { orderColumns, orderRows, tasksByColumn, type ColumnOrder, type ColumnTasks, type DisplayRow, type RowSort } from './order.js';

/** `auto`: cards below `NARROW` px, else the table. */
export type LayoutChoice = 'auto' | 'table' | 'cards';
export const LAYOUTS: readonly LayoutChoice[] = ['auto', 'table', 'cards'];

export interface MatrixOptions {
  order: ColumnOrder;
  sort: RowSort;
  /** A section id or number: show that section only. */
  section?: string;
  layout: LayoutChoice;
  /** What the matrix is drawn for (core/medium.ts): paper and static pages draw every row. Default `screen`. */
  media?: Media;
}

export interface MatrixLayout {
  matrix: Matrix;
  /** Columns in display order. */
  columns: MatrixColumn[];
  rows: DisplayRow[];
  mode: 'table' | 'cards';
  /** Horizontal headers when every column gets `MIN_HORIZONTAL` px; else the names run upwards. */
  headers: 'horizontal' | 'vertical';
  /** Only the rows in view are drawn (`VIRTUAL_ROWS` rows or more). */
  virtual: boolean;
  /** The table scrolls in its own box: it is wider than the widget, or virtual. */
  boxed: boolean;
  /**
   * For paper (`media: 'print'`): decided by `PAPER_WIDTH`, never by the window. The table fits
   * the paper (no scroll box, the task column takes what the paper leaves), every title and every
   * header word is whole, and a key gives each short header its full name.
   */
  printed: boolean;
}

/** Below this width (CSS px) the table becomes per-agency cards. */
export const NARROW = 600;
/** From this many rows on, only the rows in view are drawn. */
export const VIRTUAL_ROWS = 150;
/** Lays out one matrix; see `createLayout` for the memoised form the element uses. */
export function layoutMatrix(model: ProgrammeModel, width: number, options: MatrixOptions): MatrixLayout {
  const matrix = buildMatrix(model, options.section);
  return shape(matrix, orderColumns(matrix.columns, options.order), orderRows(matrix, options.sort), width, options);
}

/** The table's shape for a width (0 = not measured yet, as on a server: assume a wide page). */
export function shape(matrix: Matrix, columns: MatrixColumn[], rows: DisplayRow[], width: number, options: MatrixOptions): MatrixLayout {
  // Static output (no script) is read at widths it cannot know: the table, never narrower than
  // NARROW (its box scrolls on a phone, its task column sticks), so every title is in it.
  // Paper is not the window either (core/medium.ts): print lays out for the paper.
  const fluid = options.media === 'static';
  const printed = options.media === 'print';
  const narrow = !fluid && !printed && width > 0 && width < NARROW;
  const mode = options.layout === 'cards' || (options.layout === 'auto' && narrow) ? 'cards' : 'table';
  const inner = (printed ? PAPER_WIDTH : fluid ? Math.max(width, NARROW) : width || 1200) - GEOMETRY.padding;
  const fixed = (inner >= GEOMETRY.wide ? GEOMETRY.task : GEOMETRY.taskNarrow) + GEOMETRY.bodies;
  const headers = fixed + columns.length * GEOMETRY.horizontal <= inner ? 'horizontal' : 'vertical';
  const virtual = !drawsEverything(options.media ?? 'screen') && mode === 'table' && rows.length >= VIRTUAL_ROWS;
  const overflows = headers === 'vertical' && fixed + columns.length * GEOMETRY.vertical > inner;
  return { matrix, columns, rows, mode, headers, virtual, boxed: !printed && (virtual || overflows), printed };
}

export interface Layouter {
  (model: ProgrammeModel, width: number, options: MatrixOptions): MatrixLayout;
  /** The matrix alone (the same one the next layout uses). */
  matrix(model: ProgrammeModel, section?: string): Matrix;
  /** What each column's card lists (computed on first use, once per matrix). */
  columnTasks(matrix: Matrix): ColumnTasks[];
}

/**
 * A memoised `layoutMatrix`: the matrix is rebuilt only for a new model or section, columns
 * re-sorted only for a new order, rows only for a new sort, and the same layout object comes
 * back while nothing it depends on changed.
 */
export function createLayout(): Layouter {
  const matrixOf = memo(buildMatrix);
  const columnsOf = memo(orderColumns);
  const rowsOf = memo(orderRows);
  const shapeOf = memo(
    (matrix: Matrix, columns: MatrixColumn[], rows: DisplayRow[], width: number, layout: LayoutChoice, media: Media) =>
      shape(matrix, columns, rows, width, { order: 'document', sort: 'document', layout, media }),
  );
  const layouter = ((model: ProgrammeModel, width: number, options: MatrixOptions) => {
    const matrix = matrixOf(model, options.section);
    return shapeOf(matrix, columnsOf(matrix.columns, options.order), rowsOf(matrix, options.sort), width, options.layout, options.media ?? 'screen');
  }) as Layouter;
  layouter.matrix = matrixOf;
  layouter.columnTasks = memo(tasksByColumn);
  return layouter;
}
