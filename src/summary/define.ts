/** Registers `<tiendo-summary>` (once, whatever else on the page loaded tiendo). */
import '../core/early-feeds.js'; // first: the feed starts downloading before the rest is evaluated
import { define } from '../core/define.js';
import { TiendoSummary } from './element.js';

define('tiendo-summary', TiendoSummary);

export { TiendoSummary };

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-summary': TiendoSummary;
  }
}
