// `npm run build:cem`: custom-elements.json from the elements' JSDoc (their API contract), and the
// element reference in docs/embed.md generated from it.
//
// The analysis is Storybook's (`npm run cem`, .storybook/custom-elements-manifest.config.mjs: the
// same globs and plugins, which read tiendo's `define(tag, Class)` calls and drop non-public
// members), so both manifests describe the same API. The one difference: paths here point to the
// published modules (dist/esm/…js), not to sources the package does not ship.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import config from '../.storybook/custom-elements-manifest.config.mjs';

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

export function buildManifest() {
  const modules = sources().map((f) => ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true));
  return publishedPaths(create({ modules, plugins: [...litPlugin(), ...config.plugins] }));
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

/** What the shared tokens are for (src/core/theme.ts names them; this says where they show). */
const TOKEN_USE = {
  font: 'Font family (default: inherited from the page)',
  'font-size': 'Base font size',
  radius: 'Corner radius of boxes, bars and buttons',
  space: 'Base spacing unit',
  'color-background': 'Background of the widget',
  'color-surface': 'Background of notices, buttons and hovered rows',
  'color-text': 'Text',
  'color-muted': 'Secondary text (captions, hints)',
  'color-border': 'Borders of cards and controls',
  'color-grid': 'Grid lines and tracks',
  'color-accent': 'Links',
  'color-focus': 'Focus ring',
  'color-highlight': 'Background of the highlighted agency\'s tasks and column',
  'color-lead': 'Lead (chủ trì) marks',
  'color-coordinating': 'Coordinating (phối hợp) marks',
  'color-done': 'Status: done',
  'color-in-progress': 'Status: in progress',
  'color-planned': 'Status: planned',
  'color-overdue': 'Status: overdue',
  'color-delayed': 'Status: delayed',
  'color-due-soon': 'Status: due soon',
  'color-no-report': 'Status: past due with no report',
  'color-today': 'The "today" line',
  'color-illustrative': 'The "illustrative data" label',
};

/** The shared `--tiendo-*` tokens with their light and dark defaults, read from src/core/theme.ts. */
export function tokens(source = readFileSync('src/core/theme.ts', 'utf8')) {
  const read = (block) => new Map([...block.matchAll(/--_[a-z-]+:\s*var\((--tiendo-[a-z-]+),\s*([^)]+)\)/g)].map((m) => [m[1], m[2].trim()]));
  const dark = read(source.slice(source.indexOf('const dark'), source.indexOf('export const tokens')));
  const light = read(source.slice(source.indexOf('export const tokens'), source.indexOf(':host([theme=')));
  const rows = [...light].map(([name, value]) => [code(name), code(value), code(dark.get(name) ?? ''), cell(TOKEN_USE[name.replace('--tiendo-', '')])]);
  return table(['token', 'light', 'dark', 'used for'], rows);
}

const marker = (name) => [`<!-- ${name}:start (generated by npm run build:cem; do not edit) -->`, `<!-- ${name}:end -->`];

/** Replaces the generated block `name` of `file` (between its markers) with `text`. */
function replaceBlock(file, name, text) {
  const [start, end] = marker(name);
  const doc = readFileSync(file, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: the ${name} markers are missing`);
  writeFileSync(file, `${doc.slice(0, from + start.length)}\n\n${text}\n\n${doc.slice(to)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = buildManifest();
  writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
  replaceBlock('docs/embed.md', 'tokens', tokens());
  replaceBlock('docs/embed.md', 'reference', reference(manifest));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  console.log(`wrote custom-elements.json (${tags.join(', ')}) and the reference in docs/embed.md`);
}
