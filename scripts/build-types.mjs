// `npm run build:types`: the package's declarations, dist/types. tsc writes one .d.ts per source
// module (into a temporary folder, never shipped); rollup-plugin-dts then bundles them from the
// entries package.json "exports" names: a declaration no public type reaches is left out, and
// what several entries share is one chunk (dist/types/chunks/), so `TiendoTimeline` from
// `tiendo` and from `tiendo/timeline.js` is one class type. JSDoc is kept.
// The framework files (dist/types/frameworks) come after, from scripts/build-integrations.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = 'dist/types';

/** The .d.ts entries of package.json "exports", by their path under dist/types ("timeline/index"). */
export function typeEntries(pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))) {
  const entries = new Set();
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (key === 'types' && value.startsWith(`./${out}/`) && !value.startsWith(`./${out}/frameworks/`)) entries.add(value.slice(out.length + 3, -'.d.ts'.length));
    } else for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(pkg.exports);
  return [...entries].sort();
}

export async function buildTypes() {
  // Not under node_modules: rollup-plugin-dts takes whatever is there for a dependency.
  const emitted = mkdtempSync(join(tmpdir(), 'tiendo-types-'));
  rmSync(`${root}${out}`, { recursive: true, force: true });
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--outDir', emitted], { cwd: root, stdio: 'inherit' });
  const input = Object.fromEntries(typeEntries().map((name) => [name, `${emitted}/${name}.d.ts`]));
  const bundle = await rollup({
    input,
    plugins: [dts({ respectExternal: false })],
    // Dependencies (lit, zod, react, …) stay imports; only our own modules are bundled.
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
  });
  await bundle.write({ dir: `${root}${out}`, format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/\.d$/, '')}-[hash].d.ts` });
  await bundle.close();
  rmSync(emitted, { recursive: true, force: true });
  for (const file of readdirSync(`${root}${out}`, { recursive: true })) {
    if (!file.endsWith('.d.ts')) continue;
    const path = `${root}${out}/${file}`;
    const text = readFileSync(path, 'utf8');
    const shared = withoutDetachedDocs(withoutCssTags(withoutPrivateDocs(nameDeclaredTypes(text))));
    if (shared !== text) writeFileSync(path, shared);
  }
}

/**
 * A private member stays in a class's declaration (it keeps the class nominal: another class with
 * the same public members is not assignable to it), but no user reads or writes it, and no editor
 * shows its documentation outside the class: its JSDoc goes (4 KB).
 */
export function withoutPrivateDocs(text) {
  const source = ts.createSourceFile('chunk.d.ts', text, ts.ScriptTarget.Latest, true);
  const cuts = [];
  const visit = (node) => {
    if (ts.isClassElement(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) {
      for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
        // The comment and the line break and indentation after it, up to the member itself.
        if (text.startsWith('/**', range.pos)) cuts.push({ start: range.pos, end: /^\s*/.exec(text.slice(range.end))[0].length + range.end });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = text;
  for (const { start, end } of cuts.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + result.slice(end);
  return result;
}

/**
 * rollup-plugin-dts keeps a module's header comment (`/** Calendar dates as … *\/`) above the
 * module's first declaration, which has its own JSDoc. TypeScript shows only the last JSDoc
 * comment before a declaration (an earlier one lends it nothing but `@overload` tags): the others,
 * and those at the end of a file, no editor shows (5 KB). They go, with the space after them.
 */
export function withoutDetachedDocs(text) {
  const source = ts.createSourceFile('chunk.d.ts', text, ts.ScriptTarget.Latest, true);
  const cuts = new Map();
  const docs = (pos) => (ts.getLeadingCommentRanges(text, pos) ?? []).filter((r) => text.startsWith('/**', r.pos));
  const visit = (node) => {
    for (const range of docs(node.getFullStart()).slice(0, -1)) {
      if (/@overload\b/.test(text.slice(range.pos, range.end))) continue;
      cuts.set(range.pos, range.end + /^\s*/.exec(text.slice(range.end))[0].length);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const range of docs(source.endOfFileToken.getFullStart())) cuts.set(range.pos, range.end + /^\s*/.exec(text.slice(range.end))[0].length);
  let result = text;
  for (const [start, end] of [...cuts].sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + result.slice(end);
  return result;
}

/**
 * An element class's JSDoc lists its CSS parts and custom properties (`@csspart`, `@cssprop`) for
 * the manifest's analyser, which reads the sources. In the declarations no editor shows them as
 * such, only as raw text in the class's hover (11.8 KB): the same lists are on the tag's hover
 * (frameworks/elements.d.ts), in custom-elements.json, the VS Code CSS data and web-types.json.
 * A tag's lines go, with the lines that continue it, and the blank line left doubled.
 */
export function withoutCssTags(text) {
  return text.replace(/\/\*\*[\s\S]*?\*\//g, (comment) => {
    if (!/@css(?:part|prop|property)\b/.test(comment)) return comment;
    const lines = comment.split('\n');
    const kept = [];
    let dropping = false;
    for (const line of lines) {
      const body = /^\s*\*(?!\/)\s?(.*)$/.exec(line)?.[1];
      if (body !== undefined && /^@css(?:part|prop|property)\b/.test(body)) dropping = true;
      else if (body === undefined || body === '' || body.startsWith('@')) dropping = false;
      if (!dropping) kept.push(line);
    }
    const blank = (line) => /^\s*\*\s*$/.test(line);
    return kept.filter((line, i) => !(blank(line) && (blank(kept[i + 1] ?? '') || /^\s*\*\//.test(kept[i + 1] ?? '')))).join('\n');
  });
}

const spaced = (text) => text.replace(/\s+/g, ' ').replace(/\s*([<>,;:{}[\]|&()])\s*/g, '$1').trim();

/**
 * tsc writes the type of `export const Task = z.object({ updates: z.optional(z.array(Update)), … })`
 * in full, and the full type of `Update` inside it, and of `Link` inside that: the feed's schemas
 * were 30 KB of declarations, `Feed` alone every other schema again. Where a generic type inside a
 * `declare const` is written exactly as another constant of the same file is declared, this writes
 * `typeof` that constant: the same type (it is that constant's declared type), read as the source
 * reads. Types two constants share (`Id` and `CalendarDate` are both `z.ZodMiniString<string>`)
 * and short ones stay as they are: naming one of them would say something the source does not.
 */
export function nameDeclaredTypes(text) {
  const source = ts.createSourceFile('chunk.d.ts', text, ts.ScriptTarget.Latest, true);
  const declarations = source.statements.filter(ts.isVariableStatement).flatMap((s) => [...s.declarationList.declarations]).filter((d) => d.type && ts.isIdentifier(d.name));
  const byType = new Map();
  for (const d of declarations) {
    const key = spaced(d.type.getText(source));
    byType.set(key, byType.has(key) ? null : d.name.text);
  }
  const edits = [];
  for (const d of declarations) {
    const visit = (node) => {
      const key = node !== d.type && ts.isTypeReferenceNode(node) && node.typeArguments ? spaced(node.getText(source)) : undefined;
      const name = key && key.length >= 40 ? byType.get(key) : undefined;
      if (name && name !== d.name.text) edits.push({ start: node.getStart(source), end: node.getEnd(), name });
      else ts.forEachChild(node, visit);
    };
    visit(d.type);
  }
  let result = text;
  for (const { start, end, name } of edits.sort((a, b) => b.start - a.start)) result = `${result.slice(0, start)}typeof ${name}${result.slice(end)}`;
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildTypes();
