// The navigation-level measure of `npm run bench`: the way a reader meets a widget. Each page is
// one widget in an article, loaded from the self-hosted folder (dist/bundled, what a webmaster
// copies) with the feed given by URL; next to it, a hand-written page (bench/nav/hand-*.js) draws
// the same programme from the same feed. Every load is a fresh browser context (empty cache), the
// two pages alternate, and the figure is the median time from navigation start to the `drawn`
// mark (picture produced: see bench/nav/drawn.js). Read the ratio: the machine is shared.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { largeFeed } from '../fixtures/large-feed.js';

const OUT = 'bench-results/nav';
const PROGRAMME = '../../fixtures/laocai-219-ctr-tu.json';
const ILLUSTRATIVE = '../../fixtures/laocai-219-ctr-tu.illustrative.json';

/** Pages compared, tiendo first; `feed` is relative to bench-results/nav/. */
export const NAV_CASES = [
  { widget: 'timeline', label: 'Programme 219, 22 tasks', feed: PROGRAMME, attrs: { now: '2025-06-30' }, target: 1.3 },
  // The page carries the widget's server rendering (`tiendo render --format fragment`) and loads the
  // script: readers see the picture at the first paint, which is this row's time (the live widget's
  // `drawn` is the "live ms" column).
  { widget: 'timeline', label: 'Programme 219, server-rendered + script', feed: PROGRAMME, attrs: { now: '2025-06-30' }, target: 1.3, prerendered: true },
  { widget: 'matrix', label: 'Programme 219, 22 tasks', feed: PROGRAMME, attrs: {}, target: 1.3 },
  { widget: 'matrix', label: 'Programme 219, server-rendered + script', feed: PROGRAMME, attrs: {}, target: 1.3, prerendered: true },
  { widget: 'gauge', label: 'Programme 219, 3 gauges + 4 goals', feed: ILLUSTRATIVE, attrs: { now: '2026-06-30' }, target: 1.3 },
  { widget: 'gauge', label: 'Programme 219, server-rendered + script', feed: ILLUSTRATIVE, attrs: { now: '2026-06-30' }, target: 1.3, prerendered: true },
  { widget: 'gauge', label: '22 gauges', feed: 'gauges-22.json', attrs: { now: '2026-06-30' }, target: 1.3 },
  { widget: 'gauge', label: '22 gauges, server-rendered + script', feed: 'gauges-22.json', attrs: { now: '2026-06-30' }, target: 1.3, prerendered: true },
  // tiendo's `drawn` comes with the first screen of cards (the rest follow at idle); the
  // hand-written page draws all 1,000 before its mark.
  { widget: 'gauge', label: '1,000 gauges (first screen)', feed: 'gauges-1000.json', attrs: { now: '2026-06-30' }, target: null },
  { widget: 'timeline', label: '1,000 tasks', feed: 'tasks-1000.json', attrs: { now: '2025-06-30' }, target: null },
  { widget: 'matrix', label: '1,000 tasks × 60 agencies', feed: 'tasks-1000.json', attrs: {}, target: null },
];

const head = (title) => `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="../../bench/nav/page.css">`;

/** A tiendo page; `bundled` is the build's folder as seen from bench-results/nav/. */
function tiendoPage(c, bundled = '../../dist/bundled') {
  const attrs = Object.entries({ src: c.feed, ...c.attrs }).map(([k, v]) => ` ${k}="${v}"`).join('');
  const element = c.prerendered ? prerender(c) : `<tiendo-${c.widget} id="w"${attrs}></tiendo-${c.widget}>`;
  return `${head(`tiendo ${c.widget}`)}
  <script type="module" src="${bundled}/tiendo-${c.widget}.js"></script>
</head>
<body><article><h1>${c.label}</h1>
  ${element}
  <script type="module">import { markWhenDrawn } from '../../bench/nav/drawn.js'; markWhenDrawn(document.getElementById('w'));</script>
</article></body>
</html>
`;
}

