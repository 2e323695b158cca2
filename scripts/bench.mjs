// `npm run bench`: bundle sizes (min and min+gzip per page) and render timings in Chromium.
// Budgets come from the issues; a figure over budget is flagged, but the bench never fails the
// build: performance is watched here, not asserted in tests.
import { execSync } from 'node:child_process';
import { cpSync, readFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';
import { navigationBench } from './bench-nav.mjs';
import { WIDGET_NAMES } from './registry.mjs';

const skipBuild = process.argv.includes('--no-build');
/** `--nav`: only the navigation-level measure (and sizes). */
const navOnly = process.argv.includes('--nav');
/** `--feed`: only the feed read + model table. */
const feedOnly = process.argv.includes('--feed');
/**
 * `--against DIR`: the feed table and the navigation measure also time the `dist/bundled` folder
 * DIR of another build (say main's), run for run in turn with this one, so that both meet the
 * same load on the machine.
 */
const againstArg = process.argv.indexOf('--against');
const against = againstArg > 0 ? process.argv[againstArg + 1] : undefined;
if (againstArg > 0 && !against) throw new Error('--against needs the dist/bundled folder of the other build');
/** `--reps N`: loads per page in the navigation measure (default 7; more on a busy machine). */
const repsArg = process.argv.indexOf('--reps');
const reps = repsArg > 0 ? Number(process.argv[repsArg + 1]) : 7;
if (!(reps >= 1)) throw new Error('--reps needs a number of loads');
if (!skipBuild) execSync('npx rollup -c --silent', { stdio: 'inherit' });

// ---- sizes ---------------------------------------------------------------------------------
/** An entry and every chunk it imports statically: what a page showing that widget downloads. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g)) closure(join(dirname(file), m[1]), seen);
  return seen;
}

function size(files) {
  let min = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    min += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { min, gz };
}

const KB = (n) => (n / 1024).toFixed(1);
/** Budgets (KiB min+gzip) of each widget's page, everything fetched, d3 modules included (issue #15); a widget without one is measured all the same. */
const PAGE_BUDGET = { timeline: 35, matrix: 32, gauge: 30 };
const pageFile = (w) => `dist/bundled/tiendo-${w}.js`;
const sizeRows = [
  ...WIDGET_NAMES.map((w) => [`${w} page`, pageFile(w), PAGE_BUDGET[w] ?? null]),
  ['timeline, matrix and gauge', ['timeline', 'matrix', 'gauge'].map(pageFile), 52],
  ['<tiendo-feed>', 'dist/bundled/tiendo-feed.js', null],
  ['all widgets (index)', 'dist/bundled/index.js', 40],
  ['feed only (no DOM)', 'dist/bundled/feed.js', null],
  // The classic script imports index.js: a page downloads both (and index.js's chunks).
  ['classic script (cdn/tiendo.iife.min.js) + index', ['dist/bundled/cdn/tiendo.iife.min.js', 'dist/bundled/index.js'], 45],
  // Embedding (issue #6): what a page downloads through the loader, and the iframe page.
  ['loader.js', 'dist/bundled/loader.js', 3],
  ['loader + one gauge', ['dist/bundled/loader.js', pageFile('gauge')], 31],
  [`loader + all ${WIDGET_NAMES.length} widgets`, ['dist/bundled/loader.js', ...WIDGET_NAMES.map(pageFile)], null],
  ['iframe page, timeline (embed.html+css+js)', ['dist/bundled/embed.html', 'dist/bundled/embed.css', 'dist/bundled/embed.js', pageFile('timeline')], null],
  ['tiendo-embed.js (host page)', 'dist/bundled/tiendo-embed.js', null],
];
const sizes = sizeRows.map(([name, entry, budget]) => {
  const files = [...new Set([entry].flat().flatMap((e) => [...closure(e)]))]; // several entries: shared chunks counted once
  const { min, gz } = size(files);
  return { name, files: files.length, min: KB(min), gz: KB(gz), budget, ok: budget == null || gz / 1024 <= budget };
});
if (!feedOnly) {
  console.log('\nBundle sizes (KiB; a page downloads its entry and the chunks it imports)');
  console.table(sizes.map((s) => ({ what: s.name, files: s.files, min: s.min, 'min+gz': s.gz, budget: s.budget ?? '', '': s.ok ? '' : 'OVER' })));
}

// ---- render timings ------------------------------------------------------------------------
const server = await serve({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc',
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'tiendo-bench-'))}`,
  ],
});

if (feedOnly) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/page.html`, { waitUntil: 'load' });
  const feedRows = await feedBench(page);
  await browser.close();
  server.close();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest-feed.json', JSON.stringify({ date: new Date().toISOString(), against: against ?? null, feedRows }, null, 2));
  process.exit(0);
}

// ---- navigation → drawn, next to hand-written pages ------------------------------------------
const navRows = await navigationBench(browser, base, { against, reps });
console.log(`\nNavigation → drawn in Chromium (median of ${reps} fresh loads; one widget per page from dist/bundled, feed by URL;`);
console.log('hand-written = the same programme drawn by bench/nav/hand-*.js; elements = hand-written / tiendo, shadow roots included;');
console.log('server-rendered = the page carries `tiendo render --format fragment` and loads the script: its ms is the first paint of that picture, live ms when the widget is live;');
console.log('Lit floor = the hand-written drawing redone as a bare Lit element (bench/nav/lit-*.js): what Lit alone costs, and its ratio to hand-written;');
console.log(`main thread = the renderer main thread's own time before drawn (trace thread time), tiendo / hand-written / Lit floor${against ? ' / against' : ''};`);
if (against) console.log(`against = the same page on ${against}, loaded in turn with the other two)`);
else console.log('--against DIR adds the same page on another build, loaded in turn)');
console.table(navRows);
if (navOnly) {
  await browser.close();
  server.close();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest-nav.json', JSON.stringify({ date: new Date().toISOString(), sizes, navRows }, null, 2));
  process.exit(0);
}

