/**
 * Widgets given the same `src` at the same moment share one request (core/feed-loader.ts, join()):
 * how long each one waits, and a refresh that joins another widget's load. The server is the
 * test's own (window.fetch answers when the test says), and so is the clock of the feed timeouts:
 * nothing here waits for real time to pass.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './test-widget.js';
import type { TestWidget } from './test-widget.js';
import { sampleFeed } from '../sample-feed.js';
import { DEFAULT_TIMEOUT } from '../../src/feed/load.js';

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li[data-id]')].map((li) => li.textContent!.trim());
/** The webmaster's line for the problem with `code`, once the problem list (loaded after the reader's short message) is there. */
async function problem(el: Element, code: string): Promise<string> {
  const item = () => el.shadowRoot!.querySelector(`[part="error"] li[data-code="${code}"]`);
  await waitUntil(item, `no ${code} in the problem list`);
  return item()!.textContent!.replace(/\s+/g, ' ');
}

interface Request {
  url: string;
  signal: AbortSignal;
  respond(body: unknown): void;
}

/** A server that answers each request when the test calls `respond` (or never); `requests` is what it received. */
function testServer() {
  const requests: Request[] = [];
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init!.signal!;
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      const body = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
      requests.push({ url: String(input), signal, respond: (value) => resolve(body(value)) });
    })) as typeof fetch;
  return { requests, restore: () => void (window.fetch = original) };
}

/**
 * The feed timeouts' clock: timers of DEFAULT_TIMEOUT ms (the feed's 15 s; nothing else on the
 * page asks for that delay) fire when `advance` moves the clock past them, not in real time.
 */
function feedClock() {
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    if (delay !== DEFAULT_TIMEOUT) return realSet(handler, delay, ...rest);
    const id = realSet(() => {}, 2 ** 31 - 1); // an id no other timer has; it never fires
    timers.set(id, { at: now + delay, run: () => (handler as (...a: unknown[]) => void)(...rest) });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    timers.delete(id!);
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now || !timers.has(id)) continue;
        timers.delete(id);
        realClear(id);
        timer.run();
      }
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** The callbacks the page gave setInterval while the clock is held; they run when the test calls them. */
function heldIntervals() {
  const original = window.setInterval;
  const held: Array<{ delay: number; run: () => void }> = [];
  window.setInterval = ((handler: TimerHandler, delay?: number) => {
    held.push({ delay: delay ?? 0, run: handler as () => void });
    return 0;
  }) as typeof window.setInterval;
  return { held, restore: () => void (window.setInterval = original) };
}

const settled = (el: TestWidget) => waitUntil(() => el.feedState.phase === 'ready' || el.feedState.phase === 'error', 'feed did not settle');

