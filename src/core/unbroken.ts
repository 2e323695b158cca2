/**
 * Text with its document numbers and year ranges kept on one line. Browsers may end a line after
 * any hyphen or dash, and "Nghị quyết số 36-" / "NQ/TW", "Programme No. 219-" / "CTr/TU" read as
 * two things. Each such word (a digit and a hyphen or dash, no space) goes in a `.nw` span; the
 * text itself is unchanged (textContent, copy, search and screen readers get the same words).
 */
import { html, type TemplateResult } from 'lit';

const NUMBERED = /(\S*\d\S*[-–]\S+|\S+[-–]\S*\d\S*)/;

/** `text` as it was, or as parts with each numbered word in a no-wrap span. */
export function unbroken(text: string): string | Array<string | TemplateResult> {
  const parts = text.split(NUMBERED);
  return parts.length === 1 ? text : parts.map((p, i) => (i % 2 ? html`<span class="nw">${p}</span>` : p));
}