/** The element as `tiendo render --format fragment` writes it, with the feed's URL to go live with. */
function prerender(c) {
  if (!existsSync('dist/cli/tiendo.mjs')) execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  const fragment = execFileSync('node', [
    'bin/tiendo.mjs', 'render', c.widget, join(OUT, c.feed), '--format', 'fragment',
    ...Object.entries(c.attrs).flatMap(([k, v]) => (k === 'now' ? ['--now', v] : ['--attr', `${k}=${v}`])), '--attr', `src=${c.feed}`,
  ], { encoding: 'utf8' });
  // Parsed right after the element: the frame after it, the server's picture is on screen (the
  // same marking as bench/nav/drawn.js, without waiting for any module).
  const pictured = "<script>requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => performance.mark('pictured'); c.port2.postMessage(0); });</script>";
  return `${fragment.replace(`<tiendo-${c.widget} `, `<tiendo-${c.widget} id="w" `)}\n  ${pictured}`;
}

/** The Lit floor's page (bench/nav/lit-*.js, bundled with Lit by litFloor()). */
function litPage(c) {
  const attrs = Object.entries({ src: c.feed, now: c.attrs.now ?? '2025-06-30' }).map(([k, v]) => ` ${k}="${v}"`).join('');
  return `${head(`Lit floor ${c.widget}`)}
  <script type="module" src="lit/lit-${c.widget}.js"></script>
</head>
<body><article><h1>${c.label}</h1>
  <floor-${c.widget}${attrs}></floor-${c.widget}>
</article></body>
</html>
`;
}

/** Bundles the Lit floor's pages with Lit's production build, minified like dist/bundled. */
async function litFloor() {
  const bundle = await rollup({
    input: ['timeline', 'matrix', 'gauge'].map((w) => `bench/nav/lit-${w}.js`),
    plugins: [nodeResolve({ exportConditions: ['production', 'browser'] })],
  });
  await bundle.write({ dir: `${OUT}/lit`, format: 'es', plugins: [terser({ ecma: 2020, module: true, format: { comments: false } })] });
  await bundle.close();
}

function handPage(c) {
  return `${head(`hand-written ${c.widget}`)}
  <link rel="stylesheet" href="../../bench/nav/hand.css">
  <script type="module" src="../../bench/nav/hand-${c.widget}.js"></script>
</head>
<body><article><h1>${c.label}</h1>
  <div id="chart" data-src="${c.feed}" data-now="${c.attrs.now ?? '2025-06-30'}"></div>
</article></body>
</html>
`;
}

/** `n` copies of the illustrative feed's quantitative targets (ids made unique), marked illustrative. */
async function gaugeFeed(n) {
  const { readFile } = await import('node:fs/promises');
  const feed = JSON.parse(await readFile('fixtures/laocai-219-ctr-tu.illustrative.json', 'utf8'));
  const quantitative = feed.targets.filter((t) => t.kind === 'quantitative');
  const targets = Array.from({ length: n }, (_, i) => ({ ...quantitative[i % quantitative.length], id: `g${i + 1}` }));
  return { ...feed, meta: { ...feed.meta, illustrative: true }, targets };
}

/** Another build's folder, copied inside the served root for `--against`. */
const AGAINST = 'bench-results/nav-against';

/**
 * Writes the pages and generated feeds into bench-results/nav/ (with `against`, a third page per
 * case on that build's copy); returns their file stems.
 */
export async function writeNavPages(against) {
  mkdirSync(OUT, { recursive: true });
  if (against) {
    rmSync(AGAINST, { recursive: true, force: true });
    cpSync(against, AGAINST, { recursive: true });
  }
  writeFileSync(`${OUT}/gauges-22.json`, JSON.stringify(await gaugeFeed(22)));
  writeFileSync(`${OUT}/gauges-1000.json`, JSON.stringify(await gaugeFeed(1000)));
  writeFileSync(`${OUT}/tasks-1000.json`, JSON.stringify(largeFeed(1000)));
  await litFloor();
  return NAV_CASES.map((c, i) => {
    const stem = `${i}-${c.widget}`;
    writeFileSync(`${OUT}/${stem}-tiendo.html`, tiendoPage(c));
    writeFileSync(`${OUT}/${stem}-hand.html`, handPage(c));
    writeFileSync(`${OUT}/${stem}-lit.html`, litPage(c));
    if (against) writeFileSync(`${OUT}/${stem}-against.html`, tiendoPage(c, '../nav-against'));
    return stem;
  });
}

