/**
 * Imported first by every widget entry (`define.ts`), for its side effect: the feeds named by the
 * tiendo elements already in the document start downloading as soon as the page's script starts
 * running — before Lit and the widget's code are evaluated and the element draws its loading state,
 * which is when the element itself would ask (core/preload.ts). Nothing happens without a document
 * (server rendering) or when no element names a feed yet (an app that creates its elements later).
 *
 * First in each entry's imports, this module runs first: ES modules evaluate in import order, and
 * rollup keeps that order inside a chunk (it is the top of the `shared` chunk).
 */
import { preloadFeeds } from './preload.js';

if (typeof document !== 'undefined') preloadFeeds();
