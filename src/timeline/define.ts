/** Registers `<tiendo-timeline>` (once, whatever copies of tiendo the page loads). */
import { define } from '../core/define.js';
import { TiendoTimeline } from './element.js';

define('tiendo-timeline', TiendoTimeline);

export { TiendoTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-timeline': TiendoTimeline;
  }
}
