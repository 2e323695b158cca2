/** Registers `<tiendo-feed>`. */
import './early-feeds.js'; // first: the feed starts downloading before the rest is evaluated
import { define } from './define.js';
import { TiendoFeed } from './feed-element.js';

define('tiendo-feed', TiendoFeed);
export { TiendoFeed };
