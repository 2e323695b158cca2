// The body of a function that reads a shape in straight code: a few lines per field, property
// names written out, so that V8 reads and builds each task (thousands per feed) with inline caches
// that see one shape. (A composition of generic readers met the same few closures at every field
// and built each object key by computed key: about twice as slow.) Each body gets `v`, and returns
// its data or ASK when only zod can say.
//
// `gen` is the generation under way (see compile.mjs).
import { asText, checks, isText, test } from './leaf-tests.mjs';
import { NOT_TEXT, fallback, isLeaf, refuse, shapeOf, takesUndefined, unwrap } from './schema-walk.mjs';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** `obj.key`, or `obj["key"]` for a key that is not a name. */
const access = (obj, key) => (IDENTIFIER.test(key) ? `${obj}.${key}` : `${obj}[${JSON.stringify(key)}]`);

/**
 * Statements that read `x` in place (x becomes its data), returning ASK from the function when
 * refused. `text` false: a string that is not text (a link), left as it is.
 */
function readInPlace(gen, s, x, where, indent, text = true) {
  if (isLeaf(s)) {
    const isolate = text && isText(gen, s, where) ? `\n${indent}${x} = ${gen.out.use('bidi', 'isolate')}(${x});` : '';
    return `if (!(${test(gen, s, x, where)})) return ASK;${isolate}`;
  }
  if (!text) refuse(where, 'a url or $schema that is not a string');
  return `if ((${x} = ${gen.reader(s, where)}(${x})) === ASK) return ASK;`;
}

function optionalBody(gen, s, where) {
  const inner = unwrap(s, where);
  return `  if (v === undefined) return undefined;\n  let x: unknown = v;\n  ${readInPlace(gen, inner, 'x', where, '  ')}\n  return x;`;
}

function defaultedBody(gen, s, where) {
  const def = s._zod.def;
  const inner = unwrap(s, where);
  return `  if (v === undefined) return ${fallback(def)};\n  let x: unknown = v;\n  ${readInPlace(gen, inner, 'x', where, '  ')}\n  return x === undefined ? ${fallback(def)} : x;`;
}

function listBody(gen, s, where) {
  const def = s._zod.def;
  const rest = checks(gen, s, 'out', where);
  // Sized at once: a list grown by push keeps room for 17 (a task's two lists of ids, each time).
  const loop = `  if (!Array.isArray(v)) return ASK;
  const out: unknown[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x: unknown = v[i];
    ${readInPlace(gen, def.element, 'x', `${where}[]`, '    ')}
    out[i] = x;
  }
  return out;`;
  if (!rest) return loop;
  // A checked list (a task's leads) is the unchecked one's loop, then its checks.
  const plain = gen.exported.has(def.element) ? `${gen.exported.get(def.element)}List` : `${where}[]`;
  return `  const out: unknown = ${gen.out.declare(`(v: unknown): unknown {\n${loop}\n}`, plain)}(v);
  return Array.isArray(out) && ${rest} ? out : ASK;`;
}

function unionBody(gen, s, where) {
  const def = s._zod.def;
  if (def.checks?.length) refuse(where, 'checks on a union');
  if (def.inclusive === false || def.discriminator !== undefined) refuse(where, 'an exclusive or discriminated union');
  // The first option that takes the value, as zod's `z.union` does.
  const tries = def.options.map((o) => {
    const at = `${where}|${o._zod.def.type}`;
    return isLeaf(o)
      ? `  if (${test(gen, o, 'v', at)}) return ${asText(gen, o, 'v', where)};`
      : `  if ((x = ${gen.reader(o, at)}(v)) !== ASK) return x;`;
  });
  const x = def.options.every(isLeaf) ? '' : '  let x: unknown;\n';
  return `${x}${tries.join('\n')}\n  return ASK;`;
}

/** The statements that read one field of an object into `out`. */
function fieldStatements(gen, key, field, at) {
  const fd = field._zod.def;
  const text = !NOT_TEXT.has(key);
  const get = access('v', key);
  const set = `${access('out', key)} = x;`;
  if (fd.type === 'optional') {
    const inner = unwrap(field, at);
    return `  if (${JSON.stringify(key)} in v) {\n    x = ${get};\n    if (x !== undefined) {\n      ${readInPlace(gen, inner, 'x', at, '      ', text)}\n    }\n    ${set}\n  }`;
  }
  if (fd.type === 'default') {
    const inner = unwrap(field, at);
    // A value the inner schema reads as undefined takes the default too, as in zod.
    const again = takesUndefined(inner) ? `\n    if (x === undefined) x = ${fallback(fd)};` : '';
    return `  x = ${get};\n  if (x === undefined) x = ${fallback(fd)};\n  else {\n    ${readInPlace(gen, inner, 'x', at, '    ', text)}${again}\n  }\n  ${set}`;
  }
  const present = takesUndefined(field) ? `  if (!(${JSON.stringify(key)} in v)) return ASK;\n` : '';
  const take = isLeaf(field) || !text ? `x = ${get};\n  ${readInPlace(gen, field, 'x', at, '  ', text)}` : `if ((x = ${gen.reader(field, at)}(${get})) === ASK) return ASK;`;
  return `${present}  ${take}\n  ${set}`;
}

function objectBody(gen, s, where) {
  // Named keys only, in the schema's order; an absent optional key stays absent (zod's rules).
  const lines = ['  if (!isPlainObject(v)) return ASK;', '  const out: Record<string, unknown> = {};', '  let x: unknown;'];
  gen.out.use('readers', 'isPlainObject');
  for (const [key, field, at] of shapeOf(s, where)) lines.push(fieldStatements(gen, key, field, at));
  const rest = checks(gen, s, 'out', where);
  lines.push(`  return ${rest ? `${rest} ? out : ASK` : 'out'};`);
  return lines.join('\n');
}

function recordBody(gen, s, where) {
  const def = s._zod.def;
  if (def.keyType._zod.values || def.mode === 'loose' || def.partial) refuse(where, 'a record with enumerated or loose keys');
  if (!isLeaf(def.keyType) || def.keyType._zod.def.type !== 'string') refuse(where, 'a record whose keys are not plain strings');
  const rest = checks(gen, s, 'out', where);
  gen.out.use('readers', 'isPlainObject');
  // Every value is text: a key is a language, "url" too (checkLinks).
  const value = isText(gen, def.valueType, where) ? `${gen.out.use('bidi', 'isolate')}(x)` : 'x';
  // A map of plain string keys; anything unusual (symbols, `__proto__`, a class) is zod's to judge,
  // and so is a refused key (zod may read a key such as "1" as a number).
  return `  if (!isPlainObject(v)) return ASK;
  const proto: unknown = Object.getPrototypeOf(v);
  if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(v).length) return ASK;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    if (k === '__proto__' || !(${test(gen, def.keyType, 'k', `${where}{key}`)})) return ASK;
    let x: unknown = v[k];
    ${readInPlace(gen, def.valueType, 'x', `${where}{}`, '    ', false)}
    out[k] = ${value};
  }
  return ${rest ? `${rest} ? out : ASK` : 'out'};`;
}

const BODIES = { optional: optionalBody, default: defaultedBody, array: listBody, union: unionBody, object: objectBody, record: recordBody };

/** The body of the function that reads `s` in straight code. */
export function straightBody(gen, s, where) {
  const def = s._zod.def;
  if (def.coerce) refuse(where, 'a coercing schema');
  const body = Object.hasOwn(BODIES, def.type) ? BODIES[def.type] : refuse(where, `a schema of kind "${def.type}"`);
  return body(gen, s, where);
}
