/**
 * The programme an appendix belongs to, from its heading: "(Kèm theo Chương trình số 219-CTr/TU
 * ngày 22/5/2023 của Tỉnh ủy)" names the document, and "thực hiện Nghị quyết số 36-NQ/TW ngày
 * 30/01/2023" the resolution it implements. Only what is printed; the rest is left for the office
 * to fill in.
 */
import { calendarDate } from '../feed/calendar.js';
import type { Programme } from '../feed/schema.js';

export interface GuessedProgramme {
  programme: Programme;
  line: number;
}

const DOC = String.raw`(Chương trình|Kế hoạch|Quyết định|Nghị quyết|Đề án|Chỉ thị|Kết luận|Thông báo)`;
const SYMBOL = String.raw`(?:số\s+)?([0-9][^\s,;()]*)`;
const DATE = String.raw`ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const ATTACHED = new RegExp(String.raw`kèm theo\s+${DOC}\s+${SYMBOL}\s+${DATE}(?:\s+của\s+([^)]+?))?\s*\)?\s*$`, 'iu');
const IMPLEMENTS = new RegExp(String.raw`(?:thực hiện|triển khai)\s+${DOC}\s+${SYMBOL}\s+${DATE}`, 'iu');

export function guessProgramme(preamble: ReadonlyArray<{ line: number; text: string }>): GuessedProgramme | null {
  for (const { line, text } of preamble) {
    const m = ATTACHED.exec(text);
    const issued = m && calendarDate(Number(m[5]), Number(m[4]), Number(m[3]));
    if (!m || !issued) continue;
    const kind = m[1]!.charAt(0).toLocaleUpperCase('vi') + m[1]!.slice(1).toLocaleLowerCase('vi');
    const programme: Programme = {
      symbol: m[2]!,
      title: `${kind} số ${m[2]}`,
      issuer: (m[6] ?? '').trim() || 'TODO',
      issued,
    };
    for (const other of preamble) {
      const i = IMPLEMENTS.exec(other.text);
      const date = i && calendarDate(Number(i[5]), Number(i[4]), Number(i[3]));
      if (i && i[2] !== programme.symbol) {
        programme.implements = { symbol: i[2]!, ...(date && { issued: date }) };
        break;
      }
    }
    return { programme, line };
  }
  return null;
}

/** Written when nothing names the programme: valid, and easy to find and replace. */
export function placeholderProgramme(today: string): Programme {
  return { symbol: 'TODO', title: 'TODO', issuer: 'TODO', issued: today };
}
