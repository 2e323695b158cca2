// What the generated file declares, collected as the schema is walked: the functions and tables,
// the patterns and sets of values they test against, and the imports they use. Names come from
// the schema (paths and exported names), so that the generated file reads like the schema.

/** A function's name from its path: "task.updates[]" → taskUpdatesItem, "text|record" → textRecord. */
export function nameFromPath(path) {
  const words = path.replace(/\[\]/g, '.item').replace(/\{key\}/g, '.key').replace(/\{\}/g, '.value').replace(/\|/g, '.');
  return words.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toLowerCase());
}

export function createDeclarations() {
  const taken = new Set();
  const byCode = new Map();
  /** Declarations in the order written: a function before any that uses it (bar a schema that names itself). */
  const written = [];
  const patterns = new Map();
  const valueSets = new Map();
  /** Module → the names imported from it (readers.js, rules.js, bidi.js). */
  const imports = new Map([['readers', new Set()], ['rules', new Set()], ['bidi', new Set()]]);

  /** A name not taken yet: the second of one path gets a 2. */
  function freshName(hint) {
    const base = nameFromPath(hint);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    return name;
  }

  return {
    written, patterns, valueSets, imports,

    /** Records an import of `name` from `module`, and gives back the name to call. */
    use(module, name) {
      imports.get(module).add(name);
      return name;
    },

    /**
     * Declares `code` (what follows the name: ` = …;` for a constant, `(v) {…}` for a function) and
     * gives its name. Two copies of one shape (each task's and each update's links) share one
     * function; an exported schema always has its own, named after it.
     */
    declare(code, hint, exported = false) {
      let name = exported ? undefined : byCode.get(code);
      if (!name) {
        name = freshName(hint);
        byCode.set(code, name);
        written.push(`${code.startsWith(' = ') ? 'const' : 'function'} ${name}${code}`);
      }
      return name;
    },

    /** The constant holding a regular expression, one per source (a date's pattern is met on many fields). */
    pattern(source) {
      if (!patterns.has(source)) patterns.set(source, `PATTERN_${patterns.size}`);
      return patterns.get(source);
    },

    /** The constant holding a set of allowed values (an enum), one per list of values. */
    valueSet(values) {
      const key = JSON.stringify(values);
      if (!valueSets.has(key)) valueSets.set(key, `VALUES_${valueSets.size}`);
      return valueSets.get(key);
    },
  };
}
