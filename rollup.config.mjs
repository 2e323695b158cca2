// Builds from the same sources:
//  dist/esm      the npm package: one module per source file, dependencies external, for bundlers.
//                Class modules (timeline/index.js, …) have no side effects; */define.js register.
//  dist/bundled  the self-hostable folder: minified, dependencies bundled, code-split so that
//                shared code is one set of chunks fetched once. Widget entries (tiendo-*.js, index.js),
//                the loader (loader.js), the iframe page (embed.html + embed.js + embed.css) and the
//                host page's resize script (tiendo-embed.js, classic), and the editor (editor.html + editor.js). Copy it anywhere: every path
//                inside is relative.
//                Its cdn/tiendo.iife.min.js is the classic script for a plain <script src>: it imports
//                the folder's index.js (src/embed/classic.ts).
// Types (dist/types), the manifest and the CLI are built by the other `build:*` scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { WIDGET_NAMES } from './scripts/registry.mjs';

/** The widgets of the registry (src/widgets.ts): each is a folder src/<name>/ with index.ts and define.ts. */
const WIDGETS = WIDGET_NAMES;

/** Entries of the code-split folder: one per tag, plus everything and the feed alone. */
const pageEntries = {
  index: 'src/index.ts',
  feed: 'src/feed/index.ts',
  'tiendo-feed': 'src/core/feed-define.ts',
  ...Object.fromEntries(WIDGETS.map((w) => [`tiendo-${w}`, `src/${w}/define.ts`])),
};

/** Modules the npm package exports (package.json "exports"); the rest come along as their imports. */
const packageModules = [
  'src/index.ts',
  'src/feed/index.ts',
  'src/core/index.ts',
  'src/core/feed-element.ts',
  'src/core/feed-define.ts',
  ...WIDGETS.flatMap((w) => [`src/${w}/index.ts`, `src/${w}/define.ts`]),
  'src/react.ts',
  ...cliImports(),
];

/**
 * The modules the `tiendo` command imports from the package (scripts/build-cli.mjs bundles only
 * src/cli and reaches the rest as `#esm/…`): entries too, so that rollup keeps every export the
 * CLI uses.
 */
function cliImports() {
  const found = new Set();
  for (const file of readdirSync('src/cli')) {
    for (const m of readFileSync(`src/cli/${file}`, 'utf8').matchAll(/(?:from |import\()'\.\.\/((?!cli\/)[\w-]+\/[\w-]+)\.js'/g)) found.add(`src/${m[1]}.ts`);
  }
  return [...found].sort();
}

/**
 * The browsers package.json's "browserslist" names (README: "Browsers"), as esbuild targets, and
 * ES2021 on top: Safari 15 parses class fields but not `static {}` blocks, and every shipped
 * bundle must pass `es-check es2021` (scripts/check-browsers.mjs, in npm test).
 */
export const TARGET = [...browserslistToEsbuild(), 'es2021'];
const ts = () => esbuild({ target: TARGET, tsconfig: 'tsconfig.json' });
const isDependency = (id) => /^(lit|lit-html|lit-element|@lit\/[a-z-]+|@lit-labs\/[a-z-]+|zod|react)(\/|$)/.test(id);
const minify = () => terser({ ecma: 2020, module: true, format: { comments: false } });

// zod ships annotations and circular imports that rollup warns about; they are harmless.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' && /node_modules[\\/]zod/.test(warning.id ?? '')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  warn(warning);
};

/**
 * d3-time and d3-array ship one file each, whose top level builds every interval (hours, weeks,
 * local time…) and bisector with function calls rollup cannot prove pure: all of it would ship
 * for the two intervals and the one `nice` we import. Naming the builders pure lets the unused
 * ones go (d3-time 1.1 → 0.7 KB, d3-array `nice` 0.66 → 0.41 KB gzipped). No source file of ours
 * uses these names.
 */
