// `npm run build:reader`: writes src/feed/verdict.ts, zod's verdict on a feed without zod, from
// the schema itself (src/feed/schema.ts). A page then needs zod only when a feed has a problem to
// word: a right feed is read without it (src/feed/read.ts), and zod is fetched on the first item
// it refuses. tests/cli/reader.test.mjs fails when the file is older than the schema;
// tests/feed/verdict.test.ts checks, on random feeds, that both give the same verdict and data.
//
// A task, thousands per feed, is read by straight code: a few lines per field, property names
// written out, so that V8 reads and builds each task with inline caches that see one shape. (A
// composition of generic readers met the same few closures at every field and built each object
// key by computed key: about twice as slow.) What a feed has once or on a few items — the frame,
// agencies, sections, targets, updates, links — is a table of fields for readers.ts's `object`,
// which costs a few bytes a field instead of a few lines: the reader ships on every page.
// Text is bidi-isolated as it is read (src/feed/bidi.ts), so nothing walks the feed again.
//
// The generator reads only the schema's definition (`schema._zod.def`): the kinds and checks the
// feed uses. A kind or check it does not know stops the build with its path, rather than guess.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT = 'src/feed/verdict.ts';
/** The schemas read on their own (read.ts reads the frame, then each item of each list; tests read ids). */
const ENTRIES = ['FeedFrame', 'Agency', 'Section', 'Task', 'Target', 'Id'];
/** The list with thousands of items (a programme has tens of agencies and sections): read by straight code, the rest by tables (see `fields`). */
const HOT = ['Task'];

/** schema.ts and rules.ts as one module, so that a rule is the same function in both. */
async function loadSchema() {
  const dir = mkdtempSync(join(tmpdir(), 'tiendo-reader-'));
  try {
    const file = join(dir, 'schema.mjs');
    await build({
      stdin: { contents: "export * as schema from './src/feed/schema.ts'; export * as rules from './src/feed/rules.ts'; export { isolate } from './src/feed/bidi.ts';", resolveDir: root, loader: 'ts' },
      bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'error',
    });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fields whose strings are not text for readers (as for isolateAll in src/feed/bidi.ts): links, the schema's URL. */
const NOT_TEXT = new Set(['url', '$schema']);

/**
 * Whether every string a pattern accepts is ASCII: literal ASCII, \d, \w and character classes of
 * those only (no dot, no negated class, no \s — which takes U+FEFF —, no flags that fold case).
 * Such a string (an id, a date) carries no direction: the reader need not isolate it.
 */
function asciiOnly(pattern) {
  if (pattern.flags.replace(/[dgmsy]/g, '')) return false;
  const src = pattern.source;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      if (!/^[dwb]$|^[^\w]$/.test(src[++i] ?? '')) return false;
    } else if (c === '[' && !inClass) {
      if (src[i + 1] === '^') return false;
      inClass = true;
    } else if (c === ']') inClass = false;
    else if ((c === '.' && !inClass) || c < ' ' || c > '~') return false;
  }
  return true;
}

