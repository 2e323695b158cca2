// `npm run build:cem`: custom-elements.json from the elements' JSDoc (their API contract);
// `npm run docs`: the element reference in docs/embed.md generated from it.
//
// The analysis is Storybook's (`npm run cem`, .storybook/custom-elements-manifest.config.mjs: the
// same globs and plugins, which read tiendo's `define(tag, Class)` calls and drop non-public
// members), so both manifests describe the same API. The differences: paths here point to the
// published modules (dist/esm/…js), not to sources the package does not ship, and the published
// file says each field's description once (lean(), below).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import config from '../.storybook/custom-elements-manifest.config.mjs';
import { themeTokens } from './theme-tokens.mjs';

/** A glob of the config as a RegExp: `**` any folders, `*` any characters within a name. */
function globRegExp(glob) {
  const parts = glob.split(/(\*\*\/|\*\*|\*)/).map((p) =>
    p === '**/' ? '(?:.*/)?' : p === '**' ? '.*' : p === '*' ? '[^/]*' : p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('')}$`);
}

function sources() {
  const include = config.globs.map(globRegExp);
  const exclude = (config.exclude ?? []).map(globRegExp);
  return readdirSync('src', { recursive: true })
    .map((f) => `src/${f}`.replaceAll('\\', '/'))
    .filter((f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f)) && !f.endsWith('.d.ts'))
    .sort();
}

/** src/timeline/element.ts → dist/esm/timeline/element.js, everywhere in the manifest. */
function publishedPaths(manifest) {
  const rewrite = (value) =>
    typeof value === 'string' && /^\/?src\/.+\.(ts|js)$/.test(value) ? value.replace(/^\/?src\//, 'dist/esm/').replace(/\.ts$/, '.js') : value;
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'path' || k === 'module' ? rewrite(v) : walk(v)]));
    return node;
  };
  return walk(manifest);
}

/**
 * Only what the manifest is for: the custom elements (the tagged ones and their base class) and
 * the modules that register them. Helpers, layouts and the embed page's code are no element API,
 * and the embed modules are not in dist/esm at all.
 */
function elementsOnly(manifest) {
  const modules = [];
  for (const mod of manifest.modules) {
    const declarations = (mod.declarations ?? []).filter((d) => d.customElement);
    const names = new Set(declarations.map((d) => d.name));
    const exports = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition' || names.has(e.declaration?.name));
    if (declarations.length || exports.some((e) => e.kind === 'custom-element-definition')) modules.push({ ...mod, declarations, exports });
  }
  return { ...manifest, modules };
}

/**
 * The published file without what no reader of it misses (9 KB of 82):
 * - a field's description when its attribute of the same name has it word for word (`src`,
 *   `theme`, … on every widget: 8.6 KB). A tool that lists attributes shows it there, and
 *   Storybook's table, whose attribute row replaces the property row of the same name, shows
 *   the attribute's; the field still names its attribute (`"attribute": "src"`), and a field with
 *   no attribute, or another name or other words, keeps its own. Editors describe properties
 *   from the declarations (dist/types), which keep their JSDoc.
 * - static fields: `tiendoVersion` is define()'s check of two tiendo versions on one page, not a
 *   property of the element (Storybook listed it as one, with "VERSION" for its default).
 * tests/cli/manifest.test.mjs checks that every field stays described, on itself or by its attribute.
 */
export function lean(manifest) {
  const declaration = (d) => {
    if (!d.members) return d;
    const attributes = new Map((d.attributes ?? []).map((a) => [a.name, a]));
    const members = d.members.filter((m) => !m.static).map((m) => {
      const attribute = m.kind === 'field' && m.attribute === m.name ? attributes.get(m.name) : undefined;
      if (!attribute || attribute.fieldName !== m.name || !m.description || attribute.description !== m.description) return m;
      const { description, ...rest } = m;
      return rest;
    });
    return { ...d, members };
  };
  return { ...manifest, modules: manifest.modules.map((mod) => (mod.declarations ? { ...mod, declarations: mod.declarations.map(declaration) } : mod)) };
}

export function buildManifest() {
  const modules = sources().map((f) => ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true));
  return elementsOnly(publishedPaths(create({ modules, plugins: [...litPlugin(), ...config.plugins] })));
}

// ---- the reference in docs/embed.md --------------------------------------------------------

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const isPublic = (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static;

/** Markdown for every element of the manifest: attributes, properties, methods, events, parts, custom properties. */
export function reference(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const blocks = [];
  for (const el of elements) {
    const attributes = el.attributes ?? [];
    const members = (el.members ?? []).filter(isPublic);
    blocks.push(
      `### \`<${el.tagName}>\``,
      cell(el.summary || el.description),
      table(['attribute', 'type', 'default', ''], attributes.map((a) => [code(a.name), code(a.type?.text), code(a.default), cell(a.description)])),
      table(['property', 'type', ''], members.filter((m) => m.kind === 'field' && !attributes.some((a) => a.fieldName === m.name)).map((p) => [code(p.name), code(p.type?.text), cell(p.description)])),
      table(['method', ''], members.filter((m) => m.kind === 'method').map((m) => [code(`${m.name}()`), cell(m.description)])),
      table(['event', ''], (el.events ?? []).map((e) => [code(e.name), cell(e.description)])),
      table(['`::part()`', ''], (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
      table(['custom property', ''], (el.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])),
    );
  }
  return blocks.filter(Boolean).join('\n\n');
}

/** The shared `--tiendo-*` tokens with their light and dark defaults (scripts/theme-tokens.mjs). */
export function tokens() {
  const rows = themeTokens().map((t) => [code(t.name), code(t.light), code(t.dark), cell(t.description)]);
  return table(['token', 'light', 'dark', 'used for'], rows);
}

const marker = (name) => [`<!-- ${name}:start (generated by npm run docs; do not edit) -->`, `<!-- ${name}:end -->`];

/** `doc` with its generated block `name` (between its markers) replaced by `text`. */
function replaceBlock(doc, name, text) {
  const [start, end] = marker(name);
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/embed.md: the ${name} markers are missing`);
  return `${doc.slice(0, from + start.length)}\n\n${text}\n\n${doc.slice(to)}`;
}

/** docs/embed.md with its generated blocks (tokens, element reference) up to date. */
function embedDoc(manifest) {
  const doc = readFileSync('docs/embed.md', 'utf8');
  return replaceBlock(replaceBlock(doc, 'tokens', tokens()), 'reference', reference(manifest));
}

// `node scripts/build-manifest.mjs` (npm run build:cem) writes custom-elements.json, which is not
// tracked. The reference in docs/embed.md is tracked: `--docs` (npm run docs) rewrites it,
// `--check-docs` (in npm test) fails when it differs from what the sources say. A build never
// changes a tracked file.
if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = buildManifest();
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  if (process.argv.includes('--check-docs')) {
    const stale = embedDoc(manifest) !== readFileSync('docs/embed.md', 'utf8');
    console.log(stale ? '✗ docs/embed.md: the element reference or the token table is out of date: run `npm run docs`' : '✓ docs/embed.md: the element reference matches the sources');
    process.exit(stale ? 1 : 0);
  }
  // Read by tools (editors, Storybook, the generators), not people: one line, a third smaller.
  writeFileSync('custom-elements.json', `${JSON.stringify(lean(manifest))}\n`);
  if (process.argv.includes('--docs')) writeFileSync('docs/embed.md', embedDoc(manifest));
  console.log(`wrote custom-elements.json (${tags.join(', ')})${process.argv.includes('--docs') ? ' and the reference in docs/embed.md' : ''}`);
}
