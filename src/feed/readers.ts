/**
 * zod's rules, as plain functions, for the kinds of schema the feed uses: verdict.ts (generated
 * from schema.ts) builds the feed's readers from these. A reader returns what `z.safeParse` would
 * give as data — unknown keys left out, defaults filled in, keys in the schema's order, an absent
 * optional key still absent — or ASK whenever zod might not accept the value. Then zod decides, and
 * words the problem (read.ts): so a right feed is read without loading zod at all, and every
 * problem is still zod's to describe. tests/feed/verdict.test.ts checks, value for value, that the
 * two agree on random feeds.
 */

/** Only zod can say: ask it. */
export const ASK: unique symbol = Symbol('ask zod');
export type Ask = typeof ASK;

export interface Reader<T = unknown> {
  (value: unknown): T | Ask;
  /** How an object treats the key when it is absent (zod's `optin`). */
  mode?: 'optional' | 'defaulted';
}

/** A check of zod's, on a value already of the right type. */
type Check = (value: never) => boolean;

function checked<T>(read: (v: unknown) => T | Ask, checks: Check[]): Reader<T> {
  if (checks.length === 0) return read;
  return (v) => {
    const out = read(v);
    if (out === ASK) return ASK;
    for (const check of checks) if (!check(out as never)) return ASK;
    return out;
  };
}

export const string = (...checks: Check[]): Reader<string> => checked((v) => (typeof v === 'string' ? v : ASK), checks);
// zod refuses NaN and ±Infinity as numbers.
export const number = (...checks: Check[]): Reader<number> => checked((v) => (typeof v === 'number' && Number.isFinite(v) ? v : ASK), checks);
export const boolean = (...checks: Check[]): Reader<boolean> => checked((v) => (typeof v === 'boolean' ? v : ASK), checks);
export const unknown = (...checks: Check[]): Reader => checked((v) => v, checks);

export function oneOf(values: readonly unknown[], ...checks: Check[]): Reader {
  const set = new Set(values);
  return checked((v) => (set.has(v) ? v : ASK), checks);
}

export function optional<T>(read: Reader<T>, ...checks: Check[]): Reader<T | undefined> {
  const out: Reader<T | undefined> = checked((v) => (v === undefined ? undefined : read(v)), checks);
  out.mode = 'optional';
  return out;
}

export function withDefault<T>(read: Reader<T>, value: () => T, ...checks: Check[]): Reader<T> {
  const out = checked((v) => {
    if (v === undefined) return value();
    const got = read(v);
    return got === undefined ? value() : got;
  }, checks);
  out.mode = 'defaulted';
  return out;
}

export function array<T>(element: Reader<T>, ...checks: Check[]): Reader<T[]> {
  return checked((v) => {
    if (!Array.isArray(v)) return ASK;
    const out = new Array<T>(v.length);
    for (let i = 0; i < v.length; i++) {
      const item = element(v[i]);
      if (item === ASK) return ASK;
      out[i] = item;
    }
    return out;
  }, checks);
}

/** The first option that takes the value, as zod's `z.union` does. */
export function union(options: readonly Reader[], ...checks: Check[]): Reader {
  return checked((v) => {
    for (const option of options) {
      const out = option(v);
      if (out !== ASK) return out;
    }
    return ASK;
  }, checks);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Named keys only, in the schema's order; an absent optional key stays absent (zod's rules). */
export function object(shape: Record<string, Reader>, ...checks: Check[]): Reader<Record<string, unknown>> {
  const fields = Object.entries(shape).map(([key, read]) => ({ key, read, mode: read.mode ?? 'required' }));
  return checked((v) => {
    if (!isPlainObject(v)) return ASK;
    const out: Record<string, unknown> = {};
    for (const { key, read, mode } of fields) {
      if (mode !== 'defaulted' && !(key in v)) {
        if (mode === 'required') return ASK;
        continue;
      }
      const value = read(v[key]);
      if (value === ASK) return ASK;
      out[key] = value;
    }
    return out;
  }, checks);
}

/** A map of plain string keys; anything unusual (symbols, `__proto__`, a class) is zod's to judge. */
export function record(key: Reader, value: Reader, ...checks: Check[]): Reader<Record<string, unknown>> {
  return checked((v) => {
    if (!isPlainObject(v)) return ASK;
    const proto = Object.getPrototypeOf(v);
    if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(v).length) return ASK;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      // A refused key is zod's to word (and zod may read a key such as "1" as a number).
      if (k === '__proto__' || key(k) !== k) return ASK;
      const read = value(v[k]);
      if (read === ASK) return ASK;
      out[k] = read;
    }
    return out;
  }, checks);
}

// ---- checks -----------------------------------------------------------------------------------

export const matches = (pattern: RegExp): Check => (s: string) => pattern.test(s);

/**
 * zod counts a string's length in code points (one or two UTF-16 units each), a list's in items.
 * Counted only when `length` alone cannot tell.
 */
export const minLength = (n: number): Check => (v: string | unknown[]) =>
  typeof v === 'string' ? v.length >= 2 * n || (v.length >= n && codePoints(v, n) >= n) : v.length >= n;
export const maxLength = (n: number): Check => (v: string | unknown[]) =>
  typeof v === 'string' ? v.length <= n || codePoints(v, n + 1) <= n : v.length <= n;

/** The code points of `s`, counting stops at `stop`. */
function codePoints(s: string, stop: number): number {
  let count = 0;
  for (const _ of s) if (++count >= stop) break;
  return count;
}

export const atLeast = (n: number): Check => (v: number) => v >= n;
export const atMost = (n: number): Check => (v: number) => v <= n;
export const above = (n: number): Check => (v: number) => v > n;
export const below = (n: number): Check => (v: number) => v < n;