const LEAVES = new Set(['string', 'number', 'boolean', 'unknown', 'enum', 'literal']);
const isLeaf = (s) => LEAVES.has(s._zod.def.type);
const property = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));
const access = (obj, key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${obj}.${key}` : `${obj}[${JSON.stringify(key)}]`);
/** Whether a schema may take `undefined` (then a required key must be checked with `in`). */
const takesUndefined = (s) => {
  const { type, options } = s._zod.def;
  return type === 'unknown' || type === 'optional' || type === 'default' || (type === 'union' && options.some(takesUndefined));
};

export async function generateReader() {
  const { schema, rules, isolate } = await loadSchema();
  const exported = new Map(Object.entries(schema).filter(([, s]) => s?._zod).map(([name, s]) => [s, name[0].toLowerCase() + name.slice(1)]));
  const ruleNames = new Map(Object.entries(rules).filter(([, f]) => typeof f === 'function').map(([name, f]) => [f, name]));
  const used = new Set();
  // What every item of a list has: its shape, and the shapes its required and defaulted fields
  // take (lists of ids), read by straight code.
  const hot = new Set();
  const markHot = (s) => {
    if (hot.has(s)) return;
    hot.add(s);
    const def = s._zod.def;
    if (def.type === 'object') for (const f of Object.values(def.shape)) f._zod.def.type !== 'optional' && markHot(f);
    // A union's first option is its everyday form (text as a string); the others (a language map,
    // a structured timeframe) are met on a few items.
    for (const inner of [def.innerType, def.element, def.keyType, def.valueType, def.options?.[0]]) if (inner && def.type !== 'optional') markHot(inner);
  };
  for (const name of HOT) markHot(schema[name]);
  /** Schema → the name of its function, once written (or being written: a schema may name itself). */
  const named = new Map();
  const sameCode = new Map();
  const taken = new Set();
  const patterns = new Map();
  const sets = new Map();
  const declarations = [];
  const fail = (where, what) => {
    throw new Error(`scripts/build-reader.mjs: ${where}: ${what} — teach the generator, or leave it to zod`);
  };
  const helper = (name) => (used.add(name), name.replace(/^\w+:/, ''));
  /** A function's name from its path: "task.updates[]" → taskUpdatesItem, "text|record" → textRecord. */
  const fresh = (hint) => {
    const words = hint.replace(/\[\]/g, '.item').replace(/\{key\}/g, '.key').replace(/\{\}/g, '.value').replace(/\|/g, '.');
    const base = words.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toLowerCase());
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    return name;
  };

  /**
   * An object schema's fields as [key, field, path], refusing what neither reader knows: a
   * catchall, a key named __proto__, a field optional in a way zod's rules below do not cover.
   */
  function shapeOf(s, where) {
    const def = s._zod.def;
    if (def.catchall) fail(where, 'an object with a catchall');
    return Object.entries(def.shape).map(([key, field]) => {
      const at = `${where}.${key}`;
      if (key === '__proto__') fail(where, 'a key named __proto__');
      const { optin, optout } = field._zod;
      const known = (optin === 'optional' && optout === 'optional') || (optin === 'defaulted' && optout !== 'optional') || optin === undefined;
      if (!known) fail(at, `a field that is optional in an unusual way (${optin}/${optout})`);
      return [key, field, at];
    });
  }

  /** zod's checks on `x` (a value already of the schema's type) as one boolean expression, or ''. */
  function checks(s, x, where) {
    return (s._zod.def.checks ?? []).map((check) => {
      const { traits, def } = check._zod;
      const n = (value) => (typeof value === 'number' ? String(value) : fail(where, 'a non-numeric bound'));
      if (traits.has('$ZodCheckRegex')) {
        if (/[gy]/.test(def.pattern.flags)) fail(where, 'a global or sticky pattern');
        const source = String(def.pattern);
        if (!patterns.has(source)) patterns.set(source, `PATTERN_${patterns.size}`);
        return `${patterns.get(source)}.test(${x})`;
      }
      if (traits.has('$ZodCheckMinLength')) return `${helper('minLength')}(${x}, ${n(def.minimum)})`;
      if (traits.has('$ZodCheckMaxLength')) return `${helper('maxLength')}(${x}, ${n(def.maximum)})`;
      if (traits.has('$ZodCheckGreaterThan')) return `${x} ${def.inclusive ? '>=' : '>'} ${n(def.value)}`;
      if (traits.has('$ZodCheckLessThan')) return `${x} ${def.inclusive ? '<=' : '<'} ${n(def.value)}`;
      if (traits.has('$ZodCustom') && !def.when) {
        const rule = ruleNames.get(def.fn) ?? fail(where, 'a refine whose function is not exported by src/feed/rules.ts');
        used.add(`rules:${rule}`);
        // A list or map is built as Record<string, unknown>: the rule's own type is zod's to hold.
        return `${rule}(${x === 'out' ? 'out as never' : x})`;
      }
      return fail(where, `a check of kind ${[...traits].join('/')}`);
    }).join(' && ');
  }

  /** A leaf's verdict on `x` as a boolean expression (a leaf's data is the value itself). */
  function test(s, x, where) {
    // A bare type test is written in place; anything longer is a function, written once per
    // schema (and once per same code: every year of the schema is one test).
    const { type, checks: own } = s._zod.def;
    if (!exported.has(s) && !own?.length && type !== 'enum' && type !== 'literal') return leafTest(s, x, where);
    return `${declare(s, exported.get(s) ?? where, where)}(${x})`;
  }

  function leafTest(s, x, where) {
    const def = s._zod.def;
    if (def.coerce) fail(where, 'a coercing schema');
    const and = (type) => [type, checks(s, x, where)].filter(Boolean).join(' && ') || 'true';
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
        const set = JSON.stringify(values);
        if (!sets.has(set)) sets.set(set, `VALUES_${sets.size}`);
        return and(`${sets.get(set)}.has(${x})`);
      }
      default: return fail(where, `a schema of kind "${def.type}"`);
    }
  }

  /** Statements that read `x` in place (x = its data), returning ASK from the function when refused. */
  /**
   * A string the reader shows as text is bidi-isolated as it is read (src/feed/bidi.ts), so that no
   * second walk over the feed is needed: the data is zod's, isolated as read.ts would isolate it.
   */
  function isText(s, where) {
    const def = s._zod.def;
    if (def.type === 'enum' || def.type === 'literal') {
      if ([...s._zod.values].some((v) => typeof v === 'string' && isolate(v) !== v)) fail(where, 'an enum value with direction controls or right-to-left letters');
      return false;
    }
    return def.type === 'string' && !(def.checks ?? []).some((c) => c._zod.traits.has('$ZodCheckRegex') && asciiOnly(c._zod.def.pattern));
  }

  /** Statements that read `x` in place (x = its data), returning ASK from the function when refused. */
  function read(s, x, where, indent, text = true) {
    if (isLeaf(s)) return `if (!(${test(s, x, where)})) return ASK;${text && isText(s, where) ? `\n${indent}${x} = ${helper('bidi:isolate')}(${x});` : ''}`;
    if (!text) fail(where, 'a url or $schema that is not a string');
    return `if ((${x} = ${reader(s, where)}(${x})) === ASK) return ASK;`;
  }

  /** A leaf's test, typed as what it lets through (so that the reader may isolate a string). */
  function guard(s) {
    const { type } = s._zod.def;
    if (type === 'enum' || type === 'literal') return `v is ${[...new Set([...s._zod.values].map((v) => typeof v))].join(' | ')}`;
    return type === 'unknown' ? 'boolean' : `v is ${type}`;
  }

  /** The name of the function reading `s`: written once per schema. */
  function reader(s, where) {
    const { type, element } = s._zod.def;
    // A list of a named shape is named after it (linkList), wherever it is met first.
    const hint = exported.get(s) ?? (type === 'array' && !s._zod.def.checks?.length && (exported.has(element) || element._zod.def.type === 'unknown')
      ? `${exported.get(element) ?? 'unknown'}List` : where);
    return declare(s, hint, where);
  }

  function declare(s, hint, at) {
    if (named.has(s)) return named.get(s) ?? fail(at, 'a schema that contains itself');
    named.set(s, undefined);
    // Inside a schema of its own name, paths (and so names) start from that name.
    const where = exported.get(s) ?? at;
    const { type, element, checks: own } = s._zod.def;
    // A list of objects (a task's updates or links: few, and not on every task) is read by one
    // shared loop; a list of ids, on every task, by its own.
    const shared = type === 'array' && !isLeaf(element) && !own?.length;
    const table = (type === 'object' && !hot.has(s)) || shared;
    const code = isLeaf(s) ? ` = (v: unknown): ${guard(s)} => ${leafTest(s, 'v', where)};`
      : shared ? ` = ${helper('list')}(${reader(element, `${where}[]`)});`
      : type === 'object' && table ? ` = ${helper('object')}([\n${fields(s, where)}\n]);` : `(v: unknown): unknown {\n${body(s, where)}\n}`;
    // A bare type test is named for its type (isString), wherever it is met first.
    const bare = isLeaf(s) && !own?.length && ['string', 'number', 'boolean'].includes(type);
    const name = declareCode(code, bare ? `is ${type}` : hint, exported.has(s));
    named.set(s, name);
    return name;
  }

  /** Two copies of one shape (each task's and each update's links) share one function. */
  function declareCode(code, hint, own = false) {
    let name = own ? undefined : sameCode.get(code);
    if (!name) {
      name = fresh(hint);
      sameCode.set(code, name);
      declarations.push(`${code.startsWith(' = ') ? 'const' : 'function'} ${name}${code}`);
    }
    return name;
  }

  /**
   * A shape not met on every item (the frame, a target, an update) as a table for readers.ts's
   * `object`: its fields cost a few bytes each instead of a few lines, and it is read once per feed
   * or on a few items, where the speed of straight code buys nothing.
   */
  function fields(s, where) {
    if (s._zod.def.checks?.length) fail(where, 'checks on an object');
    return shapeOf(s, where).map(([key, field, at]) => {
      const fd = field._zod.def;
      const how = [];
      let inner = field;
      let fallbackValue = '';
      if (fd.type === 'optional' || fd.type === 'default') {
        if (fd.checks?.length) fail(at, `checks on a field of kind "${fd.type}"`);
        if (fd.innerType._zod.optin === 'defaulted') fail(at, 'an optional default');
        inner = fd.innerType;
        how.push(fd.type === 'optional' ? 'OPTIONAL' : 'DEFAULTED');
        if (fd.type === 'default') fallbackValue = `, () => ${fallback(fd)}`;
      } else if (takesUndefined(field)) how.push('PRESENT');
      let read;
      if (isLeaf(inner)) {
        read = declare(inner, exported.get(inner) ?? at, at);
        how.push('TEST');
        if (!NOT_TEXT.has(key) && isText(inner, at)) how.push('TEXT');
      } else {
        if (NOT_TEXT.has(key)) fail(at, 'a url or $schema that is not a string');
        read = reader(inner, at);
      }
      for (const h of how) used.add(h);
      return `  [${JSON.stringify(key)}, ${read}, ${how.join(' | ') || '0'}${fallbackValue}],`;
    }).join('\n');
  }

  function body(s, where) {
    const def = s._zod.def;
    if (def.coerce) fail(where, 'a coercing schema');
    const noChecks = () => def.checks?.length && fail(where, `checks on a schema of kind "${def.type}"`);
    switch (def.type) {
      case 'optional':
        noChecks();
        if (def.innerType._zod.optin === 'defaulted') fail(where, 'an optional default');
        return `  if (v === undefined) return undefined;\n  let x: unknown = v;\n  ${read(def.innerType, 'x', where, '  ')}\n  return x;`;
      case 'default':
        noChecks();
        return `  if (v === undefined) return ${fallback(def)};\n  let x: unknown = v;\n  ${read(def.innerType, 'x', where, '  ')}\n  return x === undefined ? ${fallback(def)} : x;`;
      case 'array': {
        const rest = checks(s, 'out', where);
        // Sized at once: a list grown by push keeps room for 17 (a task's two lists of ids, each time).
        const loop = `  if (!Array.isArray(v)) return ASK;
  const out: unknown[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let x: unknown = v[i];
    ${read(def.element, 'x', `${where}[]`, '    ')}
    out[i] = x;
  }
  return out;`;
        if (!rest) return loop;
        // A checked list (a task's leads) is the unchecked one's loop, then its checks.
        const plain = exported.has(def.element) ? `${exported.get(def.element)}List` : `${where}[]`;
        return `  const out: unknown = ${declareCode(`(v: unknown): unknown {\n${loop}\n}`, plain)}(v);
  return Array.isArray(out) && ${rest} ? out : ASK;`;
      }
      case 'union': {
        noChecks();
        if (def.inclusive === false || def.discriminator !== undefined) fail(where, 'an exclusive or discriminated union');
        // The first option that takes the value, as zod's `z.union` does.
        const tries = def.options.map((o, i) => isLeaf(o)
          ? `  if (${test(o, 'v', `${where}|${o._zod.def.type}`)}) return ${isText(o, where) ? `${helper('bidi:isolate')}(v)` : 'v'};`
          : `  if ((x = ${reader(o, `${where}|${o._zod.def.type}`)}(v)) !== ASK) return x;`);
        const x = def.options.every(isLeaf) ? '' : '  let x: unknown;\n';
        return `${x}${tries.join('\n')}\n  return ASK;`;
      }
      case 'object': {
        // Named keys only, in the schema's order; an absent optional key stays absent (zod's rules).
        const lines = ['  if (!isPlainObject(v)) return ASK;', '  const out: Record<string, unknown> = {};', '  let x: unknown;'];
        used.add('isPlainObject');
        for (const [key, field, at] of shapeOf(s, where)) {
          const fd = field._zod.def;
          const text = !NOT_TEXT.has(key);
          const get = access('v', key);
          const set = `${access('out', key)} = x;`;
          if (fd.type === 'optional') {
            if (fd.checks?.length) fail(at, 'checks on an optional field');
            if (fd.innerType._zod.optin === 'defaulted') fail(at, 'an optional default');
            lines.push(`  if (${JSON.stringify(key)} in v) {\n    x = ${get};\n    if (x !== undefined) {\n      ${read(fd.innerType, 'x', at, '      ', text)}\n    }\n    ${set}\n  }`);
          } else if (fd.type === 'default') {
            if (fd.checks?.length) fail(at, 'checks on a defaulted field');
            const again = takesUndefined(fd.innerType) ? `\n    if (x === undefined) x = ${fallback(fd)};` : '';
            lines.push(`  x = ${get};\n  if (x === undefined) x = ${fallback(fd)};\n  else {\n    ${read(fd.innerType, 'x', at, '    ', text)}${again}\n  }\n  ${set}`);
          } else {
            const present = takesUndefined(field) ? `  if (!(${JSON.stringify(key)} in v)) return ASK;\n` : '';
            const take = isLeaf(field) || !text ? `x = ${get};\n  ${read(field, 'x', at, '  ', text)}` : `if ((x = ${reader(field, at)}(${get})) === ASK) return ASK;`;
            lines.push(`${present}  ${take}\n  ${set}`);
          }
        }
        const rest = checks(s, 'out', where);
        lines.push(`  return ${rest ? `${rest} ? out : ASK` : 'out'};`);
        return lines.join('\n');
      }
      case 'record': {
        if (def.keyType._zod.values || def.mode === 'loose' || def.partial) fail(where, 'a record with enumerated or loose keys');
        if (!isLeaf(def.keyType) || def.keyType._zod.def.type !== 'string') fail(where, 'a record whose keys are not plain strings');
        const rest = checks(s, 'out', where);
        used.add('isPlainObject');
        // A map of plain string keys; anything unusual (symbols, `__proto__`, a class) is zod's to judge,
        // and so is a refused key (zod may read a key such as "1" as a number).
        return `  if (!isPlainObject(v)) return ASK;
  const proto: unknown = Object.getPrototypeOf(v);
  if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(v).length) return ASK;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    if (k === '__proto__' || !(${test(def.keyType, 'k', `${where}{key}`)})) return ASK;
    let x: unknown = v[k];
    ${read(def.valueType, 'x', `${where}{}`, '    ', false)}
    out[k] = ${isText(def.valueType, where) ? `${[...NOT_TEXT].map((k) => `k === '${k}'`).join(' || ')} ? x : ${helper('bidi:isolate')}(x)` : 'x'};
  }
  return ${rest ? `${rest} ? out : ASK` : 'out'};`;
      }
      default:
        return fail(where, `a schema of kind "${def.type}"`);
    }
  }

  // A fresh value each time, as zod gives (its `defaultValue` is a getter that copies).
  const fallback = (def) => `(${JSON.stringify(def.defaultValue)})`;

  // A leaf's function is a test (its data is the value itself): read on its own, it gives the value or ASK.
  const entries = ENTRIES.map((name) => {
    const s = schema[name] ?? fail(name, 'not exported by schema.ts');
    return [name, isLeaf(s) ? `((v: unknown) => (${reader(s, name)}(v) ? ${isText(s, name) ? `${helper('bidi:isolate')}(v)` : 'v'} : ASK))` : reader(s, name)];
  });
  const rulesUsed = [...used].filter((u) => u.startsWith('rules:')).map((u) => u.slice(6)).sort();
  const helpers = [...used].filter((u) => !u.includes(':')).sort();
  const bidi = [...used].filter((u) => u.startsWith('bidi:')).map((u) => u.slice(5));
  return `// GENERATED by scripts/build-reader.mjs from src/feed/schema.ts: do not edit; run \`npm run build:reader\`.
