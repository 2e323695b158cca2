/** Registers `<tiendo-timeline>` (once, whatever copies of tiendo the page loads). */
import '../core/early-feeds.js'; // first: the feed starts downloading before the rest is evaluated
import { define } from '../core/define.js';
import { TiendoTimeline } from './element.js';

define('tiendo-timeline', TiendoTimeline);

export { TiendoTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-timeline': TiendoTimeline;
  }
}
