/** Registers `<tiendo-feed>`. */
import { define } from './define.js';
import { TiendoFeed } from './feed-element.js';

define('tiendo-feed', TiendoFeed);
export { TiendoFeed };
