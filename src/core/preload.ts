/**
 * Starting a feed's download before the widget that reads it is running. A widget asks for its
 * feed once its code has arrived, been evaluated and drawn its loading state; a preload started
 * earlier runs beside all of that, and the widget's own request (same URL, CORS, same-origin
 * credentials: core/feed-loader.ts) then takes the preloaded response. On a phone this saves the
 * round trip that would otherwise start only then. (A page that sets the `feed` property as well,
 * keeping `src` only as the base of relative links, makes one request it does not use: the browser
 * says so in its console.)
 *
 * The loader, the iframe page and every widget entry call it; each is built on its own, so a page
 * may hold two copies of this module: the document, not a module variable, says what is preloaded.
 */

/** Adds `<link rel="preload" as="fetch">` for a feed URL, unless the document has one. */
export function preloadFeed(src: string | null | undefined): void {
  if (!src) return;
  let href: string;
  try {
    href = new URL(src, document.baseURI).href;
  } catch {
    return; // the widget reports a URL it cannot read
  }
  for (const link of document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')) if (link.href === href) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Preloads the feed of every tiendo element in the document that names one by `src`. */
export function preloadFeeds(): void {
  for (const el of document.querySelectorAll('[src]')) if (el.localName.startsWith('tiendo-')) preloadFeed(el.getAttribute('src'));
}
