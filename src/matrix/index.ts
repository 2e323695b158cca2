/**
 * The responsibility matrix without registering anything: the element class, and the pure
 * functions that build the matrix (for the CLI's static output and for other renderers).
 * `import 'tiendo/matrix/define.js'` (or `./define.js`) registers `<tiendo-matrix>`.
 */
export { TiendoMatrix } from './element.js';
export { buildMatrix, findColumn, roleAt, ROLE_OF, NONE, LEAD, CO_LEAD, COORDINATING, type Matrix, type MatrixColumn, type MatrixSection, type RoleCode } from './responsibility.js';
export type { Role } from '../derive/roles.js';
export { orderColumns, orderRows, numberRanges, tasksByColumn, type ColumnOrder, type RowSort, type DisplayRow, type ColumnTasks } from './order.js';
export { layoutMatrix, createLayout, NARROW, VIRTUAL_ROWS, type MatrixLayout, type MatrixOptions, type LayoutChoice } from './layout.js';