const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
page.on('pageerror', (e) => console.error('page error:', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(`${base}/bench/page.html`, { waitUntil: 'load' });

const scenarios = [
  { widget: 'timeline', label: 'Programme 219 (22 tasks)', size: 219, budget: 30, attrs: { now: '2025-06-30' } },
  {
    widget: 'timeline', label: '1,000 tasks', size: 1000, budget: 100, attrs: { now: '2025-06-30' },
    updates: { now: [{ attrs: { now: '2027-01-15' } }], agency: [{ attrs: { agency: 'a3' } }], width: [{ width: 900 }, { width: 1200 }] },
    updateBudget: 30,
  },
  { widget: 'timeline', label: '10,000 tasks', size: 10000, budget: 200, runs: 5, attrs: { now: '2025-06-30' } },
  { widget: 'matrix', label: 'Programme 219 (22 tasks)', size: 219, budget: 30 },
  { widget: 'matrix', label: '1,000 tasks × 60 agencies', size: 1000, budget: 100, updates: { highlight: [{ attrs: { agency: 'a3' } }], sort: [{ attrs: { order: 'document' } }, { attrs: { order: null } }] }, updateBudget: 30 },
  { widget: 'matrix', label: '10,000 tasks × 60 agencies', size: 10000, budget: 150, runs: 5 },
  { widget: 'gauge', label: 'one gauge (GRDP, illustrative)', size: 'illustrative', budget: 20, attrs: { target: 'cnsh-grdp' } },
  { widget: 'gauge', label: '50 gauges', size: 'illustrative', count: 50, budget: 60, attrs: { target: 'cnsh-grdp' } },
];

const rows = [];
for (const s of scenarios) {
  const r = await page.evaluate((arg) => globalThis.runBench(arg), { widget: s.widget, size: s.size, count: s.count, attrs: s.attrs, runs: s.runs ?? 7, updates: s.updates ?? {} });
  rows.push({ widget: s.widget, case: s.label, 'first paint ms': r.firstPaint.toFixed(1), budget: s.budget, heap: `${(r.heap / 1048576).toFixed(1)} MB`, '': r.firstPaint <= s.budget ? '' : 'OVER' });
  for (const [name, ms] of Object.entries(r.updates)) {
    rows.push({ widget: s.widget, case: `  re-render: ${name}`, 'first paint ms': ms.toFixed(1), budget: s.updateBudget, heap: '', '': ms <= s.updateBudget ? '' : 'OVER' });
  }
}
// The Datawrapper-style iframe: from navigating a frame to embed.html until its widget has drawn
// Programme 219 (the page's `tiendo:rendered` User Timing mark, relative to navigation start).
{
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const frame = await browser.newPage();
    await frame.setViewport({ width: 1000, height: 800 });
    await frame.goto(`${base}/dist/bundled/embed.html?widget=timeline&src=..%2F..%2Ffixtures%2Flaocai-219-ctr-tu.json&now=2025-06-30`, { waitUntil: 'load' });
    runs.push(await frame.evaluate(() => new Promise((resolve) => {
      const look = () => {
        const mark = performance.getEntriesByName('tiendo:rendered')[0];
        if (mark) resolve(mark.startTime);
        else setTimeout(look, 5);
      };
      look();
    })));
    await frame.close();
  }
  const ms = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  rows.push({ widget: 'iframe', case: 'embed.html: navigation → Programme 219 timeline rendered', 'first paint ms': ms.toFixed(1), budget: 300, heap: '', '': ms <= 300 ? '' : 'OVER' });
}

console.log('\nRender in Chromium (median; from feed handed over to first frame painted)');
console.table(rows);

const feedRows = await feedBench(page);

await browser.close();
server.close();

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), sizes, navRows, rows, feedRows }, null, 2));
console.log(`\nSaved ${relative('.', 'bench-results/latest.json')}`);

/**
 * Feed read + model (issue #15: ≤ 60 ms at 10,000 tasks), in the page, from the bundled feed
 * module; with `--against`, the other build's module in turn, run for run.
 */
async function feedBench(page) {
  const builds = [['this build', '../dist/bundled/feed.js']];
  if (against) {
    // Served from inside the root, as a copy: the page imports it like our own.
    const copy = 'bench-results/against-bundled';
    rmSync(copy, { recursive: true, force: true });
    cpSync(against, copy, { recursive: true });
    builds.push([`against ${against}`, `../${copy}/feed.js`]);
  }
  const feedRows = [];
  for (const size of [22, 1000, 10000]) {
    const runs = size === 10000 ? 7 : size === 1000 ? 15 : 31;
    const results = await page.evaluate((arg) => globalThis.runFeedRead(arg), { size, runs, modules: builds.map(([, url]) => url) });
    results.forEach((r, i) => {
      const total = r.parse + r.model;
      const over = size === 10000 && total > 60;
      feedRows.push({ build: builds[i][0], tasks: size, 'parseFeed ms': r.parse.toFixed(1), 'buildModel ms': r.model.toFixed(1), 'total ms': total.toFixed(1), budget: size === 10000 ? 60 : '', '': over ? 'OVER' : '' });
    });
  }
  console.log('\nFeed read + model in Chromium (median; largeFeed(n), parseFeed then buildModel with timeframes)');
  console.table(feedRows);
  return feedRows;
}
