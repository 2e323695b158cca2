// @lit-labs/ssr is an optional peer dependency: only `tiendo render --format page|fragment` needs
// it. The package's CLI (bin, dist/cli, dist/esm, package.json) is copied into a project whose
// node_modules has everything the repository installs but @lit-labs/ssr — then a copy of
// @lit-labs/ssr whose one patched line (src/cli/ssr-hooks.ts) has changed.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureBuilt, fixture, root, tiendo } from './helpers.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const installed = join(root, 'node_modules/@lit-labs/ssr');
const FEED = fixture('laocai-219-ctr-tu.json');
let project;

/** A project with tiendo installed and every package of the repository but @lit-labs/ssr. */
function makeProject(name) {
  const dir = join(project, name);
  const modules = join(dir, 'node_modules');
  const tiendoDir = join(modules, 'tiendo');
  mkdirSync(join(modules, '@lit-labs'), { recursive: true });
  for (const part of ['package.json', 'bin', 'dist/cli', 'dist/esm']) cpSync(join(root, part), join(tiendoDir, part), { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (['tiendo', '@lit-labs', '.bin', '.package-lock.json'].includes(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  for (const name of readdirSync(join(root, 'node_modules/@lit-labs'))) {
    if (name !== 'ssr') symlinkSync(join(root, 'node_modules/@lit-labs', name), join(modules, '@lit-labs', name));
  }
  return { dir, modules, cli: join(tiendoDir, 'bin/tiendo.mjs') };
}

const run = (cli, args, cwd) => tiendo(args, { cwd, cli });

before(async () => {
  await ensureBuilt();
  project = mkdtempSync(join(tmpdir(), 'tiendo-ssr-'));
});
after(() => rmSync(project, { recursive: true, force: true }));

describe('tiendo render without @lit-labs/ssr', () => {
  let app;
  before(() => (app = makeProject('missing')));

  it('a page says what to install, before reading the feed, and writes nothing', async () => {
    const out = join(app.dir, 'page.html');
    const r = await run(app.cli, ['render', 'timeline', 'https://example.invalid/feed.json', '--out', out], app.dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^tiendo: render --format page and fragment need Lit's server renderer, @lit-labs\/ssr, which is not installed: run "npm install -D @lit-labs\/ssr@\^4"/);
    assert.match(r.stderr, /--format svg and png do without it/);
    assert.equal(r.stdout, '');
    assert.throws(() => readFileSync(out), { code: 'ENOENT' });
  });

  it('a fragment too', async () => {
    const r = await run(app.cli, ['render', 'gauge', FEED, '--format', 'fragment'], app.dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /npm install -D @lit-labs\/ssr@\^4/);
  });

  it('an SVG image, validate and schema work', async () => {
    const svg = await run(app.cli, ['render', 'timeline', FEED, '--now', '2026-06-30', '--format', 'svg'], app.dir);
    assert.equal(svg.code, 0, svg.stderr);
    assert.match(svg.stdout, /^<\?xml[^]*<svg [^]*Tổ chức học tập, quán triệt[^]*<\/svg>\n$/);
    const validate = await run(app.cli, ['validate', FEED, '--lang', 'en'], app.dir);
    assert.equal(validate.code, 0, validate.stderr);
    const schema = await run(app.cli, ['schema'], app.dir);
    assert.equal(JSON.parse(schema.stdout).$schema, 'https://json-schema.org/draft/2020-12/schema');
  });
});

describe('tiendo render with a @lit-labs/ssr its patch no longer fits', () => {
  let app;
  before(() => {
    app = makeProject('changed');
    const copy = join(app.modules, '@lit-labs/ssr');
    cpSync(installed, copy, { recursive: true, dereference: true });
    const file = join(copy, 'lib/render-value.js');
    const source = readFileSync(file, 'utf8');
    const changed = source.replace('else if (!hydratable &&\n', 'else if (!hydratable && true &&\n');
    assert.notEqual(changed, source, 'the line the patch looks for is in the installed @lit-labs/ssr');
    writeFileSync(file, changed);
  });

  it('stops with a message naming the file and the version tiendo was made with', async () => {
    const r = await run(app.cli, ['render', 'timeline', FEED, '--now', '2026-06-30'], app.dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^tiendo: the <title> patch does not apply to file:\/\/.*\/@lit-labs\/ssr\/lib\/render-value\.js: /);
    assert.match(r.stderr, new RegExp(`npm install -D @lit-labs/ssr@${pkg.devDependencies['@lit-labs/ssr'].replaceAll('.', '\\.')}\n$`));
    assert.equal(r.stdout, '');
  });
});

describe('the @lit-labs/ssr the repository tests with', () => {
  it('is the version the CLI names, within the peer range, and the one the patch was made for', () => {
    const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
    assert.equal(pkg.devDependencies['@lit-labs/ssr'], version);
    assert.equal(/SSR_TESTED = '([\d.]+)'/.exec(readFileSync(join(root, 'src/cli/server-renderer.ts'), 'utf8'))?.[1], version);
    assert.equal(pkg.peerDependencies['@lit-labs/ssr'], '^4.1.0');
    assert.equal(pkg.peerDependenciesMeta['@lit-labs/ssr']?.optional, true);
    assert.ok(!('@lit-labs/ssr' in pkg.dependencies));
  });
});
