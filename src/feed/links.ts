/**
 * Links from a feed are untrusted: only http(s) and relative URLs survive, and relative ones
 * resolve against the feed's URL (not the host page), because that is where they were written.
 */

/** The URL to put in `href`, or null for `javascript:`, `data:` and every other scheme. */
export function safeHref(url: string, base?: string): string | null {
  // Browsers drop tabs and newlines anywhere and control characters in front before they read
  // the scheme (WHATWG URL), so "java\tscript:" must be judged as the browser will see it.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').trimEnd();
  if (!cleaned) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) return null;
  if (!base) return cleaned;
  try {
    const href = new URL(cleaned, base);
    return href.protocol === 'http:' || href.protocol === 'https:' ? href.href : null;
  } catch {
    return null;
  }
}