describe('a shared request: each widget waits as long as it would alone', () => {
  let server: ReturnType<typeof testServer>;
  let clock: ReturnType<typeof feedClock>;
  beforeEach(() => {
    server = testServer();
    clock = feedClock();
  });
  afterEach(() => {
    server.restore();
    clock.restore();
  });

  it('a widget that joins a request 10 s in still has its own 15 s; the first times out at its own', async () => {
    const src = `/shared-${Math.random()}.json`;
    const host = await fixture(html`<div><test-widget src=${src}></test-widget></div>`);
    const first = host.querySelector('test-widget')!;
    await waitUntil(() => server.requests.length === 1, 'the first widget asked for nothing');
    clock.advance(10_000);
    const second = document.createElement('test-widget');
    second.src = src;
    host.append(second);
    await second.updateComplete;
    expect(second.feedState.phase).to.equal('loading');
    expect(server.requests, 'the second widget joins the request in flight').to.have.length(1);

    clock.advance(5_000); // 15 s for the first widget, 5 s for the second
    await settled(first);
    expect(first.feedState.error?.code).to.equal('timeout');
    expect(await problem(first, 'timeout')).to.contain('Quá thời gian chờ (15 giây)');
    await second.updateComplete;
    expect(second.feedState.phase, 'the second widget has waited 5 s of its 15').to.equal('loading');
    expect(server.requests[0]!.signal.aborted, 'the request goes on for the second widget').to.equal(false);

    server.requests[0]!.respond(sampleFeed());
    await settled(second);
    expect(items(second)).to.deep.equal(['Quán triệt', 'Rà soát', 'Khen thưởng']);
    expect(server.requests).to.have.length(1);
  });

  it('the last widget waiting gives the request up when its own 15 s are over', async () => {
    const src = `/shared-${Math.random()}.json`;
    const host = await fixture(html`<div><test-widget src=${src}></test-widget></div>`);
    const first = host.querySelector('test-widget')!;
    await waitUntil(() => server.requests.length === 1, 'the first widget asked for nothing');
    clock.advance(10_000);
    const second = document.createElement('test-widget');
    second.src = src;
    host.append(second);
    await second.updateComplete;
    clock.advance(5_000);
    await settled(first);
    expect(server.requests[0]!.signal.aborted).to.equal(false);
    clock.advance(10_000); // the second widget's 15 s
    await settled(second);
    expect(second.feedState.error?.code).to.equal('timeout');
    expect(await problem(second, 'timeout')).to.contain('Quá thời gian chờ (15 giây)');
    expect(server.requests[0]!.signal.aborted, 'nobody waits for the request any more').to.equal(true);
    expect(server.requests).to.have.length(1);
  });

  it('a widget alone times out after 15 s of fetching, not before', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${`/alone-${Math.random()}.json`}></test-widget>`);
    await waitUntil(() => server.requests.length === 1, 'the widget asked for nothing');
    clock.advance(14_999);
    await el.updateComplete;
    expect(el.feedState.phase).to.equal('loading');
    clock.advance(1);
    await settled(el);
    expect(el.feedState.error?.code).to.equal('timeout');
    expect(server.requests[0]!.signal.aborted).to.equal(true);
  });
});

describe('a refresh that joins another widget’s load', () => {
  let server: ReturnType<typeof testServer>;
  let intervals: ReturnType<typeof heldIntervals>;
  beforeEach(() => {
    server = testServer();
    intervals = heldIntervals();
  });
  afterEach(() => {
    server.restore();
    intervals.restore();
  });

  /** The programme as the server has it at version `n`: its first task's title says which. */
  const version = (n: number) => {
    const feed = sampleFeed();
    (feed.tasks[0] as { title: string }).title = `Quán triệt (bản ${n})`;
    return feed;
  };

  it('one request for both; each widget shows the newer data, and the refreshed one is not stale', async () => {
    const src = `/refreshed-${Math.random()}.json`;
    const host = await fixture(html`<div><test-widget src=${src} refresh="30"></test-widget></div>`);
    const refreshed = host.querySelector('test-widget')!;
    await waitUntil(() => server.requests.length === 1, 'the widget asked for nothing');
    server.requests[0]!.respond(version(1));
    await settled(refreshed);
    expect(items(refreshed)[0]).to.equal('Quán triệt (bản 1)');
    const refresh = intervals.held.find((i) => i.delay === 30_000);
    expect(refresh, 'the widget set no 30 s interval').to.not.equal(undefined);

    // Another widget starts loading the same feed; the first one's refresh comes while it loads.
    const loading = document.createElement('test-widget');
    loading.src = src;
    host.append(loading);
    await waitUntil(() => server.requests.length === 2, 'the second widget asked for nothing');
    let loads = 0;
    refreshed.addEventListener('tiendo-load', () => loads++);
    refresh!.run();
    await refreshed.updateComplete;
    expect(server.requests, 'the refresh joins the load in flight').to.have.length(2);
    expect(items(refreshed)[0], 'the data stays on screen while the refresh loads').to.equal('Quán triệt (bản 1)');

    server.requests[1]!.respond(version(2));
    await settled(loading);
    await waitUntil(() => loads === 1, 'the refresh did not finish');
    await refreshed.updateComplete;
    expect(items(loading)[0]).to.equal('Quán triệt (bản 2)');
    expect(items(refreshed)[0]).to.equal('Quán triệt (bản 2)');
    expect(refreshed.feedState.stale).to.equal(false);
    expect(refreshed.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);

    // And the other way round: a widget's first load joins a refresh in flight.
    refresh!.run();
    await waitUntil(() => server.requests.length === 3, 'the second refresh asked for nothing');
    const late = document.createElement('test-widget');
    late.src = src;
    host.append(late);
    await late.updateComplete;
    expect(late.feedState.phase).to.equal('loading');
    expect(server.requests).to.have.length(3);
    server.requests[2]!.respond(version(3));
    await settled(late);
    await waitUntil(() => loads === 2, 'the second refresh did not finish');
    await refreshed.updateComplete;
    expect([items(refreshed)[0], items(loading)[0], items(late)[0]]).to.deep.equal(['Quán triệt (bản 3)', 'Quán triệt (bản 2)', 'Quán triệt (bản 3)']);
    expect(server.requests).to.have.length(3);
  });
});