const treeshake = { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday', 'bisector'] };

// Lit's production build, not its development one (which warns in the console).
const browser = () => nodeResolve({ exportConditions: ['production', 'browser'] });

const JITLESS = fileURLToPath(new URL('src/embed/jitless.ts', import.meta.url));

/**
 * Builds a page loads on its own run zod jitless: the feed schema module imports
 * src/embed/jitless.ts before it builds a schema. Not used for the npm build.
 */
const jitless = () => ({
  name: 'tiendo-zod-jitless',
  transform(code, id) {
    // Kept although nothing is imported from it (the package's "sideEffects" would drop it).
    if (id === JITLESS) return { code, map: null, moduleSideEffects: 'no-treeshake' };
    if (!/[\\/]src[\\/]feed[\\/]schema\.ts$/.test(id)) return null;
    return { code: `import ${JSON.stringify(JITLESS)};\n${code}`, map: null };
  },
});

/**
 * Few files a page: the code every widget needs (Lit, the element core, reading the feed) is one
 * `shared` chunk, and so are small pieces two or three widgets share (a memo, comparators, the d3
 * functions called, a few hundred bytes each once tree-shaken). A browser discovers a page's chunks
 * only after parsing its entry and fetches them over a handful of connections: fifteen small files
 * cost a navigation more than a few KB a page downloads without using. What some widgets share
 * and others must not pay for keeps a chunk of its own — the timeframe parser (no page of a widget
 * that draws no time downloads it: tests/registry), the virtual scrolling of the timeline and the
 * matrix — and so does what loads on demand: zod and the problem wording, the screen-reader table.
 */
const SMALL = 4096; // bytes of a group's code before minifying
const sharedChunk = () => {
  let shared;
  return (id, { getModuleIds, getModuleInfo }) => {
    shared ??= sharedModules([...getModuleIds()], getModuleInfo);
    return shared.has(id) ? 'shared' : undefined;
  };
};

function sharedModules(ids, getModuleInfo) {
  const isPage = (m) => /[\\/]src[\\/][a-z]+[\\/]define\.ts$/.test(m);
  // As rollup sees it: every entry and every module loaded by `import()` starts a graph.
  const starts = ids.filter((m) => getModuleInfo(m)?.isEntry || getModuleInfo(m)?.dynamicImporters.length);
  const pages = starts.filter((m) => getModuleInfo(m)?.isEntry && isPage(m));
  const reachedBy = new Map();
  for (const start of starts) {
    const seen = new Set();
    const walk = (m) => {
      if (seen.has(m)) return;
      seen.add(m);
      for (const next of getModuleInfo(m)?.importedIds ?? []) walk(next);
    };
    walk(start);
    for (const m of seen) reachedBy.set(m, [...(reachedBy.get(m) ?? []), start]);
  }
  // Modules reached from the same starts are one chunk of rollup's: it goes whole or stays whole.
  const groups = new Map();
  for (const [m, by] of reachedBy) {
    const key = by.sort().join('|');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const size = (m) => getModuleInfo(m)?.code?.length ?? 0;
  const isD3 = (m) => /[\\/]node_modules[\\/]d3-/.test(m);
  const out = new Set();
  for (const [key, members] of groups) {
    const pagesReaching = key.split('|').filter(isPage).length;
    if (pagesReaching < 2) continue;
    const everyPage = pagesReaching === pages.length;
    // d3's files are counted out: each is one large file of which the few functions called remain.
    const small = members.filter((m) => !isD3(m)).reduce((n, m) => n + size(m), 0) < SMALL;
    if (everyPage || small) for (const m of members) out.add(m);
  }
  return out;
}

/**
 * Chunk names a webmaster can read in the self-hosted folder: `lit-…`, `feed-…`, `core-…`,
 * `timeline-…`, after the source folder most of a chunk's code comes from.
 */
const chunkName = (chunk) => {
  if (chunk.name === 'shared') return 'chunks/shared-[hash].js';
  if (chunk.moduleIds.some((id) => /[\\/]lit-html[\\/]lit-html\.js$/.test(id))) return 'chunks/lit-[hash].js';
  const folders = chunk.moduleIds.map((id) => /[\\/]src[\\/]([a-z-]+)[\\/]/.exec(id)?.[1]).filter(Boolean);
  const counts = new Map();
  for (const f of folders) counts.set(f, (counts.get(f) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  // core/ and embed/ hold several chunks (widget, feed-element, problems, generator): rollup's own name says which.
  const name = !top || top[0] === 'core' || top[0] === 'embed' ? chunk.name : top[0];
  return `chunks/${name}-[hash].js`;
};

/**
 * Lit's `css` templates reach the browser as written, comments and indentation included (terser
 * leaves template text alone): compact them. Only comments and whitespace next to `{ } ; , >` or after `:` go,
 * so selectors such as `.a :focus` keep their meaning.
 */
const compactCss = () => ({
  name: 'tiendo-compact-css',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    const compact = (text) =>
      text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}').trim();
    return { code: code.replace(/\bcss`([^`]*)`/g, (_, text) => `css\`${compact(text)}\``), map: null };
  },
});

/** Empties an output folder first, so that no stale chunk from an earlier build is shipped. */
const clean = (...dirs) => ({
  name: 'tiendo-clean',
  async buildStart() {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  },
});

/**
 * Copies the iframe page and its stylesheet (src/embed) next to embed.js. The page gets a
 * `<link rel="modulepreload">` for each chunk every widget needs (Lit, the core, the feed), so
 * they download with the page's own script instead of after the widget's entry.
 */
const embedPage = () => ({
  name: 'tiendo-embed-page',
  async generateBundle(_options, bundle) {
    const closure = (file, seen = new Set()) => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const imported of bundle[file]?.imports ?? []) closure(imported, seen);
      return seen;
    };
    const [first, ...others] = WIDGETS.map((w) => closure(`tiendo-${w}.js`));
    const shared = [...first].filter((file) => file.startsWith('chunks/') && others.every((c) => c.has(file))).sort();
    const preload = shared.map((file) => `<link rel="modulepreload" href="${file}">`).join('\n  ');
    for (const file of ['embed.html', 'embed.css']) {
      const path = fileURLToPath(new URL(`src/embed/${file}`, import.meta.url));
      this.addWatchFile(path);
      let source = await readFile(path, 'utf8');
      if (file === 'embed.html') {
        if (!source.includes('<!-- shared chunks -->')) this.error('src/embed/embed.html: the <!-- shared chunks --> marker is missing');
        source = source.replace('<!-- shared chunks -->', preload);
      }
      this.emitFile({ type: 'asset', fileName: file, source });
    }
  },
});