/** Elements in the document, shadow roots included. */
function countElements() {
  let n = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return n;
}

/**
 * One fresh load of `url`: ms from navigation start to `drawn`, the main thread's own time in that
 * span (thread time of the renderer's tasks, from a trace: what the page's code and the browser's
 * layout cost, less bent by the machine's load than the wall clock, and what a phone's slow core
 * pays), and the element count.
 */
async function load(browser, url, timeout = 60_000) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.tracing.start({ categories: ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => performance.getEntriesByName('drawn').length || performance.getEntriesByName('failed').length, { timeout, polling: 20 });
    const live = await page.evaluate(() => performance.getEntriesByName('drawn')[0]?.startTime ?? NaN);
    // A server-rendered page is pictured before its widget is live.
    const ms = await page.evaluate((drawn) => performance.getEntriesByName('pictured')[0]?.startTime ?? drawn, live);
    const cpu = mainThreadMs(JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents, ms);
    const elements = await page.evaluate(countElements);
    if (errors.length) console.error(`${url}: ${errors.join('; ')}`);
    return { ms, live, cpu, elements };
  } finally {
    await context.close();
  }
}

/** Thread time of the page's main-thread tasks from navigation start to `drawn` (ms after it). */
function mainThreadMs(events, drawn) {
  const start = events.find((e) => e.name === 'navigationStart');
  if (!start) return NaN;
  const end = start.ts + drawn * 1000;
  const tasks = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= start.ts && e.ts <= end);
  return tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs every case `reps` times, the pages taking turns at going first (tiendo, hand-written and
 * the Lit floor; with `against`, the other build's page too).
 */
export async function navigationBench(browser, base, { reps = 7, against } = {}) {
  const stems = await writeNavPages(against);
  await load(browser, `${base}/${OUT}/${stems[0]}-hand.html`); // warm-up, discarded
  const rows = [];
  const pages = ['tiendo', 'hand', 'lit', ...(against ? ['against'] : [])];
  for (const [i, c] of NAV_CASES.entries()) {
    const runs = Object.fromEntries(pages.map((who) => [who, []]));
    const live = [];
    const cpu = Object.fromEntries(pages.map((who) => [who, []]));
    let elements = {};
    for (let r = 0; r < reps; r++) {
      for (const who of [...pages.slice(r % pages.length), ...pages.slice(0, r % pages.length)]) {
        const result = await load(browser, `${base}/${OUT}/${stems[i]}-${who}.html`);
        runs[who].push(result.ms);
        if (who === 'tiendo') live.push(result.live);
        cpu[who].push(result.cpu);
        elements[who] = result.elements;
      }
    }
    const tiendo = median(runs.tiendo);
    const hand = median(runs.hand);
    const ratio = tiendo / hand;
    const lit = median(runs.lit);
    const other = against ? { 'against ms': median(runs.against).toFixed(0), 'against ratio': `${(median(runs.against) / hand).toFixed(2)}×` } : {};
    rows.push({
      widget: c.widget, case: c.label, 'hand-written ms': hand.toFixed(0), 'tiendo ms': tiendo.toFixed(0), ratio: `${ratio.toFixed(2)}×`,
      ...(c.prerendered && { 'live ms': median(live).toFixed(0) }),
      'Lit floor ms': `${lit.toFixed(0)} (${(lit / hand).toFixed(2)}×)`, ...other,
      'main thread ms': pages.map((who) => median(cpu[who]).toFixed(0)).join(' / '),
      target: c.target ? `≤ ${c.target}×` : '', elements: `${elements.hand} / ${elements.tiendo}`, '': c.target && ratio > c.target ? 'OVER' : '',
    });
  }
  return rows;
}
