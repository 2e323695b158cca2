// What the generator learns from the schema's definitions (`schema._zod.def`), and nothing else:
// the kinds and checks the feed uses. A kind it does not know is refused with its path, rather
// than guessed at: a wrong guess would let the widgets accept what zod refuses.

/** Stops the build at a schema the generator does not know (`where` is its path in the schema). */
export function refuse(where, what) {
  throw new Error(`scripts/build-reader.mjs: ${where}: ${what} — teach the generator, or leave it to zod`);
}

/** Fields whose strings are not text for readers (as for isolateAll in src/feed/bidi.ts): links, the schema's URL. */
export const NOT_TEXT = new Set(['url', '$schema']);

/**
 * isolateAll (src/feed/bidi.ts) isolates zod's data without the schema: it takes a `url` for a
 * link only in a list's element and in the programme's `source`, and for a language in any other
 * object. A `url` field elsewhere, or a language map as a list's element, would be read one way by
 * the readers and the other way there: refused.
 */
export function checkLinks(s, where, link = false) {
  const def = s._zod.def;
  if (def.type === 'record' && link) refuse(where, 'a language map as a list element (isolateAll would leave its "url")');
  if (def.type === 'object') {
    for (const [key, field] of Object.entries(def.shape)) {
      if (key === 'url' && !link) refuse(where, "a url outside a list element or the programme's source (isolateAll would isolate it)");
      checkLinks(field, `${where}.${key}`, `${where}.${key}` === 'FeedFrame.programme.source');
    }
  } else for (const inner of [def.innerType, def.element, def.valueType, ...(def.options ?? [])]) if (inner) checkLinks(inner, where, def.type === 'array' || link);
}

const LEAVES = new Set(['string', 'number', 'boolean', 'unknown', 'enum', 'literal']);
/** A leaf's data is the value itself: it is tested, not rebuilt. */
export const isLeaf = (s) => LEAVES.has(s._zod.def.type);

/** Whether a schema may take `undefined` (then a required key must be checked with `in`). */
export function takesUndefined(s) {
  const { type, options } = s._zod.def;
  return type === 'unknown' || type === 'optional' || type === 'default' || (type === 'union' && options.some(takesUndefined));
}

/** Exported schema → its reader's name (Task → task), so that a shape keeps its name wherever it is met. */
export function exportedNames(schema) {
  return new Map(Object.entries(schema).filter(([, s]) => s?._zod).map(([name, s]) => [s, name[0].toLowerCase() + name.slice(1)]));
}

/** Rule function → its name in rules.ts: a refine is written as a call to the same rule. */
export function ruleNames(rules) {
  return new Map(Object.entries(rules).filter(([, f]) => typeof f === 'function').map(([name, f]) => [f, name]));
}

/**
 * What every item of a hot list has — its shape, and the shapes its required and defaulted fields
 * take (lists of ids) — to be read by straight code. Optional fields are met on a few items only.
 */
export function hotSchemas(roots) {
  const hot = new Set();
  const mark = (s) => {
    if (hot.has(s)) return;
    hot.add(s);
    const def = s._zod.def;
    if (def.type === 'object') for (const f of Object.values(def.shape)) f._zod.def.type !== 'optional' && mark(f);
    // A union's first option is its everyday form (text as a string); the others (a language map,
    // a structured timeframe) are met on a few items.
    for (const inner of [def.innerType, def.element, def.keyType, def.valueType, def.options?.[0]]) if (inner && def.type !== 'optional') mark(inner);
  };
  for (const s of roots) mark(s);
  return hot;
}

/**
 * An object schema's fields as [key, field, path], refusing what neither reader knows: a
 * catchall, a key named __proto__, a field optional in a way other than zod's optional and default.
 */
export function shapeOf(s, where) {
  const def = s._zod.def;
  if (def.catchall) refuse(where, 'an object with a catchall');
  return Object.entries(def.shape).map(([key, field]) => {
    const at = `${where}.${key}`;
    if (key === '__proto__') refuse(where, 'a key named __proto__');
    const { optin, optout } = field._zod;
    const known = (optin === 'optional' && optout === 'optional') || (optin === 'defaulted' && optout !== 'optional') || optin === undefined;
    if (!known) refuse(at, `a field that is optional in an unusual way (${optin}/${optout})`);
    return [key, field, at];
  });
}

/**
 * The schema inside an optional or defaulted one. Checks on the wrapper and a default inside an
 * optional are refused: zod would fill in the default where the readers leave the key absent.
 */
export function unwrap(s, where) {
  const def = s._zod.def;
  if (def.checks?.length) refuse(where, `checks on a schema of kind "${def.type}"`);
  if (def.type === 'optional' && def.innerType._zod.optin === 'defaulted') refuse(where, 'an optional default');
  return def.innerType;
}

/** A default as an expression that makes a fresh value each time, as zod does (its `defaultValue` is a getter that copies). */
export const fallback = (def) => `(${JSON.stringify(def.defaultValue)})`;

/**
 * Whether every string a pattern accepts is ASCII: literal ASCII, \d, \w and character classes of
 * those only (no dot, no negated class, no \s — which takes U+FEFF —, no flags that fold case).
 * Such a string (an id, a date) carries no direction: the reader need not isolate it.
 */
export function asciiOnly(pattern) {
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
