import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../../src/core/feed-define.js';
import './test-widget.js';
import type { TestWidget } from './test-widget.js';
import { sampleFeed } from '../sample-feed.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li[data-id]')].map((li) => li.textContent!.trim());
const ready = (el: TestWidget) => waitUntil(() => el.feedState.phase !== 'loading' && el.feedState.phase !== 'idle', 'feed did not settle', { timeout: 8000 });

describe('widget core: where the feed comes from', () => {
  it('renders a `feed` property', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .feed=${sampleFeed()}></test-widget>`);
    expect(items(el)).to.deep.equal(['Quán triệt', 'Rà soát', 'Khen thưởng']);
  });

  it('renders a feed from `src`', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/fixtures/laocai-219-ctr-tu.json"></test-widget>`);
    await ready(el);
    expect(items(el)).to.have.length(22);
    expect(items(el)[0]).to.match(/^Tổ chức học tập, quán triệt/);
  });

  it('renders inline JSON from a <script type="application/json"> child', async () => {
    const el = await fixture<TestWidget>(html`<test-widget><script type="application/json">${JSON.stringify(sampleFeed())}</script></test-widget>`);
    await ready(el);
    expect(items(el)).to.have.length(3);
  });

  it('says what to do when an object was written into the `feed` attribute ("[object Object]", React 18)', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en" feed="[object Object]"></test-widget>`);
    await ready(el);
    expect(el.feedState.phase).to.equal('error');
    expect(el.feedState.error!.code).to.equal('feed-attribute');
    // The webmaster's list (loaded with its words after the reader's short message) says what to do.
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"] li[data-code="feed-attribute"]'), 'no problem list', { timeout: 8000 });
    expect(shadowText(el)).to.contain('set the feed as a property');
    expect(shadowText(el)).not.to.contain('syntax');
  });

  it('reads JSON text given in the `feed` attribute, and lets `src` win over a junk attribute', async () => {
    const text = await fixture<TestWidget>(html`<test-widget feed=${JSON.stringify(sampleFeed())}></test-widget>`);
    await ready(text);
    expect(items(text)).to.deep.equal(['Quán triệt', 'Rà soát', 'Khen thưởng']);
    const both = await fixture<TestWidget>(html`<test-widget feed="[object Object]" src="/fixtures/laocai-219-ctr-tu.json"></test-widget>`);
    await ready(both);
    expect(both.feedState.phase).to.equal('ready');
    expect(items(both)).to.have.length(22);
  });

  it('gives <tiendo-feed> the same reading of a `feed` attribute', async () => {
    const feed = await fixture(html`<tiendo-feed feed="[object Object]"><test-widget></test-widget></tiendo-feed>`);
    const el = feed.querySelector<TestWidget>('test-widget')!;
    await ready(el);
    expect(el.feedState.error!.code).to.equal('feed-attribute');
  });

  it('shares one feed from <tiendo-feed> and carries the selection', async () => {
    const host = await fixture(html`<tiendo-feed .feed=${sampleFeed()} agency="hdnd"><test-widget></test-widget><test-widget></test-widget></tiendo-feed>`);
    const [a, b] = host.querySelectorAll('test-widget');
    await a!.updateComplete;
    expect(items(a!)).to.have.length(3);
    expect(items(b!)).to.have.length(3);
    expect([...a!.shadowRoot!.querySelectorAll('li[data-selected]')].map((li) => li.getAttribute('data-id'))).to.deep.equal(['t2']);
    b!.dispatchEvent(new CustomEvent('tiendo-select', { bubbles: true, composed: true, detail: { agency: 'ubnd' } }));
    await a!.updateComplete;
    expect([...a!.shadowRoot!.querySelectorAll('li[data-selected]')].map((li) => li.getAttribute('data-id'))).to.deep.equal(['t1', 't3']);
  });

  it('reads one feed object given to many widgets once', async () => {
    const feed = sampleFeed();
    const host = await fixture(html`<div><test-widget .feed=${feed}></test-widget><test-widget .feed=${feed}></test-widget></div>`);
    const [a, b] = host.querySelectorAll('test-widget');
    expect(a!.model).to.exist;
    expect(a!.model).to.equal(b!.model);
    const other = await fixture<TestWidget>(html`<test-widget .feed=${sampleFeed()}></test-widget>`);
    expect(other.model).to.not.equal(a!.model);
  });

  it('says loading inside a slow <tiendo-feed> too, then shows the data', async () => {
    const host = await fixture(html`<tiendo-feed src="/__feed/file?ms=900"><test-widget></test-widget></tiendo-feed>`);
    const el = host.querySelector('test-widget')!;
    await waitUntil(() => shadowText(el).includes('Đang tải'), 'no loading message', { timeout: 800 });
    await waitUntil(() => items(el).length === 22, 'no data', { timeout: 5000 });
    expect(shadowText(el)).to.not.contain('Đang tải');
  });

  it('says there is no source rather than showing a blank box', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(shadowText(el)).to.contain('Chưa có nguồn dữ liệu');
  });
});

