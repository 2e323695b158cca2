/** Registers `<tiendo-editor>` (once, whatever else on the page loaded tiendo). */
import { define } from '../core/define.js';
import { TiendoEditor } from './element.js';

define('tiendo-editor', TiendoEditor);

export { TiendoEditor };

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-editor': TiendoEditor;
  }
}
