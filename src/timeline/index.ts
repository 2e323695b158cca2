/**
 * `<tiendo-timeline>` without registering it (no side effects): import `./define.js` to use the
 * tag, or this module to subclass the element or reuse its layout.
 */
export { TiendoTimeline } from './element.js';
export { layout, type LayoutOptions, type TimelineLayout, type Row, type SectionRow, type TaskRow } from './layout.js';
export { findAgency } from '../derive/lookup.js';
export { roleOf, type Role } from '../derive/roles.js';
export { marksOf, shapeOf, type Mark, type Shape } from './marks.js';
export { axisOf, type Axis, type Period } from './axis.js';
export { timeScale, type TimeScale } from './scale.js';
export { parseBound, programmeRange, visionRange, pan, zoom } from './range.js';
