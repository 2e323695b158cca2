/**
 * What the generated readers (verdict.ts, compiled from schema.ts by scripts/build-reader.mjs)
 * share: the answer "only zod can say", and zod's rules that take more than an expression. A
 * reader returns what `z.safeParse` would give as data — unknown keys left out, defaults filled in,
 * keys in the schema's order, an absent optional key still absent — or ASK whenever zod might not
 * accept the value. Then zod decides, and words the problem (read.ts): so a right feed is read
 * without loading zod at all, and every problem is still zod's to describe.
 * tests/feed/verdict.test.ts checks, value for value, that the two agree on random feeds.
 */

/** Only zod can say: ask it. */
export const ASK: unique symbol = Symbol('ask zod');
export type Ask = typeof ASK;

export type Reader<T = unknown> = (value: unknown) => T | Ask;

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
