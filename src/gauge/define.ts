/** Registers `<tiendo-gauge>` (once, whatever else on the page loaded tiendo). */
import '../core/early-feeds.js'; // first: the feed starts downloading before the rest is evaluated
import { define } from '../core/define.js';
import { TiendoGauge } from './element.js';

define('tiendo-gauge', TiendoGauge);

export { TiendoGauge };

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-gauge': TiendoGauge;
  }
}
