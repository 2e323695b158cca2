// The npm package as `npm pack` makes it (after `npm run build`): what it ships, what it declares,
// and that every path it names resolves inside it. Sizes are limits a regression crosses, not timings.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { posix } from 'node:path';
import { describe, it, before } from 'node:test';
import { build } from 'esbuild';
import { EXTERNAL } from '../../scripts/build-cli.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let packed;
let files;

before(() => {
  [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  files = new Set(packed.files.map((f) => f.path));
});

/** The packages (`lit`, `@lit/context`, …) that the shipped modules import, as esbuild resolves them. */
async function packagesImported(entryPoints, platform) {
  const { metafile } = await build({ entryPoints, bundle: true, write: false, metafile: true, outdir: 'out', platform, format: 'esm', packages: 'external', logLevel: 'silent' });
  const names = new Set();
  for (const input of Object.values(metafile.inputs)) {
    for (const { path, external } of input.imports) {
      if (!external || isBuiltin(path) || path.startsWith('#')) continue;
      names.add(path.split('/').slice(0, path.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return names;
}

describe('npm package', () => {
  it('ships no source maps, no images, the browser code once, and unpacks to under 1 MB (issue 14; was 3.1 MB)', () => {
    assert.ok(files.has('dist/bundled/cdn/tiendo.iife.min.js') && files.has('dist/cli/tiendo.mjs'), 'build first: npm run build');
    assert.deepEqual([...files].filter((f) => /\.(map|png|jpe?g|gif|webp)$/.test(f)), []);
    // The classic script imports the folder's index.js: not a second copy of every widget (it was
    // 245 KB in dist/cdn/, and its module form another 244 KB before that).
    assert.deepEqual([...files].filter((f) => /(^|\/)cdn\//.test(f)), ['dist/bundled/cdn/tiendo.iife.min.js']);
    const classic = packed.files.find((f) => f.path === 'dist/bundled/cdn/tiendo.iife.min.js');
    assert.ok(classic.size < 1024, `the classic script is ${classic.size} bytes`);
    // Issue 14's limit, < 1,000,000 bytes, reached by steps: the code ships twice, dist/esm for
    // bundlers and dist/bundled for the folder (~580 KB), and its types and editor data are
    // ~400 KB more. 3.1 MB at first; 2.42 MB before one
    // standalone file, one-line JSON data and framework types without repeated docs: 1.87 MB;
    // the fast feed parser, the idle controller and issue 12's words: 1.90 MB; @lit-labs/ssr an
    // optional peer instead of bundled into the CLI (-200 KB): 1.71 MB; declarations bundled per
    // entry, only what a public type reaches (dist/types 319 → 231 KB): 1.62 MB; the classic
    // script a loader of index.js instead of a second copy of everything (-245 KB): 1.37 MB; the
    // editors' CSS data one entry per name (-36 KB): 1.34 MB; docs/ read in the repository, not
    // shipped (-192 KB), dist/esm's local names shortened (-45 KB): 1.10 MB; Solid's JSX map a
    // mapped type over React's, the element descriptions written once (-10 KB): 1.09 MB; the feed
    // schemas' declarations naming each other (`typeof Update`, -20 KB), Vue's and Svelte's props
    // mapped over the element classes, whose declarations carry their docs (-16 KB), the CLI's
    // Vietnamese unescaped (-4 KB): 1.057 MB; the elements' descriptions once for JSX, Vue and
    // Svelte (frameworks/elements.d.ts, -18 KB), JSX's props mapped over the element classes too
    // (-9 KB), no JSDoc on private members (-4 KB), no event list in JetBrains' element
    // descriptions, whose events are entries of their own (-1.4 KB): 1.028 MB; the feeds preloaded
    // by every entry and the loader its own build (+2.7 KB): 1.031 MB; Solid's `prop:`/`on:` props
    // a mapped type over the plain props, which keep the docs (-11.5 KB), web-types' properties
    // without their attributes' sentences again (-7 KB), no `@csspart`/`@cssprop` lines in the
    // classes' declarations (-9.8 KB): 1.006 MB; no JSDoc that TypeScript never shows (a module's
    // header above a documented declaration, -5.2 KB), the editors' HTML data naming each tag's
    // parts, described in their CSS data (-10 KB): 0.991 MB; 0.998 MB with what came since;
    // custom-elements.json without the fields' descriptions that their attributes of the same name
    // repeat, and without define()'s static version field (-9.4 KB): 0.990 MB.
    assert.ok(packed.unpackedSize < 1_000_000, `unpacked ${packed.unpackedSize} bytes`);
  });

  it('names its repository, homepage and issue tracker', () => {
    assert.match(pkg.repository.url, /^git\+https:\/\/github\.com\/.+\.git$/);
    assert.match(pkg.homepage, /^https:\/\//);
    assert.match(pkg.bugs.url, /^https:\/\/.+\/issues$/);
  });

  it('depends at run time only on what the browser runs, as caret ranges', () => {
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/context', 'd3-array', 'd3-time', 'lit', 'zod']);
    for (const [name, range] of Object.entries(pkg.dependencies)) assert.match(range, /^\^\d+\.\d+\.\d+( \|\| \^\d+\.\d+\.\d+)*$/, name);
    // An app on Lit 2 keeps its one Lit (tests/cli/consumers.test.mjs renders the widgets with Lit 2.8).
    assert.equal(pkg.dependencies.lit, '^2.8.0 || ^3.3.0');
    // The server renderer is for `tiendo render --format page|fragment` only: an optional peer, asked for when missing
    // (tests/cli/server-renderer.test.mjs), and pinned for the repository's own tests.
    assert.ok(!('@lit-labs/ssr' in pkg.dependencies) && pkg.devDependencies['@lit-labs/ssr'], '@lit-labs/ssr is not a dependency');
    assert.deepEqual(pkg.peerDependenciesMeta['@lit-labs/ssr'], { optional: true });
  });

  it('declares every package the shipped code imports', async () => {
    const modules = (re) => [...files].filter((f) => re.test(f));
    const imported = new Set([
      ...(await packagesImported(modules(/^dist\/esm\/.+\.js$/), 'browser')),
      ...(await packagesImported(['dist/cli/tiendo.mjs'], 'node')),
    ]);
    assert.ok(imported.has('lit') && imported.has('zod') && imported.has('@lit-labs/ssr'), [...imported].join(', '));
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]);
    assert.deepEqual([...imported].filter((name) => !declared.has(name)), []);
    // The CLI keeps external exactly the declared dependencies (scripts/build-cli.mjs).
    for (const pattern of EXTERNAL) assert.ok(declared.has(pattern.replace(/\/\*$/, '')), pattern);
    // …and bundles no part of Lit (a second copy would not share the widgets' templates): a CLI
    // module importing lit-html or lit-element by name must add it to both lists instead.
    const cli = [...files].filter((f) => f.startsWith('dist/cli/')).map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.ok(files.has('dist/cli/chunks/ssr-hooks.mjs') && !/litHtmlVersions|reactiveElementVersions|litElementVersions/.test(cli));
  });

  it('every "exports" target is in the package, and the documented subpaths are exported', () => {
    const targets = [];
    const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
    collect(pkg.exports);
    for (const target of targets) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.+')}$`);
        assert.ok([...files].some((f) => re.test(f)), `nothing matches ${target}`);
      } else assert.ok(files.has(path), `${target} is not in the package`);
    }
    for (const subpath of ['./loader.js', './embed.html', './bundled/*', './cdn/*', './custom-elements.json', './jsx', './vue', './svelte', './vscode.html-custom-data.json', './web-types.json']) {
      assert.ok(subpath in pkg.exports, subpath);
    }
    assert.ok(files.has(pkg['web-types'].replace(/^\.\//, '')), 'package.json "web-types" names a shipped file');
  });

  it('ships the README, not docs/: its links to the docs are absolute to the repository and name pages that exist', () => {
    // docs/*.md were 190 KB of the package; they are read in the repository (package.json "homepage").
    assert.deepEqual([...files].filter((f) => f.endsWith('.md')), ['README.md']);
    const guide = `${pkg.homepage.replace(/#.*$/, '')}/blob/main/docs/`;
    assert.equal(/GUIDE = '([^']+)'/.exec(readFileSync('src/cli/guide.ts', 'utf8'))?.[1], guide);
    const broken = [];
    const linked = new Set();
    for (const m of readFileSync('README.md', 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1].split('#')[0];
      if (target.startsWith(guide)) {
        linked.add(target);
        if (!existsSync(`docs/${target.slice(guide.length)}`)) broken.push(m[1]);
      } else if (target && !/^[a-z]+:/i.test(target)) {
        const path = posix.normalize(decodeURI(target));
        if (!files.has(path) && ![...files].some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`))) broken.push(m[1]);
      }
    }
    assert.ok(linked.size >= 10, `README links ${linked.size} docs pages`);
    assert.deepEqual(broken, []);
    // Nor does any message of the command or the schema send a user to a docs/ file they do not have.
    const texts = [...files].filter((f) => /^dist\/cli\/|^dist\/feed\.schema\.json$/.test(f));
    assert.ok(texts.length > 5);
    const relative = texts.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?<![\w/])docs\/[\w-]+\.md/g)].map((m) => `${f}: ${m[0]}`));
    assert.deepEqual(relative, []);
  });

  it('custom-elements.json names only modules the package ships', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const paths = new Set();
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) (k === 'path' || k === 'module') && typeof v === 'string' ? paths.add(v.replace(/^\//, '')) : walk(v);
    };
    walk(manifest.modules);
    assert.ok(paths.has('dist/esm/timeline/element.js'));
    assert.deepEqual([...paths].filter((p) => !files.has(p)), []);
  });
});
