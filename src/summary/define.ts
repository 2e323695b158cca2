/** Registers `<tiendo-summary>` (once, whatever else on the page loaded tiendo). */
import { define } from '../core/define.js';
import { TiendoSummary } from './element.js';

define('tiendo-summary', TiendoSummary);

export { TiendoSummary };

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-summary': TiendoSummary;
  }
}
