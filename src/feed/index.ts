/**
 * The feed, without the DOM: schema, parser, loader, model. Usable in Node (the CLI) and in
 * browsers; imports nothing from core/ or the widgets.
 */
export * from './schema.js';
export * from './issues.js';
export { parseFeed, type ParseResult, type ParseOptions } from './parse.js';
export { loadFeed, parseJson, type LoadOptions, type LoadResult, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './load.js';
export { MAX_ITEMS } from './limits.js';
export { buildModel } from './build-model.js';
export { textOnly, type TimeframeReader, type ProgrammeModel, type TaskModel, type AgencyModel, type SectionModel, type TargetModel, type Schedule, type Span } from './model.js';
export { parseTimeframe, type Timeframe } from './timeframe.js';
export { nameKey } from './name-key.js';
export { taskStatus, TASK_STATUSES, type TaskStatus, type StatusAt } from './status.js';
export { safeHref } from './links.js';
export * as calendar from './calendar.js';