describe('widget core: states', () => {
  it('shows an empty state for a feed with no tasks', async () => {
    const feed = { ...sampleFeed(), tasks: [] };
    const el = await fixture<TestWidget>(html`<test-widget .feed=${feed}></test-widget>`);
    expect(shadowText(el)).to.contain('chưa có nhiệm vụ');
  });

  it('shows loading after a short delay, then the data', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/__feed/file?ms=900"></test-widget>`);
    await waitUntil(() => shadowText(el).includes('Đang tải'), 'no loading message', { timeout: 800 });
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Đang tải');
    await ready(el);
    expect(items(el)).to.have.length(22);
  });

  for (const [name, src, code, reader] of [
    ['404', '/__feed/status?code=404', 'http', 'HTTP 404'],
    ['500', '/__feed/status?code=500', 'http', 'HTTP 500'],
    ['an HTML page', '/__feed/html', 'not-json', 'không phải JSON'],
    ['6 MB', '/__feed/big', 'too-large', 'quá lớn'],
    ['6 MB with no Content-Length', '/__feed/big?chunked=1', 'too-large', 'quá lớn'],
    ['truncated JSON', '/fixtures/invalid/truncated.json', 'syntax', 'Lỗi cú pháp JSON ở dòng'],
  ] as const) {
    it(`reports ${name} for readers and webmasters`, async () => {
      const el = await fixture<TestWidget>(html`<test-widget src=${src}></test-widget>`);
      await ready(el);
      expect(el.feedState.phase).to.equal('error');
      expect(el.feedState.error!.code).to.equal(code);
      expect(shadowText(el)).to.contain('Không tải được dữ liệu');
      // The webmaster's details are worded by a module fetched on the first problem.
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"] details'), 'no details');
      expect(el.shadowRoot!.querySelector('[part="error"] details')!.textContent).to.contain(reader);
      expect(items(el)).to.deep.equal([]);
    });
  }

  it('lists schema problems with their JSON paths and still renders the valid tasks', async () => {
    const feed = sampleFeed();
    feed.tasks[1].lead = 'hdnd';
    const el = await fixture<TestWidget>(html`<test-widget .feed=${feed}></test-widget>`);
    // A feed with a problem is read once zod, which words it, has been fetched.
    await ready(el);
    expect(items(el)).to.deep.equal(['Quán triệt', 'Khen thưởng']);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="problems"] details'), 'no details');
    const details = el.shadowRoot!.querySelector('[part="problems"]')!.textContent!;
    expect(details).to.contain('tasks[1].lead');
    expect(details).to.contain('1 mục trong dữ liệu bị lỗi');
  });

  it('keeps the last good data, marked stale, when a refresh fails', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/__feed/once?key=${Math.random()}"></test-widget>`);
    await ready(el);
    expect(items(el)).to.have.length(22);
    const errorEvent = oneEvent(el, 'tiendo-error');
    await el.reload();
    expect((await errorEvent).detail.stale).to.equal(true);
    await el.updateComplete;
    expect(items(el)).to.have.length(22);
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.contain('Dữ liệu có thể đã cũ');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"] details'), 'no details');
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.contain('HTTP 503');
  });

  it('shares one request between two widgets given the same `src`; one leaving does not cancel it for the other', async () => {
    const key = Math.random();
    const host = await fixture(html`<div><test-widget src="/__feed/file?ms=400&key=${key}"></test-widget><test-widget src="/__feed/file?ms=400&key=${key}"></test-widget></div>`);
    const [gone, kept] = host.querySelectorAll<TestWidget>('test-widget');
    expect(kept!.feedState.phase).to.equal('loading');
    gone!.remove();
    await ready(kept!);
    expect(kept!.feedState.phase).to.equal('ready');
    expect(items(kept!)).to.have.length(22);
    expect(await (await fetch(`/__feed/hits?key=${key}`)).json()).to.deep.equal({ count: 1 });
  });

  it('announces a refresh only when it is done, not when it starts', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/__feed/file?ms=300"></test-widget>`);
    await ready(el);
    let loads = 0;
    el.addEventListener('tiendo-load', () => loads++);
    const refresh = el.reload();
    expect(loads).to.equal(0);
    expect(items(el)).to.have.length(22); // the data stays on screen meanwhile
    await refresh;
    expect(loads).to.equal(1);
  });

  it('renders only the latest of two quick src changes', async () => {
    // The requests the widget makes, to know when the slow first one has ended (not a guessed time).
    const requests: Promise<string>[] = [];
    const original = window.fetch;
    window.fetch = ((...args: Parameters<typeof fetch>) => {
      const answer = original(...args);
      requests.push(answer.then(() => 'answered', () => 'aborted'));
      return answer;
    }) as typeof fetch;
    try {
      const el = await fixture<TestWidget>(html`<test-widget src="/__feed/file?ms=600&file=fixtures/laocai-219-ctr-tu.json"></test-widget>`);
      await waitUntil(() => requests.length === 1, 'the first request was not made');
      el.src = '/__feed/file?ms=100&file=fixtures/empty.json';
      await ready(el);
      expect(requests).to.have.length(2);
      // The slow first request never lands: the newer src aborted it.
      expect(await requests[0]).to.equal('aborted');
      await el.updateComplete;
      expect(items(el)).to.deep.equal([]);
      expect(shadowText(el)).to.contain('chưa có nhiệm vụ');
    } finally {
      window.fetch = original;
    }
  });

  it('follows the language of the element or the page', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en"></test-widget>`);
    expect(shadowText(el)).to.contain('No data source given');
    el.lang = 'vi';
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Chưa có nguồn dữ liệu');
  });

  it('labels illustrative data visibly', async () => {
    const feed = sampleFeed();
    feed.meta.illustrative = true;
    const el = await fixture<TestWidget>(html`<test-widget .feed=${feed} lang="en"></test-widget>`);
    expect(el.shadowRoot!.querySelector('[part="illustrative"]')!.textContent).to.contain('Illustrative');
  });
});

