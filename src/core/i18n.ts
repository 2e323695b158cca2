/**
 * An element's language, read from the page. Languages, dictionaries and feed text are below the
 * elements, in derive/lang.ts.
 */
import { toLang, type Lang } from '../derive/lang.js';

/** The element's language: its own `lang`, else the nearest ancestor's, else the page's. */
export function langOf(el: Element): Lang {
  // Server rendering has no tree to walk: only the element's own attribute counts there.
  if (typeof el.closest !== 'function') return toLang(el.getAttribute?.('lang'));
  const owner = el.closest('[lang]')?.getAttribute('lang') ?? el.ownerDocument?.documentElement.lang;
  return toLang(owner);
}
