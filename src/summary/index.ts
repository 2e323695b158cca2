/** `<tiendo-summary>` without registering it: the class and its pure counting. */
export { TiendoSummary } from './element.js';
export { summarize, REPORTED_ORDER, SCHEDULE_ORDER, type Summary, type Deadline, type ReportedKind, type ScheduleKind, type SummaryOptions } from './summarize.js';
export { targetLines, type TargetLine } from './target-line.js';
export { summarySentence } from './describe.js';
