/** Registers `<tiendo-matrix>` (once per page, whatever copies of tiendo are loaded). */
import '../core/early-feeds.js'; // first: the feed starts downloading before the rest is evaluated
import { define } from '../core/define.js';
import { TiendoMatrix } from './element.js';

define('tiendo-matrix', TiendoMatrix);

export { TiendoMatrix };

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-matrix': TiendoMatrix;
  }
}
