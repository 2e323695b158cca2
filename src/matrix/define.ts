/** Registers `<tiendo-matrix>` (once per page, whatever copies of tiendo are loaded). */
import { define } from '../core/define.js';
import { TiendoMatrix } from './element.js';

define('tiendo-matrix', TiendoMatrix);

export { TiendoMatrix };

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-matrix': TiendoMatrix;
  }
}