describe('widget core: the box and the medium', () => {
  const drawnFor = (el: TestWidget) => el.shadowRoot!.querySelector<HTMLElement>('ol.tasks')!.dataset;
  /** Resolves after every ResizeObserver created before this call has had its report for `el`. */
  const observed = (el: Element) =>
    new Promise<void>((resolve) => {
      const ro = new ResizeObserver(() => (ro.disconnect(), setTimeout(resolve)));
      ro.observe(el);
    });

  it('lays out for the content box, read before the first render, and the first resize report changes nothing', async () => {
    const box = await fixture(html`<div style="width: 400px"></div>`);
    const el = document.createElement('test-widget');
    el.style.cssText = 'padding: 0 20px; border: 3px solid';
    el.feed = sampleFeed();
    box.append(el);
    await el.updateComplete;
    expect(drawnFor(el).width, '400 − 2 × 20 padding − 2 × 3 border').to.equal('354');
    expect(el.renders).to.equal(1);
    await observed(el);
    await el.updateComplete;
    expect(el.renders, 'the observer reported the same width: no second render').to.equal(1);
    (box as HTMLElement).style.width = '300px';
    await waitUntil(() => drawnFor(el).width === '254', 'a resize is not followed');
  });

  it('keeps its drawing when its box shrinks to nothing for an instant (a full-size screenshot), and follows the next real width', async () => {
    const box = await fixture(html`<div style="width: 400px"><test-widget .feed=${sampleFeed()}></test-widget></div>`);
    const el = box.querySelector('test-widget')!;
    await el.updateComplete;
    await observed(el);
    expect(drawnFor(el).width).to.equal('400');
    const renders = el.renders;
    (box as HTMLElement).style.width = '0px';
    await observed(el); // the widget's own observer has reported 0, and its redraw (if any) was scheduled
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.renders, 'no redraw at width 0').to.equal(renders);
    expect(drawnFor(el).width).to.equal('400');
    (box as HTMLElement).style.width = '250px';
    await waitUntil(() => drawnFor(el).width === '250', 'the width after the instant is not followed');
  });

  it('lays out for the `width` input instead of its box', async () => {
    const box = await fixture(html`<div style="width: 300px"><test-widget width="500" .feed=${sampleFeed()}></test-widget></div>`);
    const el = box.querySelector('test-widget')!;
    await el.updateComplete;
    expect(drawnFor(el).width).to.equal('500');
    el.width = 0; // not a width: the box again
    await el.updateComplete;
    expect(drawnFor(el).width).to.equal('300');
  });

  it('draws for the screen, for paper while the page prints, or for the medium asked', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .feed=${sampleFeed()}></test-widget>`);
    expect(drawnFor(el).media).to.equal('screen');
    dispatchEvent(new Event('beforeprint'));
    expect(drawnFor(el).media, 'redrawn before the print layout is taken').to.equal('print');
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(drawnFor(el).media).to.equal('screen');
    el.setAttribute('media', 'static');
    await el.updateComplete;
    expect(drawnFor(el).media).to.equal('static');
    el.setAttribute('media', 'paper');
    await el.updateComplete;
    expect(drawnFor(el).media, 'an unknown medium is the screen').to.equal('screen');
  });
});
