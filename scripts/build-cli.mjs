// Bundles the command line (src/cli/main.ts) into dist/cli/tiendo.mjs for Node 20, which cannot
// run TypeScript. The package's own runtime dependencies stay external (lit, @lit/context, zod),
// so that Node resolves lit with its `node` condition and the widgets and the server renderer
// share one copy.
// So does @lit-labs/ssr, an optional peer dependency that only `render --format page|fragment`
// loads (src/cli/server-renderer.ts says what to install when it is missing; the module hooks
// src/cli/ssr-hooks.ts, written to chunks/ssr-hooks.mjs, give it the widgets' Lit and its patch):
// a browser consumer's `npm install` pulls no parse5, node-fetch or enhanced-resolve.
// Commands are split into chunks loaded on demand: `tiendo validate` never loads lit or the widgets.
// Minified: the CLI's own code is ~70 KB.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;

/**
 * Shared with the widgets at run time (one copy of lit): each one is in package.json's
 * "dependencies", or "peerDependencies" for @lit-labs/ssr (tests/cli/package.test.mjs checks that
 * every import the bundle keeps is, and that no part of Lit is bundled).
 */
export const EXTERNAL = ['@lit-labs/ssr', '@lit-labs/ssr/*', 'lit', 'lit/*', '@lit/context', '@lit/context/*', 'zod', 'zod/*'];

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
    // The module hooks are their own file: Node loads it in the hooks thread, next to the chunk that registers it.
    entryPoints: { tiendo: 'src/cli/main.ts', 'chunks/ssr-hooks': 'src/cli/ssr-hooks.ts' },
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
    // Vietnamese as written (Node reads UTF-8), not escaped: `\u1ED9` is 6 bytes, `ộ` 3 (-4 KB).
    charset: 'utf8',
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
    plugins: [packageModules],
  });
  await chmod(`${outdir}/tiendo.mjs`, 0o755);
  if (!quiet) {
    const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
    console.log(`wrote dist/cli/tiendo.mjs (+${Object.keys(result.metafile.outputs).length - 1} chunks, ${Math.round(bytes / 1024)} KB)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
