// Runs inside Chromium for `npm run bench`: times a widget from "feed handed over" (parsed JSON
// set as the `feed` property) to the first frame painted, and a few re-renders. Exposes
// `window.runBench(scenario)`; scripts/bench.mjs drives it.
import { largeFeed } from '../fixtures/large-feed.js';

const stage = document.getElementById('stage');

/** Resolves after the next frame has been painted (rAF, then a task queued after it). */
const painted = () =>
  new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  }));

async function feedFor(size) {
  if (size === 219) return (await fetch('../fixtures/laocai-219-ctr-tu.json')).json();
  if (size === 'illustrative') return (await fetch('../fixtures/laocai-219-ctr-tu.illustrative.json')).json();
  return largeFeed(size);
}

function heap() {
  globalThis.gc?.();
  return performance.memory?.usedJSHeapSize ?? 0;
}

/** Mounts `count` elements of `tag` with `attrs`, sets their feed, and waits for paint. */
async function mount(tag, feed, attrs, count) {
  stage.replaceChildren();
  await painted();
  const before = heap();
  const start = performance.now();
  const els = [];
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.feed = feed;
    stage.append(el);
    els.push(el);
  }
  await Promise.all(els.map((el) => el.updateComplete));
  await painted();
  const ms = performance.now() - start;
  return { ms, els, heap: heap() - before };
}

async function timed(action, els) {
  const start = performance.now();
  action();
  await Promise.all(els.map((el) => el.updateComplete));
  await painted();
  return performance.now() - start;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

globalThis.runBench = async ({ widget, size, count = 1, attrs = {}, runs = 7, updates = {} }) => {
  await import(`../dist/bundled/tiendo-${widget}.js`);
  const tag = `tiendo-${widget}`;
  await customElements.whenDefined(tag);
  const feed = await feedFor(size);
  const first = [];
  let heapBytes = 0;
  const updateTimes = Object.fromEntries(Object.keys(updates).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    const { ms, els, heap } = await mount(tag, structuredClone(feed), attrs, count);
    first.push(ms);
    heapBytes = heap;
    for (const [name, steps] of Object.entries(updates)) {
      for (const step of steps) updateTimes[name].push(await timed(() => applyStep(els, step), els));
    }
  }
  stage.replaceChildren();
  return {
    firstPaint: median(first),
    heap: heapBytes,
    updates: Object.fromEntries(Object.entries(updateTimes).map(([k, v]) => [k, median(v)])),
  };
};

/**
 * Feed read + model at `size` tasks: parseFeed (schema and checks) then buildModel (timeframes read,
 * schedules, agencies resolved), as a timeline does on load. A fresh copy of the JSON each run.
 * `modules` are feed modules of different builds, timed in turn run for run; one result each.
 * Each run starts after a full garbage collection (the bench starts Chromium with --expose-gc).
 */
globalThis.runFeedRead = async ({ size, runs = 7, modules = ['../dist/bundled/feed.js'] }) => {
  const builds = await Promise.all(modules.map((url) => import(url)));
  const json = JSON.stringify(largeFeed(size));
  const times = builds.map(() => ({ parse: [], model: [] }));
  for (let i = 0; i < runs; i++) {
    builds.forEach(({ parseFeed, buildModel }, b) => {
      const input = JSON.parse(json);
      // A page reads its feed into a young heap: the runs before this one (or the other build's)
      // must not leave it their garbage to collect.
      globalThis.gc?.();
      const t0 = performance.now();
      const result = parseFeed(input);
      const t1 = performance.now();
      buildModel(result.feed, result.issues);
      times[b].parse.push(t1 - t0);
      times[b].model.push(performance.now() - t1);
    });
  }
  return times.map((t) => ({ parse: median(t.parse), model: median(t.model) }));
};

function applyStep(els, step) {
  if (step.width) stage.style.width = `${step.width}px`;
  for (const el of els) {
    for (const [k, v] of Object.entries(step.attrs ?? {})) v === null ? el.removeAttribute(k) : el.setAttribute(k, v);
  }
}