/**
 * The loader's `import('../timeline/define.js')` as `import('./tiendo-timeline.js')`: the page
 * entries of the folder, built by the configuration before the loader's.
 */
const pagesByFileName = () => ({
  name: 'tiendo-pages-by-file-name',
  resolveId(source, importer) {
    const page = /^\.\.\/(?:([a-z]+)\/define|core\/(feed)-define)\.js$/.exec(source);
    if (!page || !importer?.endsWith('loader.ts')) return null;
    return { id: resolve(`dist/bundled/tiendo-${page[1] ?? page[2]}.js`), external: true };
  },
});

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of a
 * file a page runs to draw its widgets is compiled while the file streams in, off the main
 * thread, instead of one by one as the first render calls them. On Programme 219's pages it took
 * 8–18 ms of main-thread time off the first picture (docs/performance.md, fourth round).
 * Only the files a page imports statically: what loads on demand (zod, the problem wording, the
 * screen-reader table) keeps lazy compiling.
 */
const compileHints = () => ({
  name: 'tiendo-compile-hints',
  generateBundle(_options, bundle) {
    const eager = new Set();
    const add = (file) => {
      if (eager.has(file) || bundle[file]?.type !== 'chunk') return;
      eager.add(file);
      for (const imported of bundle[file].imports) add(imported);
    };
    for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry && /^(tiendo-|index\.js$)/.test(file)) add(file);
    for (const file of eager) bundle[file].code = `//# allFunctionsCalledOnLoad\n${bundle[file].code}`;
  },
});

/** Copies the editor's page and stylesheet (src/editor) next to editor.js. */
const editorPage = () => ({
  name: 'tiendo-editor-page',
  async generateBundle() {
    for (const file of ['editor.html', 'editor.css']) {
      const path = fileURLToPath(new URL(`src/editor/${file}`, import.meta.url));
      this.addWatchFile(path);
      this.emitFile({ type: 'asset', fileName: file, source: await readFile(path, 'utf8') });
    }
  },
});

export default [
  {
    input: packageModules,
    external: isDependency,
    // Whitespace and syntax minified, local names shortened (47 KB of the package); the names of
    // functions and classes, and every export, are kept: stack traces and a debugger still read
    // `layoutMatrix`, `TiendoTimeline.render`.
    plugins: [clean('dist/esm'), compactCss(), esbuild({ target: TARGET, tsconfig: 'tsconfig.json', minifyWhitespace: true, minifySyntax: true })],
    onwarn,
    // No source maps: the package ships no sources for them to point at, and maps carrying their
    // sources (sourcesContent) were 600 KB of the tarball.
    output: {
      dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src',
      plugins: [terser({ ecma: 2020, module: true, keep_classnames: true, keep_fnames: true, format: { comments: false, preserve_annotations: true } })],
    },
  },
  {
    input: { ...pageEntries, embed: 'src/embed/frame.ts', editor: 'src/editor/page.ts' },
    treeshake,
    plugins: [clean('dist/bundled'), browser(), jitless(), compactCss(), ts(), minify(), compileHints(), embedPage(), editorPage()],
    onwarn,
    output: { dir: 'dist/bundled', format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkName, manualChunks: sharedChunk() },
  },
  {
    // After the folder above (rollup builds configurations in order), the loader on its own: built
    // with the pages, it would share their chunks (core/preload.ts, which every page entry runs
    // first), and a page would fetch a second file before the loader could look at it.
    input: 'src/embed/loader.ts',
    treeshake,
    plugins: [pagesByFileName(), browser(), ts(), minify()],
    onwarn,
    output: { file: 'dist/bundled/loader.js', format: 'es', paths: (id) => `./${basename(id)}` },
  },
  {
    // A classic script, no imports.
    input: 'src/embed/host.ts',
    plugins: [ts()],
    onwarn,
    output: { file: 'dist/bundled/tiendo-embed.js', format: 'iife', plugins: [terser({ ecma: 2020, format: { comments: false } })] },
  },
  {
    // The classic script of the folder (cdn/tiendo.iife.min.js): it imports ../index.js, so the
    // code ships once. Until 0.1 it was a second copy of everything in one file (dist/cdn/, 245 KB).
    input: 'src/embed/classic.ts',
    plugins: [clean('dist/cdn'), ts()],
    onwarn,
    output: { file: 'dist/bundled/cdn/tiendo.iife.min.js', format: 'iife', plugins: [terser({ ecma: 2020, format: { comments: false } })] },
  },
];
