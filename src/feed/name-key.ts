/**
 * Vietnamese text helpers for matching, never for display: the widgets always show the string
 * as printed and use these keys only to group or compare.
 */

/**
 * NFC, every kind of space (incl. U+00A0, U+2007, U+202F and the zero-width U+200B that PDF and
 * Word exports leave in table cells) folded to one space, trimmed.
 */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/[\s\u200B\u2060]+/g, ' ').trim();
}

/** The five tone marks. The quality marks (circumflex U+0302, breve U+0306, horn U+031B) stay: "năm" ≠ "nam". */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Punctuation that varies between copies of the same name ("Tỉnh uỷ." vs "Tỉnh ủy"), incl. typographic quotes and dashes. */
const PUNCTUATION = /[.,;:()"'\u2018\u2019\u201C\u201D\u2013\u2014-]/g;

/**
 * A matching key for an agency name. Removing the tone marks unifies the old and new tone
 * placement ("ủy"/"uỷ", "hòa"/"hoà"), which both occur in one document; NFC alone does not.
 * "đ" has no decomposition, so it is folded by hand, and the Icelandic "Ð" (U+00D0) that OCR
 * produces for "Đ" with it.
 */
export function nameKey(name: string): string {
  return normalizeText(
    name
      .normalize('NFC')
      .replace(/\u00D0/g, '\u0110')
      .normalize('NFD')
      .replace(TONE_MARKS, '')
      .normalize('NFC')
      .replace(/[đĐ]/g, 'd')
      // Vietnamese lower case: Unicode's case mappings depend on the language only for Lithuanian,
      // Turkish and Azerbaijani (SpecialCasing.txt; tests/feed/name-key.test.ts checks every code
      // point). toLocaleLowerCase('vi') gives the same string but resolves the locale on every
      // call, 10–40 µs in V8: most of the time of reading a feed's 500 timeframe cells.
      .toLowerCase()
      .replace(PUNCTUATION, ' '),
  );
}
