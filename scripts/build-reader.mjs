// `npm run build:reader`: writes src/feed/verdict.ts, zod's verdict on a feed without zod, from
// the schema itself (src/feed/schema.ts) transcribed into the combinators of src/feed/readers.ts.
// A page then needs zod only when a feed has a problem to word: a right feed is read without it
// (src/feed/read.ts), and zod is fetched on the first item it refuses. tests/cli/reader.test.mjs
// fails when the file is older than the schema; tests/feed/verdict.test.ts checks, on random
// feeds, that both give the same verdict and the same data.
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

/** schema.ts and rules.ts as one module, so that a rule is the same function in both. */
async function loadSchema() {
  const dir = mkdtempSync(join(tmpdir(), 'tiendo-reader-'));
  try {
    const file = join(dir, 'schema.mjs');
    await build({
      stdin: { contents: "export * as schema from './src/feed/schema.ts'; export * as rules from './src/feed/rules.ts';", resolveDir: root, loader: 'ts' },
      bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'error',
    });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function generateReader() {
  const { schema, rules } = await loadSchema();
  const exported = new Map(Object.entries(schema).filter(([, s]) => s?._zod).map(([name, s]) => [s, name[0].toLowerCase() + name.slice(1)]));
  const ruleNames = new Map(Object.entries(rules).filter(([, f]) => typeof f === 'function').map(([name, f]) => [f, name]));
  const used = new Set();
  const declared = new Set();
  const declarations = [];
  const fail = (where, what) => {
    throw new Error(`scripts/build-reader.mjs: ${where}: ${what} — teach src/feed/readers.ts and the generator, or leave it to zod`);
  };
  const call = (name, ...args) => (used.add(name), `${name}(${args.join(', ')})`);

  /** The reader of `s` as an expression; a schema schema.ts exports is a named constant. */
  function expr(s, where) {
    const name = exported.get(s);
    if (name && declared.has(name)) return name;
    const text = readerOf(s, name ?? where);
    if (!name) return text;
    declared.add(name);
    declarations.push(`const ${name} = ${text};`);
    return name;
  }

  function readerOf(s, where) {
    const def = s._zod.def;
    const checks = checksOf(s, where);
    if (def.coerce) fail(where, 'a coercing schema');
    switch (def.type) {
      case 'string':
        return call('string', ...checks);
      case 'number':
        return call('number', ...checks);
      case 'boolean':
        return call('boolean', ...checks);
      case 'unknown':
        return call('unknown', ...checks);
      case 'enum':
      case 'literal':
        return call('oneOf', JSON.stringify([...s._zod.values]), ...checks);
      case 'optional':
        if (def.innerType._zod.optin === 'defaulted') fail(where, 'an optional default');
        return call('optional', expr(def.innerType, where), ...checks);
      case 'default':
        // A function: a fresh value each time, as zod gives (its `defaultValue` is a getter that copies).
        return call('withDefault', expr(def.innerType, where), `() => (${JSON.stringify(def.defaultValue)})`, ...checks);
      case 'array':
        return call('array', expr(def.element, `${where}[]`), ...checks);
      case 'union':
        if (def.inclusive === false || def.discriminator !== undefined) fail(where, 'an exclusive or discriminated union');
        return call('union', `[${def.options.map((o, i) => expr(o, `${where}|${i}`)).join(', ')}]`, ...checks);
      case 'object': {
        if (def.catchall) fail(where, 'an object with a catchall');
        const fields = Object.entries(def.shape).map(([key, field]) => {
          if (key === '__proto__') fail(where, 'a key named __proto__');
          const { optin, optout } = field._zod;
          const known = (optin === 'optional' && optout === 'optional') || (optin === 'defaulted' && optout !== 'optional') || optin === undefined;
          if (!known) fail(`${where}.${key}`, `a field that is optional in an unusual way (${optin}/${optout})`);
          return `${/^[A-Za-z_]\w*$/.test(key) ? key : JSON.stringify(key)}: ${expr(field, `${where}.${key}`)}`;
        });
        return call('object', `{ ${fields.join(', ')} }`, ...checks);
      }
      case 'record':
        if (def.keyType._zod.values || def.mode === 'loose' || def.partial) fail(where, 'a record with enumerated or loose keys');
        return call('record', expr(def.keyType, `${where}{key}`), expr(def.valueType, `${where}{}`), ...checks);
      default:
        return fail(where, `a schema of kind "${def.type}"`);
    }
  }

  /** zod's checks as predicates: the kinds schema.ts uses. */
  function checksOf(s, where) {
    return (s._zod.def.checks ?? []).map((check) => {
      const { traits, def } = check._zod;
      const n = (value) => (typeof value === 'number' ? String(value) : fail(where, 'a non-numeric bound'));
      if (traits.has('$ZodCheckRegex')) {
        if (/[gy]/.test(def.pattern.flags)) fail(where, 'a global or sticky pattern');
        return call('matches', String(def.pattern));
      }
      if (traits.has('$ZodCheckMinLength')) return call('minLength', n(def.minimum));
      if (traits.has('$ZodCheckMaxLength')) return call('maxLength', n(def.maximum));
      if (traits.has('$ZodCheckGreaterThan')) return call(def.inclusive ? 'atLeast' : 'above', n(def.value));
      if (traits.has('$ZodCheckLessThan')) return call(def.inclusive ? 'atMost' : 'below', n(def.value));
      if (traits.has('$ZodCustom') && !def.when) {
        const rule = ruleNames.get(def.fn) ?? fail(where, 'a refine whose function is not exported by src/feed/rules.ts');
        used.add(`rules:${rule}`);
        return rule;
      }
      return fail(where, `a check of kind ${[...traits].join('/')}`);
    });
  }

  const entries = ENTRIES.map((name) => [name, expr(schema[name] ?? fail(name, 'not exported by schema.ts'), name)]);
  const imports = (prefix) => [...used].filter((u) => prefix ? u.startsWith(prefix) : !u.includes(':')).map((u) => u.slice(prefix.length)).sort().join(', ');
  return `// GENERATED by scripts/build-reader.mjs from src/feed/schema.ts: do not edit; run \`npm run build:reader\`.
/**
 * The feed's schema, transcribed for readers.ts: zod's verdict on a feed, without zod. Each reader
 * returns the data \`z.safeParse\` would give, or ASK when only zod can say (read.ts then asks it).
 */
import type { Agency, FeedFrame, Section, Target, Task } from './schema.js';
import { ${imports('rules:')} } from './rules.js';
import { ${imports('')}, type Reader } from './readers.js';

${declarations.join('\n')}

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
