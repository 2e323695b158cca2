// The packed package in consumer apps (after `npm run build`): `npm pack`, unpacked into a fresh
// node_modules/tiendo next to the frameworks the repository installs (no network), then
//  - tests/consumers/react: React 19 + strict tsc, the tiendo/react wrappers and tiendo/jsx tags;
//  - tests/consumers/vue: vue-tsc --strictTemplates with tiendo/vue;
//  - tests/consumers/svelte: svelte-check with tiendo/svelte;
//  - the React wrapper in Chromium with React 19 and with React 18 (`react18`, npm:react@18.3.1):
//    the feed set as a property, events;
//  - an app on Lit 2.8 (`lit2`, npm:lit@2.8.0, in place of lit): the widgets bundle with that one
//    Lit, render and share a selection in Chromium, and `tiendo render` draws with it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { root } from './helpers.mjs';

let consumer;
let tarball;

before(() => {
  consumer = mkdtempSync(join(tmpdir(), 'tiendo-consumer-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', consumer], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const modules = join(consumer, 'node_modules');
  mkdirSync(modules);
  tarball = join(consumer, filename);
  execFileSync('tar', ['-xzf', tarball, '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'tiendo'));
  // Everything else a consumer would have installed: the repository's own node_modules.
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === 'tiendo' || name === '.bin' || name === '.package-lock.json') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  cpSync(join(root, 'tests/consumers'), consumer, { recursive: true });
});

after(() => rmSync(consumer, { recursive: true, force: true }));

/** Runs a checker; on failure the assertion shows what it printed. */
function check(bin, args) {
  const run = spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd: consumer, encoding: 'utf8' });
  assert.equal(run.status, 0, `${bin} ${args.join(' ')}\n${run.stdout}${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}

/** Serves `dir` on a free port and opens it in Chromium, collecting page errors; both close with the test. */
async function openPage(t, dir) {
  const types = { '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((req, res) => {
    let body;
    try {
      body = readFileSync(join(dir, req.url === '/' ? 'index.html' : req.url.slice(1)));
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': types[extname(req.url)] ?? 'text/html' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  t.after(async () => {
    await browser.close();
    server.close();
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  return { page, errors };
}

describe('consumers of the packed package', () => {
  it('React 19 + strict tsc: tiendo/react components and tiendo/jsx tags type-check, mistakes do not', () => {
    check('typescript/bin/tsc', ['-p', 'react/tsconfig.json']);
  });

  it('Vue 3: vue-tsc --strictTemplates', () => {
    check('vue-tsc/bin/vue-tsc.js', ['-p', 'vue/tsconfig.json']);
  });

  it('Svelte 5: svelte-check finds no error and no warning', () => {
    const out = check('svelte-check/bin/svelte-check', ['--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine']);
    assert.match(out, /COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/);
  });

  // React 18 beside React 19: `react18` and `react-dom18` are npm aliases (package.json), and the
  // bundle of the React 18 page resolves `react` and `react-dom` to them everywhere — the app, the
  // packed tiendo/react and react-dom itself — as an app on React 18 would. (react-dom 18's peer
  // range names React 18; package.json's "overrides" lets npm install it beside React 19, since
  // nothing but this bundle loads it.)
  for (const major of [19, 18]) {
    it(`React ${major} in Chromium: the wrapper sets feed as a property, onTiendoLoad and onTiendoSelect receive the events`, async (t) => {
      const dir = join(consumer, `react${major}`);
      mkdirSync(dir, { recursive: true });
      const alias = major === 18 ? { react: 'react18', 'react-dom': 'react-dom18' } : {};
      const { metafile } = await build({
        absWorkingDir: consumer, entryPoints: ['react/browser.tsx'], outfile: join(dir, 'out.js'), bundle: true, format: 'esm', jsx: 'automatic',
        alias, metafile: true, define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
      });
      // One React in the bundle, the one asked for (tiendo/react passes it to @lit/react's createComponent).
      const reacts = new Set(Object.keys(metafile.inputs).map((f) => /node_modules\/(react(?:-dom)?\d*)\//.exec(f)?.[1]).filter(Boolean));
      assert.deepEqual([...reacts].sort(), major === 18 ? ['react-dom18', 'react18'] : ['react', 'react-dom']);
      assert.ok(Object.keys(metafile.inputs).some((f) => f.endsWith('tiendo/dist/esm/react.js')), 'the packed tiendo/react is in the bundle');
      writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><div id="root"></div><script type="module" src="out.js"></script>');
      writeFileSync(join(dir, 'feed.json'), readFileSync(join(root, 'fixtures/laocai-219-ctr-tu.json')));
      const { page, errors } = await openPage(t, dir);
      await page.waitForFunction(() => document.querySelector('#loaded')?.textContent?.startsWith('loaded'), { timeout: 20000 });
      const seen = await page.evaluate(() => {
        const el = document.querySelector('tiendo-timeline');
        return {
          react: document.querySelector('#react').textContent,
          attribute: el.getAttribute('feed'),
          property: typeof el.feed,
          rows: el.shadowRoot.querySelectorAll('.row.task').length,
          text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
          loaded: document.querySelector('#loaded').textContent,
        };
      });
      assert.match(seen.react, new RegExp(`^${major}\\.`));
      assert.equal(seen.attribute, null, 'no feed="[object Object]" attribute');
      assert.equal(seen.property, 'object');
      assert.equal(seen.rows, 22, 'a row for each of the 22 tasks');
      assert.match(seen.text, /1 Tổ chức học tập, quán triệt, tuyên truyền Nghị quyết số 36-NQ\/TW/);
      assert.equal(seen.loaded, 'loaded, 0 problems');
      // A reader's click on task 5 reaches the React handler as tiendo-select.
      await page.evaluate(() => document.querySelector('tiendo-timeline').shadowRoot.querySelector('.row.task[data-key="t5"]').click());
      await page.waitForFunction(() => document.querySelector('#chosen').textContent !== '', { timeout: 5000 });
      assert.equal(await page.evaluate(() => document.querySelector('#chosen').textContent), 'chose task t5');
      assert.deepEqual(errors, []);
    });
  }

  it('an app on Lit 2.8: one Lit in the bundle, the widgets render and share a selection, tiendo render draws', async (t) => {
    // The app's node_modules: the packed package, lit 2.8.0 as `lit`, everything else the repository's.
    const app = join(consumer, 'lit2');
    const modules = join(app, 'node_modules');
    mkdirSync(modules, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', modules]);
    renameSync(join(modules, 'package'), join(modules, 'tiendo'));
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (['tiendo', 'lit', 'lit2', '.bin', '.package-lock.json'].includes(name)) continue;
      symlinkSync(join(root, 'node_modules', name), join(modules, name));
    }
    symlinkSync(join(root, 'node_modules/lit2'), join(modules, 'lit'));
    const feed = readFileSync(join(root, 'fixtures/laocai-219-ctr-tu.json'));
    writeFileSync(join(app, 'feed.json'), feed);
    writeFileSync(join(app, 'main.js'), ['tiendo/feed-element/define.js', 'tiendo/matrix/define.js', 'tiendo/timeline/define.js'].map((m) => `import '${m}';`).join('\n'));
    const { metafile } = await build({ absWorkingDir: app, entryPoints: ['main.js'], outfile: 'out.js', bundle: true, format: 'esm', metafile: true, logLevel: 'silent' });
    const litFiles = Object.keys(metafile.inputs).filter((f) => /(^|\/)(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(f));
    assert.ok(litFiles.some((f) => f.includes('lit2/node_modules/lit-html/')), litFiles.join('\n'));
    assert.deepEqual(litFiles.filter((f) => !f.includes('node_modules/lit2/')), [], 'every Lit module comes from lit 2.8');
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html lang="vi"><meta charset="utf-8"><tiendo-feed src="feed.json"><tiendo-matrix></tiendo-matrix><tiendo-timeline now="2025-06-30"></tiendo-timeline></tiendo-feed><script type="module" src="out.js"></script></html>',
    );
    const { page, errors } = await openPage(t, app);
    await page.waitForFunction(() => document.querySelector('tiendo-matrix')?.shadowRoot?.querySelector('thead th.agency button'), { timeout: 20000 });
    assert.deepEqual(await page.evaluate(() => globalThis.litHtmlVersions), ['2.8.0']);
    assert.match(await page.evaluate(() => document.querySelector('tiendo-timeline').shadowRoot.textContent.replace(/\s+/g, ' ')), /Tổ chức học tập, quán triệt, tuyên truyền Nghị quyết số 36-NQ\/TW/);
    // A body picked in the matrix reaches the timeline through <tiendo-feed> (@lit/context on Lit 2).
    await page.evaluate(() => {
      const th = [...document.querySelector('tiendo-matrix').shadowRoot.querySelectorAll('thead th.agency')].find((el) => el.textContent.includes('HĐND tỉnh'));
      th.querySelector('button').click();
    });
    await page.waitForFunction(() => document.querySelector('tiendo-timeline').shadowRoot.querySelectorAll('.row.task.hl').length > 0, { timeout: 5000 });
    assert.deepEqual(await page.evaluate(() => [...document.querySelector('tiendo-timeline').shadowRoot.querySelectorAll('.row.task.hl')].map((r) => r.dataset.key)), ['t4', 't5', 't7']);
    assert.deepEqual(errors, []);

    // The command line in the same app: the widgets it renders import that lit 2.8.
    const cli = join(modules, 'tiendo/bin/tiendo.mjs');
    const script = "const { readFileSync } = await import('node:fs'); console.log(JSON.parse(readFileSync(new URL('./package.json', import.meta.resolve('lit')))).version)";
    const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(modules, 'tiendo'), encoding: 'utf8' });
    assert.equal(resolved.trim(), '2.8.0');
    const html = execFileSync(process.execPath, [cli, 'render', 'timeline', 'feed.json', '--now', '2025-06-30'], { cwd: app, encoding: 'utf8' });
    assert.match(html, /Tổ chức học tập, quán triệt, tuyên truyền Nghị quyết số 36-NQ\/TW/);
    assert.match(html, /<td>Quý III\/2023<\/td>/);
  });
});
