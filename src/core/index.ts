/** The shared element core, for people building their own widgets on the tiendo feed. */
export { TiendoWidget, type RenderContext, type Theme } from './widget.js';
export { define, VERSION } from './define.js';
export { emit, type TiendoSelectEvent, type TiendoLoadEvent, type TiendoErrorEvent, type TiendoEventMap, type TiendoEventName, type TiendoSelectDetail, type TiendoLoadDetail, type TiendoErrorDetail } from './events.js';
export { feedContext, type Selection, type SharedFeed } from './context.js';
export type { FeedState, FeedPhase } from './feed-state.js';
export { localText, toLang, type Lang } from '../derive/lang.js';
export { formatDate, formatNumber, formatPercent, formatQuarter, plural } from '../derive/format.js';
