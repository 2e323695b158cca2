/**
 * Tab- or comma-separated text → rows of raw cells, each with the line it starts on.
 *
 * What comes out of Word, PDF and Excel is not always RFC 4180: a TSV pasted from a PDF has
 * literal quotes at the start of cells ("Tháng hành động…" là …), while Excel quotes a cell that
 * holds a line break. So a cell is read as quoted only when its closing quote is followed by the
 * end of the cell; otherwise every quote is text.
 */

export type Delimiter = '\t' | ',' | ';';

export interface RawRow {
  /** 1-based line of the file where the row starts (what an editor shows). */
  line: number;
  cells: string[];
}

export interface DelimitedText {
  delimiter: Delimiter;
  rows: RawRow[];
}

/**
 * The delimiter a file uses. Tabs win when any line has two of them (a 5-column appendix has
 * four). Otherwise comma or semicolon (Excel's "CSV" where the decimal mark is a comma, as in
 * Vietnamese settings): whichever gives more rows the same number of cells, at least three.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 100_000);
  if (sample.split('\n').some((l) => (l.match(/\t/g)?.length ?? 0) >= 2)) return '\t';
  const consistency = (d: Delimiter) => {
    const counts = readDelimited(sample, d).rows.map((r) => r.cells.length).filter((n) => n >= 3);
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    return Math.max(0, ...tally.values());
  };
  return consistency(';') > consistency(',') ? ';' : ',';
}

/** Splits the text into rows and cells. Line endings may be \n, \r\n or \r; a leading BOM is dropped. */
export function readDelimited(input: string, delimiter: Delimiter = detectDelimiter(input)): DelimitedText {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: RawRow[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const row: RawRow = { line, cells: [] };
    for (;;) {
      const cell = readCell(text, i, delimiter);
      row.cells.push(cell.value);
      line += cell.newlines;
      i = cell.end;
      if (i >= text.length) break;
      const c = text[i++];
      if (c === '\n') {
        line++;
        break;
      }
    }
    rows.push(row);
  }
  return { delimiter, rows };
}

interface Cell {
  value: string;
  /** Index of the delimiter or newline after the cell (or the end of the text). */
  end: number;
  /** Line breaks inside the cell. */
  newlines: number;
}

function readCell(text: string, start: number, delimiter: Delimiter): Cell {
  if (text[start] === '"') {
    const quoted = readQuoted(text, start, delimiter);
    if (quoted) return quoted;
  }
  let end = start;
  while (end < text.length && text[end] !== delimiter && text[end] !== '\n') end++;
  return { value: text.slice(start, end), end, newlines: 0 };
}

/** A quoted cell ("" is one quote), or null when the closing quote is not at the end of a cell. */
function readQuoted(text: string, start: number, delimiter: Delimiter): Cell | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined || next === delimiter || next === '\n') {
        return { value, end: i + 1, newlines: value.split('\n').length - 1 };
      }
      return null;
    }
    value += c;
    i++;
  }
  return null; // unterminated: read the quote as text
}
