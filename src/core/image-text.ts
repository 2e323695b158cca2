/**
 * Text for the SVG images (`tiendo render --format svg|png`): one measure of a string's width and
 * the line-wrapping built on it, so that every picture wraps its titles the same way and no
 * renderer has to (librsvg, Inkscape, Illustrator and resvg wrap nothing; `<foreignObject>`, which
 * would let them, they do not draw). Pure: no DOM, no canvas.
 *
 * Widths are those of Noto Sans / Arial-like sans-serif faces, per character class, in em. The
 * real face varies by a few percent, so wrapping leaves a margin (`SLACK`) rather than trust the
 * estimate to the pixel. Vietnamese diacritics ride on their base letter: they add no width.
 */

import { xmlSafe } from './xml-chars.js';

/** A widget's picture as SVG elements, drawn from y = 0 down: what the CLI frames with a heading and source. */
export interface ImagePart {
  body: string;
  height: number;
}

/** The fonts an image names: common sans-serif faces with Vietnamese glyphs, then the generic family. */
export const IMAGE_FONT = "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Wrapped lines are filled to this share of their width, for faces a little wider than estimated. */
const SLACK = 0.93;

const NARROW = new Set("iljtfrI!|.,:;'`()[]{}/\\");
const WIDE = new Set('mwMW@%');
const CAPS = /[A-ZĐ]/;
const DIGIT = /[0-9]/;

/** Advance width of one base character, in em. */
function advance(ch: string): number {
  if (ch === ' ') return 0.26;
  if (NARROW.has(ch)) return 0.29;
  if (WIDE.has(ch)) return 0.86;
  if (DIGIT.test(ch)) return 0.57;
  if (CAPS.test(ch)) return 0.68;
  if (ch === '-' || ch === '–') return 0.36;
  if (ch === '—') return 0.9;
  return 0.55;
}

/** The width of `text` in px at `size` px; bold is about 6 % wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  // Decomposed, the combining marks (tone and vowel marks) are separate code points of no width.
  for (const ch of text.normalize('NFD')) if (!/\p{M}/u.test(ch)) em += advance(ch);
  return em * size * (bold ? 1.06 : 1);
}

/**
 * `text` broken into lines no wider than `width`, at spaces; a word longer than a line is cut
 * where it must (a URL, a long code), never dropped. At most `max` lines, the last ending in "…".
 */
export function wrapText(text: string, width: number, size: number, bold = false, max = Infinity): string[] {
  const room = width * SLACK;
  const lines: string[] = [];
  let line = '';
  for (const word of words(text, size, bold, room)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= room) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size, bold) > room && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > room) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  // The last whole word gives way to the ellipsis: a word cut short can say another word
  // ("khá" → "kh…"). Only a line that is one long word is cut inside it.
  const last = kept[max - 1]!;
  kept[max - 1] = `${last.includes(' ') ? last.replace(/\s+\S+$/, '') : last.slice(0, -3)}…`;
  return kept;
}

/**
 * A word that names the number after it: "Quý III/2023", "tháng 6/2023", "số 36-NQ/TW", "NV 5",
 * "Q3 2023" read as one, and a line that ends on "Quý" leaves its reader with half a date.
 * Not "ngày": a whole date is long, and kept with it, it left the line before half empty.
 */
const NAMES_NUMBER = /^(quý|tháng|năm|số|nv|q[1-4]|quarter|no\.)$/i;
const NUMBER = /^([0-9]|[IVX]+(\/|$))/;

/** The words of `text`, a naming word joined to its number when the two fit on one line. */
function words(text: string, size: number, bold: boolean, room: number): string[] {
  const out: string[] = [];
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const last = out[out.length - 1];
    const joined = `${last} ${word}`;
    if (last !== undefined && NAMES_NUMBER.test(last) && NUMBER.test(word) && textWidth(joined, size, bold) <= room) out[out.length - 1] = joined;
    else out.push(word);
  }
  return out;
}

/** Text and attribute values as XML (feed text is always text, never markup). */
export const xml = (s: string): string =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines as one `<text>` of `<tspan>`s, the first on `y`, each `lineHeight` below the last. */
export function textBlock(lines: readonly string[], x: number, y: number, lineHeight: number, attrs = ''): string {
  if (lines.length === 0) return '';
  const spans = lines.map((line, i) => `<tspan x="${x}" ${i === 0 ? `y="${y}"` : `dy="${lineHeight}"`}>${xml(line)}</tspan>`).join('');
  return `<text${attrs ? ` ${attrs}` : ''}>${spans}</text>`;
}

/** A number as SVG writes it: at most two decimals, no "-0". */
export const n = (v: number): string => String(Math.round(v * 100) / 100 || 0);
