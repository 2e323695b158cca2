// Bundles the command line (src/cli/main.ts) into dist/cli/tiendo.mjs for Node 20, which cannot
// run TypeScript. Only the package's own runtime dependencies stay external (lit and its parts,
// @lit/context, zod, and @lit-labs/ssr-dom-shim, which lit itself depends on), so that Node
// resolves lit with its `node` condition and the widgets and the server renderer share one copy.
// Everything else the CLI uses is bundled: @lit-labs/ssr (a devDependency: a browser consumer's
// `npm install` must not pull parse5, node-fetch or enhanced-resolve), @lit-labs/ssr-client and
// the parse5 7 they depend on (the top-level node_modules may hold another major version).
// Commands are split into chunks loaded on demand: `tiendo validate` never loads lit or the widgets.
// Minified: the CLI's own code is ~70 KB, the rest is the server renderer and parse5.
import { build } from 'esbuild';
import { chmod, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;

/**
 * @lit-labs/ssr 4.1.0 cannot render a binding inside an SVG `<title>` (the timeline's tooltips:
 * `<title>${timeframe}</title>`) in an ordinary, hydratable template: lit-html writes that marker
 * as text, and the server renderer looks for text markers only in server-only templates, then
 * fails with "Unexpected final partIndex". Static output is never hydrated, so the CLI bundles its
 * own copy of @lit-labs/ssr (its dependencies, lit included, stay shared) with that one condition
 * widened to `<title>` and `<textarea>` in every template. The patch is checked: a new version of
 * @lit-labs/ssr without the line fails the build instead of silently rendering wrong.
 */
const SSR_RAW_TEXT = 'else if (!hydratable &&\n                    /^(title|textarea|script|style)$/.test(node.tagName)) {';
const SSR_RAW_TEXT_PATCHED = 'else if ((!hydratable || /^(title|textarea)$/.test(node.tagName)) &&\n                    /^(title|textarea|script|style)$/.test(node.tagName)) {';

const ssrRawTextPatch = {
  name: 'lit-ssr-raw-text',
  setup(b) {
    // One parse5 for the whole CLI, the copy @lit-labs/ssr uses: the CLI's own use (svg.ts) and
    // @parse5/tools (which carries a second copy of parse5 7) get it too, not whatever the top
    // level of node_modules holds (parse5 6 there is 230 KB more in the bundle).
    const ssrDir = fileURLToPath(new URL('../node_modules/@lit-labs/ssr/', import.meta.url));
    b.onResolve({ filter: /^parse5$/ }, (args) =>
      args.resolveDir === ssrDir || args.pluginData === ssrDir ? undefined : b.resolve('parse5', { kind: args.kind, resolveDir: ssrDir, pluginData: ssrDir }),
    );
    b.onLoad({ filter: /@lit-labs[\\/]ssr[\\/]lib[\\/]render-value\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(SSR_RAW_TEXT)) return { errors: [{ text: `@lit-labs/ssr changed: the <title> patch in scripts/build-cli.mjs no longer applies to ${args.path}` }] };
      return { contents: source.replace(SSR_RAW_TEXT, SSR_RAW_TEXT_PATCHED), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Shared with the widgets at run time (one copy of lit): each one is in package.json's
 * "dependencies" (tests/cli/dependencies.test.mjs checks that every import the bundle keeps is).
 */
export const EXTERNAL = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/context', '@lit/context/*', '@lit/reactive-element', '@lit/reactive-element/*', '@lit-labs/ssr-dom-shim', '@lit-labs/ssr-dom-shim/*', 'zod', 'zod/*'];

/**
 * The widgets, the feed code and the core are not bundled again: the CLI imports the package's
 * own modules (dist/esm, built by rollup) through package.json's "imports" (`#esm/…`), which Node
 * resolves inside the package wherever it is installed. The same code renders in the browser and
 * on the command line, and the package carries it once.
 */
const packageModules = {
  name: 'tiendo-package-modules',
  setup(b) {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    // esbuild's filters are Go regexps (no lookahead): src/cli itself is excluded in the callback.
    b.onResolve({ filter: /^\.\.\/[\w-]+\// }, (args) =>
      args.importer.startsWith(`${src}cli/`) && !args.path.startsWith('../cli/') ? { path: `#esm/${relative(src, join(args.resolveDir, args.path)).replaceAll('\\', '/')}`, external: true } : undefined,
    );
  },
};

export async function buildCli({ quiet = false } = {}) {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { tiendo: 'src/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    tsconfig: 'tsconfig.json',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    minify: true,
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
    plugins: [packageModules, ssrRawTextPatch],
  });
  await chmod(`${outdir}/tiendo.mjs`, 0o755);
  if (!quiet) {
    const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
    console.log(`wrote dist/cli/tiendo.mjs (+${Object.keys(result.metafile.outputs).length - 1} chunks, ${Math.round(bytes / 1024)} KB)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
