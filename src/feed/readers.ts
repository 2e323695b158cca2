/**
 * What the generated readers (verdict.ts, compiled from schema.ts by scripts/build-reader.mjs)
 * share: the answer "only zod can say", and zod's rules that take more than an expression. A
 * reader returns what `z.safeParse` would give as data — unknown keys left out, defaults filled in,
 * keys in the schema's order, an absent optional key still absent — or ASK whenever zod might not
 * accept the value. Then zod decides, and words the problem (read.ts): so a right feed is read
 * without loading zod at all, and every problem is still zod's to describe.
 * tests/feed/verdict.test.ts checks, value for value, that the two agree on random feeds.
 */

import { isolate } from './bidi.js';

/** Only zod can say: ask it. */
export const ASK: unique symbol = Symbol('ask zod');
export type Ask = typeof ASK;

export type Reader<T = unknown> = (value: unknown) => T | Ask;

/** How `object` reads a field: absent is fine; absent takes the default; … */
export const OPTIONAL = 1;
export const DEFAULTED = 2;
/** … the key must be there (for a value that may be undefined); `read` is a test, not a reader; a string to isolate. */
export const PRESENT = 4;
export const TEST = 8;
export const TEXT = 16;

/** One field of a shape read by `object`: its key, its reader (or test), how, its default. */
export type Field = readonly [key: string, read: (v: unknown) => unknown, how: number, fallback?: () => unknown];

/**
 * A shape read from a table of its fields — named keys only, in the schema's order, an absent
 * optional key still absent — for the shapes a feed has once or on a few items (the generated
 * code reads those of every item in straight lines, which is faster but takes more bytes).
 */
export function object(fields: readonly Field[]): Reader<Record<string, unknown>> {
  return (v) => {
    if (!isPlainObject(v)) return ASK;
    const out: Record<string, unknown> = {};
    for (const [key, read, how, fallback] of fields) {
      let x = v[key];
      if (x === undefined && how & (OPTIONAL | DEFAULTED)) {
        if (how & DEFAULTED) out[key] = fallback!();
        else if (key in v) out[key] = x;
        continue;
      }
      if (how & PRESENT && !(key in v)) return ASK;
      if (how & TEST) {
        if (!read(x)) return ASK;
        if (how & TEXT) x = isolate(x as string);
      } else if ((x = read(x)) === ASK) return ASK;
      out[key] = x === undefined && how & DEFAULTED ? fallback!() : x;
    }
    return out;
  };
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * zod counts a string's length in code points (one or two UTF-16 units each), a list's in items.
 * Counted only when `length` alone cannot tell.
 */
export const minLength = (v: string | unknown[], n: number): boolean =>
  typeof v === 'string' ? v.length >= 2 * n || (v.length >= n && codePoints(v, n) >= n) : v.length >= n;
export const maxLength = (v: string | unknown[], n: number): boolean =>
  typeof v === 'string' ? v.length <= n || codePoints(v, n + 1) <= n : v.length <= n;

/** The code points of `s`, counting stops at `stop`. */
function codePoints(s: string, stop: number): number {
  let count = 0;
  for (const _ of s) if (++count >= stop) break;
  return count;
}

/** A list of shapes, each read by `read` (the generated lists of objects share this loop). */
export function list(read: (x: unknown) => unknown): Reader<unknown[]> {
  return (v) => {
    if (!Array.isArray(v)) return ASK;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = read(v[i]);
      if (x === ASK) return ASK;
      out[i] = x;
    }
    return out;
  };
}
