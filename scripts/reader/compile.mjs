// The schema compiled into declarations: each schema met is declared once, as one of four forms —
// a leaf's test, a shared list loop, a field table (field-tables.mjs), or a function in straight
// code (task-reader.mjs) — and named after the schema or its path.
//
// The walk is recursive (a shape's fields are schemas too) and spans modules: they reach back for
// `declare` and `reader` through `gen`, the generation under way, rather than by importing this
// module, so that no two modules import each other.
import { createDeclarations } from './declarations.mjs';
import { fieldTable } from './field-tables.mjs';
import { asText, guard, leafTest } from './leaf-tests.mjs';
import { exportedNames, hotSchemas, isLeaf, refuse, ruleNames } from './schema-walk.mjs';
import { straightBody } from './task-reader.mjs';

/** What follows a schema's name in its declaration. */
function declarationCode(gen, s, where) {
  const { type, element, checks: own } = s._zod.def;
  if (isLeaf(s)) return ` = (v: unknown): ${guard(s)} => ${leafTest(gen, s, 'v', where)};`;
  // A list of objects (a task's updates or links: few, and not on every task) is read by one
  // shared loop; a list of ids, on every task, by its own.
  if (type === 'array' && !isLeaf(element) && !own?.length) return ` = ${gen.out.use('readers', 'list')}(${gen.reader(element, `${where}[]`)});`;
  if (type === 'object' && !gen.hot.has(s)) return ` = ${gen.out.use('readers', 'object')}([\n${fieldTable(gen, s, where)}\n]);`;
  return `(v: unknown): unknown {\n${straightBody(gen, s, where)}\n}`;
}

/**
 * `{ schema, rules, isolate }` (load-schema.mjs) → the generation: `reader(s, where)` and
 * `declare(s, hint, where)` give the name of the function reading `s`, declaring it on first use
 * in `out` (declarations.mjs).
 */
export function createGeneration({ schema, rules, isolate }, hotNames) {
  const exported = exportedNames(schema);
  /** Schema → the name of its function, once written (undefined while being written: a schema may name itself). */
  const named = new Map();
  const gen = {
    exported, isolate,
    rules: ruleNames(rules),
    hot: hotSchemas(hotNames.map((name) => schema[name])),
    out: createDeclarations(),

    /** The name of the function for `s`, named `hint` unless the schema has a name of its own. */
    declare(s, hint, at) {
      if (named.has(s)) return named.get(s) ?? refuse(at, 'a schema that contains itself');
      named.set(s, undefined);
      // Inside a schema of its own name, paths (and so names) start from that name.
      const where = exported.get(s) ?? at;
      const code = declarationCode(gen, s, where);
      const { type, checks: own } = s._zod.def;
      // A bare type test is named for its type (isString), wherever it is met first.
      const bare = isLeaf(s) && !own?.length && ['string', 'number', 'boolean'].includes(type);
      const name = gen.out.declare(code, bare ? `is ${type}` : hint, exported.has(s));
      named.set(s, name);
      return name;
    },

    /** The name of the function reading `s` at path `where`. */
    reader(s, where) {
      const { type, element, checks } = s._zod.def;
      // A list of a named shape is named after it (linkList), wherever it is met first.
      const namedList = type === 'array' && !checks?.length && (exported.has(element) || element._zod.def.type === 'unknown');
      return gen.declare(s, exported.get(s) ?? (namedList ? `${exported.get(element) ?? 'unknown'}List` : where), where);
    },
  };
  return gen;
}

/**
 * The expression exported as `read<Name>`: the schema's reader. A leaf's function is a test (its
 * data is the value itself): read on its own, it gives the value or ASK.
 */
export function entryReader(gen, schema, name) {
  const s = schema[name] ?? refuse(name, 'not exported by schema.ts');
  if (!isLeaf(s)) return gen.reader(s, name);
  return `((v: unknown) => (${gen.reader(s, name)}(v) ? ${asText(gen, s, 'v', name)} : ASK))`;
}