/**
 * The feed's schema, compiled: zod's verdict on a feed, without zod. Each reader returns the data
 * \`z.safeParse\` would give — unknown keys left out, defaults filled in, keys in the schema's order,
 * an absent optional key still absent — or ASK when only zod can say (read.ts then asks it).
 */
import type { Agency, FeedFrame, Section, Target, Task } from './schema.js';
${rulesUsed.length ? `import { ${rulesUsed.join(', ')} } from './rules.js';\n` : ''}import { ASK, ${helpers.join(', ')}, type Reader } from './readers.js';${bidi.length ? `\nimport { ${bidi.join(', ')} } from './bidi.js';` : ''}

${[...patterns].map(([source, name]) => `const ${name} = ${source};`).join('\n')}
${[...sets].map(([values, name]) => `const ${name} = new Set<unknown>(${values});`).join('\n')}

${declarations.join('\n\n')}

${entries.map(([name, e]) => `export const read${name} = ${e} as Reader<${name === 'Id' ? 'string' : name}>;`).join('\n')}
`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await generateReader();
  const path = join(root, OUT);
  const old = (() => { try { return readFileSync(path, 'utf8'); } catch { return ''; } })();
  if (old !== text) writeFileSync(path, text);
  console.log(`${OUT}: ${old === text ? 'up to date' : 'written'} (${text.length} bytes)`);
}
