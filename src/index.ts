/**
 * tiendo: every widget, registered. For one widget only, import its own entry
 * (`tiendo/timeline.js`, …) or use the loader, so a page loads just what it shows.
 */
import './core/early-feeds.js'; // first: feeds named in the page start downloading before the rest is evaluated
export * from './core/index.js';
// widgets:start (npm run build:registry writes these lines from src/widgets.ts)
export { TiendoTimeline } from './timeline/define.js';
export { TiendoMatrix } from './matrix/define.js';
export { TiendoGauge } from './gauge/define.js';
export { TiendoSummary } from './summary/define.js';
// widgets:end
export { TiendoFeed } from './core/feed-define.js';
