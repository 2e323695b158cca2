/**
 * Where a JSON text first goes wrong, for when the engine does not say: V8 gives no position for
 * `Unexpected token 'S', "STT\tNội"... is not valid JSON`, and other engines word it differently
 * again. A typo on line 9 must be reported on line 9, not at the end of the file.
 *
 * A small recursive-descent reader of RFC 8259 that stops at the first character no JSON text
 * may have there. It only locates; `JSON.parse` remains the judge of validity.
 */

/** The index of the first character that makes `text` invalid JSON (text.length when it ends too soon). */
export function syntaxErrorIndex(text: string): number {
  let i = 0;
  const n = text.length;
  class Stop {
    constructor(readonly at: number) {}
  }
  const fail = (at = i): never => {
    throw new Stop(Math.min(at, n));
  };
  const space = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** `true`, `false`, `null`: a misspelt one is wrong from its first letter ("flase"). */
  const literal = (word: string) => {
    if (text.slice(i, i + word.length) !== word) fail();
    i += word.length;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= n) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 2);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1);
      } else i++;
    }
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (text[i]! >= '1' && text[i]! <= '9') while (text[i]! >= '0' && text[i]! <= '9') i++;
    else fail();
    if (text[i] === '.') {
      i++;
      if (!(text[i]! >= '0' && text[i]! <= '9')) fail();
      while (text[i]! >= '0' && text[i]! <= '9') i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!(text[i]! >= '0' && text[i]! <= '9')) fail();
      while (text[i]! >= '0' && text[i]! <= '9') i++;
    }
  };
  // Nesting is kept on an explicit stack: a feed of 100,000 "[" must not overflow the call stack.
  const stack: Array<'{' | '['> = [];
  const value = () => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      space();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        return after();
      }
      if (c === '{') key();
      return true; // a value follows
    }
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail();
    return after();
  };
  const key = () => {
    if (text[i] !== '"') fail();
    string();
    space();
    if (text[i] !== ':') fail();
    i++;
  };
  /** After a complete value: close containers or move to the next member; true when a value follows. */
  const after = (): boolean => {
    for (;;) {
      space();
      const open = stack.at(-1);
      if (!open) return false;
      if (text[i] === ',') {
        i++;
        space();
        if (open === '{') key();
        return true;
      }
      if (text[i] === (open === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      fail();
    }
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    while (value());
    space();
    if (i < n) fail();
    return n;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}

/** Line and column (1-based; the column counts UTF-16 units, as editors do) of an index. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: index - start + 1 };
}
