// A leaf (string, number, boolean, unknown, enum, literal) is read by a test: its data is the value
// itself. Its verdict is one boolean expression — zod's type test and checks — and a string shown
// as text is bidi-isolated as it is read (src/feed/bidi.ts), so that no second walk over the feed
// is needed: the data is zod's, isolated as read.ts would isolate it.
//
// `gen` is the generation under way (see compile.mjs): the schema's names, rules and the
// declarations written so far.
import { asciiOnly, refuse } from './schema-walk.mjs';

const bound = (value, where) => (typeof value === 'number' ? String(value) : refuse(where, 'a non-numeric bound'));

/** One of zod's checks on `x` as a boolean expression. */
function checkExpression(gen, check, x, where) {
  const { traits, def } = check._zod;
  if (traits.has('$ZodCheckRegex')) {
    if (/[gy]/.test(def.pattern.flags)) refuse(where, 'a global or sticky pattern');
    return `${gen.out.pattern(String(def.pattern))}.test(${x})`;
  }
  if (traits.has('$ZodCheckMinLength')) return `${gen.out.use('readers', 'minLength')}(${x}, ${bound(def.minimum, where)})`;
  if (traits.has('$ZodCheckMaxLength')) return `${gen.out.use('readers', 'maxLength')}(${x}, ${bound(def.maximum, where)})`;
  if (traits.has('$ZodCheckGreaterThan')) return `${x} ${def.inclusive ? '>=' : '>'} ${bound(def.value, where)}`;
  if (traits.has('$ZodCheckLessThan')) return `${x} ${def.inclusive ? '<=' : '<'} ${bound(def.value, where)}`;
  if (traits.has('$ZodCustom') && !def.when) {
    const rule = gen.rules.get(def.fn) ?? refuse(where, 'a refine whose function is not exported by src/feed/rules.ts');
    gen.out.use('rules', rule);
    // A list or map is built as Record<string, unknown>: the rule's own type is zod's to hold.
    return `${rule}(${x === 'out' ? 'out as never' : x})`;
  }
  return refuse(where, `a check of kind ${[...traits].join('/')}`);
}

/** zod's checks on `x` (a value already of the schema's type) as one boolean expression, or ''. */
export function checks(gen, s, x, where) {
  return (s._zod.def.checks ?? []).map((check) => checkExpression(gen, check, x, where)).join(' && ');
}

/** A leaf's verdict on `x` written out in full: its type test, then its checks. */
export function leafTest(gen, s, x, where) {
  const def = s._zod.def;
  if (def.coerce) refuse(where, 'a coercing schema');
  const and = (type) => [type, checks(gen, s, x, where)].filter(Boolean).join(' && ') || 'true';
  switch (def.type) {
    case 'string': return and(`typeof ${x} === 'string'`);
    // zod refuses NaN and ±Infinity as numbers.
    case 'number': return and(`typeof ${x} === 'number' && Number.isFinite(${x})`);
    case 'boolean': return and(`typeof ${x} === 'boolean'`);
    case 'unknown': return and('');
    case 'enum':
    case 'literal': {
      const values = [...s._zod.values];
      if (values.length === 1) return and(`${x} === ${JSON.stringify(values[0])}`);
      return and(`${gen.out.valueSet(values)}.has(${x})`);
    }
    default: return refuse(where, `a schema of kind "${def.type}"`);
  }
}

/**
 * A leaf's verdict on `x` as a boolean expression. A bare type test is written in place; anything
 * longer is a function, written once per schema (and once per same code: every year of the
 * schema is one test).
 */
export function test(gen, s, x, where) {
  const { type, checks: own } = s._zod.def;
  if (!gen.exported.has(s) && !own?.length && type !== 'enum' && type !== 'literal') return leafTest(gen, s, x, where);
  return `${gen.declare(s, gen.exported.get(s) ?? where, where)}(${x})`;
}

/** Whether a leaf's strings are text to isolate: not an enum, not a pattern that takes ASCII only (an id, a date). */
export function isText(gen, s, where) {
  const def = s._zod.def;
  if (def.type === 'enum' || def.type === 'literal') {
    if ([...s._zod.values].some((v) => typeof v === 'string' && gen.isolate(v) !== v)) refuse(where, 'an enum value with direction controls or right-to-left letters');
    return false;
  }
  return def.type === 'string' && !(def.checks ?? []).some((c) => c._zod.traits.has('$ZodCheckRegex') && asciiOnly(c._zod.def.pattern));
}

/** `x` as the reader gives it back: isolated when it is text. */
export function asText(gen, s, x, where) {
  return isText(gen, s, where) ? `${gen.out.use('bidi', 'isolate')}(${x})` : x;
}

/** A leaf's test, typed as what it lets through (so that the reader may isolate a string). */
export function guard(s) {
  const { type } = s._zod.def;
  if (type === 'enum' || type === 'literal') return `v is ${[...new Set([...s._zod.values].map((v) => typeof v))].join(' | ')}`;
  return type === 'unknown' ? 'boolean' : `v is ${type}`;
}
