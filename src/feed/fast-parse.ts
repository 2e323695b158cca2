/**
 * A faster road to zod's own verdict for the feed that is right, which is almost every feed.
 *
 * zod's interpreter walks the schema with a payload and an issue list per field: about 15 µs a
 * task, most of a 10,000-task feed's reading. This module turns a schema built in schema.ts into
 * plain nested functions, once per schema, that return what `z.safeParse` returns as data
 * (unknown keys stripped, defaults filled, the same key order), or FAIL when zod would report a
 * problem. It reads only the schema's definition and runs zod's own checks (`minLength`, `regex`,
 * the `refine`s), so the browser and the CLI still have one schema and one verdict; whatever it
 * does not know (a schema kind the feed does not use, a record with odd keys) it hands back to
 * zod by throwing BAIL. The words and paths of a problem are always zod's: parse.ts asks zod
 * again for an item the fast road refuses. tests/feed/fast-parse.test.ts checks that both roads
 * agree, value for value, on random feeds.
 */
import * as z from 'zod/mini';

type Schema = z.core.$ZodType;
type Def = { type: string; checks?: z.core.$ZodCheck[]; [k: string]: any };

/** What zod would refuse. */
export const FAIL: unique symbol = Symbol('fail');
/** Only zod can tell: ask it. */
export const UNSURE: unique symbol = Symbol('unsure');
/** Thrown where only zod can say; `fastParse` answers UNSURE. */
const BAIL: unique symbol = Symbol('bail');

type Fast = (value: unknown) => unknown;

const compiled = new WeakMap<Schema, Fast | null>();

/** The data zod would give for `value`, FAIL when zod would refuse it, or UNSURE. */
export function fastParse(schema: Schema, value: unknown): unknown {
  let fast = compiled.get(schema);
  if (fast === undefined) compiled.set(schema, (fast = compileOrNull(schema)));
  if (!fast) return UNSURE;
  try {
    return fast(value);
  } catch (e) {
    if (e === BAIL) return UNSURE;
    throw e;
  }
}

function compileOrNull(schema: Schema): Fast | null {
  try {
    return compile(schema);
  } catch (e) {
    if (e === BAIL) return null;
    throw e;
  }
}

function compile(schema: Schema): Fast {
  const def = schema._zod.def as Def;
  const parse = compileType(schema, def);
  const checks = (def.checks ?? []).map(checkOf);
  if (checks.length === 0) return parse;
  return (value) => {
    const out = parse(value);
    if (out === FAIL) return FAIL;
    for (const check of checks) if (!check(out)) return FAIL;
    return out;
  };
}

/**
 * zod's verdict on one check, for the checks schema.ts uses (a check of another kind makes the
 * whole schema zod's). Lengths count code points in zod; that is only needed near the limit.
 */
function checkOf(check: z.core.$ZodCheck): (value: unknown) => boolean {
  const { traits, def } = check._zod as unknown as { traits: Set<string>; def: { [k: string]: any } };
  const byZod = (value: unknown) => {
    const payload = { value, issues: [] } as unknown as z.core.ParsePayload<never>;
    if (check._zod.check(payload) instanceof Promise) throw BAIL;
    return payload.issues.length === 0;
  };
  if (traits.has('$ZodCheckRegex')) {
    const pattern = def.pattern as RegExp;
    return (v) => ((pattern.lastIndex = 0), pattern.test(v as string));
  }
  if (traits.has('$ZodCheckMinLength')) return (v) => (v as { length: number }).length >= 2 * def.minimum || byZod(v);
  if (traits.has('$ZodCheckMaxLength')) return (v) => (v as { length: number }).length <= def.maximum || byZod(v);
  if (traits.has('$ZodCheckGreaterThan')) return def.inclusive ? (v) => (v as number) >= def.value : (v) => (v as number) > def.value;
  if (traits.has('$ZodCheckLessThan')) return def.inclusive ? (v) => (v as number) <= def.value : (v) => (v as number) < def.value;
  if (traits.has('$ZodCustom') && !def.when) {
    const fn = def.fn as (value: unknown) => unknown;
    return (v) => {
      const ok = fn(v);
      if (ok instanceof Promise) throw BAIL;
      return Boolean(ok);
    };
  }
  throw BAIL;
}

function compileType(schema: Schema, def: Def): Fast {
  if (def.coerce) throw BAIL;
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : FAIL);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'unknown':
      return (v) => v;
    case 'enum':
    case 'literal': {
      const values = schema._zod.values!;
      return (v) => (values.has(v as never) ? v : FAIL);
    }
    case 'optional': {
      const inner = def.innerType as Schema;
      if (inner._zod.optin === 'defaulted') throw BAIL;
      const fast = compile(inner);
      return (v) => (v === undefined ? undefined : fast(v));
    }
    case 'default': {
      const fast = compile(def.innerType as Schema);
      return (v) => {
        if (v === undefined) return def.defaultValue; // a fresh copy each time, as zod gives
        const out = fast(v);
        return out === undefined ? def.defaultValue : out;
      };
    }
    case 'array': {
      const element = compile(def.element as Schema);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) if ((out[i] = element(v[i])) === FAIL) return FAIL;
        return out;
      };
    }
    case 'union':
      return union(def);
    case 'object':
      return object(def);
    case 'record':
      return record(def);
    default:
      throw BAIL; // a kind the feed's schema does not use: zod reads it
  }
}

/** The first option that takes the value, as zod's `z.union` does. */
function union(def: Def): Fast {
  if (def.inclusive === false || def.discriminator !== undefined) throw BAIL;
  const options = (def.options as Schema[]).map(compile);
  return (v) => {
    for (const option of options) {
      const out = option(v);
      if (out !== FAIL) return out;
    }
    return FAIL;
  };
}

/** Named keys only, in the schema's order; an absent optional key stays absent (zod's rules). */
function object(def: Def): Fast {
  if (def.catchall) throw BAIL;
  const fields = Object.entries(def.shape as Record<string, Schema>).map(([key, schema]) => {
    const { optin, optout } = schema._zod;
    const mode = optin === 'optional' && optout === 'optional' ? 'optional' : optin === 'defaulted' && optout !== 'optional' ? 'defaulted' : optin === undefined ? 'required' : null;
    if (!mode || key === '__proto__') throw BAIL;
    return { key, mode, parse: compile(schema) };
  });
  return (v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, mode, parse } of fields) {
      if (mode !== 'defaulted' && !(key in input)) {
        if (mode === 'required') return FAIL;
        continue;
      }
      const value = parse(input[key]);
      if (value === FAIL) return FAIL;
      out[key] = value;
    }
    return out;
  };
}

/** A map of plain string keys; anything unusual (symbols, `__proto__`, a class) is zod's to judge. */
function record(def: Def): Fast {
  const keyType = def.keyType as Schema;
  if (keyType._zod.values || def.mode === 'loose' || def.partial) throw BAIL;
  const key = compile(keyType);
  const value = compile(def.valueType as Schema);
  return (v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return FAIL;
    const proto = Object.getPrototypeOf(v);
    if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(v).length) throw BAIL;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k === '__proto__' || key(k) !== k) throw BAIL; // a refused key: zod words it (and may read it as a number)
      const parsed = value((v as Record<string, unknown>)[k]);
      if (parsed === FAIL) return FAIL;
      out[k] = parsed;
    }
    return out;
  };
}
