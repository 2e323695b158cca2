/**
 * Where each value of a JSON text starts, by JSON path: so that a problem at `tasks[1].lead`
 * can be shown as `feed.json:40:15`, the place an editor jumps to. Runs only on text that
 * `JSON.parse` accepted.
 */
import { formatPath, type IssuePath } from '../feed/issues.js';

export interface Position {
  line: number;
  column: number;
}

export class JsonPositions {
  private readonly at = new Map<string, number>();
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
    try {
      this.value(this.skip(0), []);
    } catch {
      // Not JSON after all: positions are a convenience, never a reason to fail.
    }
  }

  /** The position of the value at `path`, or of its nearest ancestor that exists (a missing field: its object). */
  of(path: IssuePath): Position | undefined {
    for (let n = path.length; n >= 0; n--) {
      const index = this.at.get(formatPath(path.slice(0, n)));
      if (index !== undefined) return this.position(index);
    }
    return undefined;
  }

  private position(index: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - this.lineStarts[lo]! + 1 };
  }

  private skip(i: number): number {
    while (i < this.text.length && /[\s\uFEFF]/.test(this.text[i]!)) i++;
    return i;
  }

  /** Records the value starting at `i` and returns the index just after it. */
  private value(i: number, path: Array<string | number>): number {
    this.at.set(formatPath(path), i);
    const c = this.text[i];
    if (c === '{') {
      i = this.skip(i + 1);
      if (this.text[i] === '}') return i + 1;
      for (;;) {
        const end = this.string(i);
        const key = JSON.parse(this.text.slice(i, end)) as string;
        i = this.skip(this.skip(end) + 1); // past the colon
        i = this.skip(this.value(i, [...path, key]));
        if (this.text[i] === ',') i = this.skip(i + 1);
        else return i + 1; // '}'
      }
    }
    if (c === '[') {
      i = this.skip(i + 1);
      if (this.text[i] === ']') return i + 1;
      for (let n = 0; ; n++) {
        i = this.skip(this.value(i, [...path, n]));
        if (this.text[i] === ',') i = this.skip(i + 1);
        else return i + 1; // ']'
      }
    }
    if (c === '"') return this.string(i);
    while (i < this.text.length && !/[\s,\]}]/.test(this.text[i]!)) i++;
    return i;
  }

  /** The index after the string that starts at `i`. */
  private string(i: number): number {
    for (i++; i < this.text.length; i++) {
      if (this.text[i] === '\\') i++;
      else if (this.text[i] === '"') return i + 1;
    }
    throw new SyntaxError('unterminated string');
  }
}
