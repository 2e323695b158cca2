/**
 * Characters XML 1.0 forbids (C0 controls other than tab and newlines, U+FFFE, U+FFFF, lone
 * surrogates). HTML shrugs them off, but one U+000B — Word's manual line break, pasted into a
 * title — makes a whole SVG file unreadable. `tiendo render … .svg` (core/image-text.ts) replaces or removes them;
 * `tiendo validate` warns about each string that has one (xml-forbidden).
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const hasXmlForbidden = (s: string): boolean => {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(s);
};

/** Vertical tab and form feed become a space (they separated words); the others are removed. */
export const xmlSafe = (s: string): string => s.replace(FORBIDDEN, (c) => (c === '\u000B' || c === '\u000C' ? ' ' : ''));

/** How a forbidden character is named in a message: "U+000B". */
export const forbiddenIn = (s: string): string[] => [...new Set(s.match(FORBIDDEN) ?? [])].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
