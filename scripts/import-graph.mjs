// The floors of src/ and the import graph between its modules, type imports included
// (`import type` makes no runtime edge, but it ties the modules together all the same: a circle of
// types is a design knot, and the next value import through it is a runtime circle).
//
//   feed/    imports nothing above it (only feed/);
//   derive/  shared meaning below the widgets: only feed/ and derive/;
//   core/    the element base: no widget, no embed/, no cli/;
//   a widget (any other folder of src/ than these and embed/, cli/) imports no other widget.
//
// `node scripts/import-graph.mjs` prints what breaks these rules (exit 1); tests/cli/imports.test.mjs
// runs it in `npm test`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Folders of src/ that are not widgets, and what each may import besides itself. */
export const FLOORS = {
  feed: [],
  derive: ['feed'],
  core: ['feed', 'derive'],
};
const NOT_WIDGETS = new Set([...Object.keys(FLOORS), 'embed', 'cli']);

/** Every module of `src` and the modules of `src` it imports (relative specifiers only). */
export function importGraph(src) {
  const files = readdirSync(src, { recursive: true })
    .map((f) => String(f).replaceAll('\\', '/'))
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'));
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8');
    // A lexical scan: static imports and re-exports (type-only ones too) and dynamic import().
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolveModule(src, file, fileName);
      if (target) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** `./layout.js` written in timeline/rows.ts → `timeline/layout.ts`. */
function resolveModule(src, from, specifier) {
  const base = resolve(src, dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((c) => existsSync(c) && !c.endsWith('/'));
  return found && relative(src, found).replaceAll('\\', '/');
}

const folderOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');

/** Imports that cross a floor the wrong way: `{ from, to, rule }`. */
export function floorViolations(graph) {
  const out = [];
  for (const [from, targets] of graph) {
    const a = folderOf(from);
    if (!a) continue; // src/index.ts and other top-level entries gather the floors
    for (const to of targets) {
      const b = folderOf(to);
      if (a === b) continue;
      if (a in FLOORS) {
        if (!FLOORS[a].includes(b)) out.push({ from, to, rule: `${a}/ may import only ${[a, ...FLOORS[a]].map((f) => `${f}/`).join(', ')}` });
      } else if (!NOT_WIDGETS.has(a) && !NOT_WIDGETS.has(b) && b) {
        out.push({ from, to, rule: 'a widget never imports another widget' });
      }
    }
  }
  return out;
}

/** Every import circle, each as the list of modules around it (Tarjan's strongly connected components). */
export function circles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (v) => {
    const m = { index, low: index, onStack: true };
    index++;
    meta.set(v, m);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        m.low = Math.min(m.low, meta.get(w).low);
      } else if (meta.get(w).onStack) m.low = Math.min(m.low, meta.get(w).index);
    }
    if (m.low === m.index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!meta.has(v)) visit(v);
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = fileURLToPath(new URL('../src', import.meta.url));
  const graph = importGraph(src);
  const wrong = floorViolations(graph);
  const knots = circles(graph);
  for (const v of wrong) console.log(`${v.from} → ${v.to}: ${v.rule}`);
  for (const c of knots) console.log(`import circle: ${c.join(' ↔ ')}`);
  if (!wrong.length && !knots.length) console.log(`${graph.size} modules: no import circle, every floor respected`);
  process.exit(wrong.length || knots.length ? 1 : 0);
}
