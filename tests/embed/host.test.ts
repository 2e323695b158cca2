import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, widgetsRendered } from './helpers.js';

const POSTER = '/tests/embed/pages/poster.html';
/** This test server under its other name: another origin, same files. */
const otherOrigin = () => `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
/**
 * Resolves once a message this page posts to itself has arrived. Messages to one window arrive in
 * the order they were posted, so every message posted before it has been handled by then.
 */
function ownMessagesHandled(): Promise<void> {
  const mark = 'tiendo-test: handled';
  return new Promise((resolve) => {
    const done = (event: MessageEvent) => {
      if (event.source !== window || event.data !== mark) return;
      removeEventListener('message', done);
      resolve();
    };
    addEventListener('message', done);
    postMessage(mark, '*');
  });
}

/** Asks a poster frame to post `data` to this page, and waits until it has been delivered. */
async function post(frame: HTMLIFrameElement, data: unknown): Promise<void> {
  const delivered = new Promise<void>((resolve) => {
    const done = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', done);
      setTimeout(resolve, 0); // after tiendo-embed.js's own listener
    };
    addEventListener('message', done);
  });
  frame.contentWindow!.postMessage({ post: data }, '*');
  await delivered;
}

const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });

before(async () => {
  const script = document.createElement('script');
  script.src = '/dist/bundled/tiendo-embed.js';
  const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
  document.head.append(script);
  await loaded;
});

describe('tiendo-embed.js: fitting frames to their content', () => {
  it('resizes a managed frame to the height its page reports, in AMP or pym.js form', async () => {
    const frame = await openFrame({ src: POSTER, height: 150, attributes: { 'data-tiendo': '' } });
    await post(frame, amp(321));
    expect(frame.height).to.equal('321');
    expect(frame.getBoundingClientRect().height).to.equal(321);
    await post(frame, 'pymxPYMxanyxPYMxheightxPYMx432.4');
    expect(frame.height).to.equal('433');
  });

  it('ignores non-numeric, zero, negative and absurd heights', async () => {
    const frame = await openFrame({ src: POSTER, height: 150, attributes: { 'data-tiendo': '' } });
    await post(frame, amp(200));
    for (const bad of ['abc', '', '12px', null, -40, 0, 20001, 1e9, 'Infinity', { height: 500 }]) {
      await post(frame, amp(bad));
      await post(frame, `pymxPYMxidxPYMxheightxPYMx${String(bad)}`);
    }
    await post(frame, { height: 500 });
    await post(frame, 'height:500');
    expect(frame.height).to.equal('200');
  });

  it('ignores frames it does not manage and messages from anyone but the frame itself', async () => {
    const managed = await openFrame({ src: POSTER, height: 150, attributes: { 'data-tiendo': '' } });
    const stranger = await openFrame({ src: POSTER, height: 150 });
    await post(stranger, amp(640));
    expect(managed.height).to.equal('150');
    expect(stranger.height).to.equal('150');
    // The page itself (or any script on it) posting "as" the frame:
    postMessage(amp(640), '*');
    postMessage('pymxPYMxidxPYMxheightxPYMx640', '*');
    await ownMessagesHandled();
    expect(managed.height).to.equal('150');
  });

  it('ignores its frame once the frame has gone to another origin than its URL says', async () => {
    const frame = await openFrame({ src: POSTER, height: 150, attributes: { 'data-tiendo': '' } });
    await post(frame, amp(222));
    const elsewhere = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.postMessage({ go: `${otherOrigin()}${POSTER}` }, '*');
    await elsewhere;
    await post(frame, amp(640)); // same window proxy, other origin
    expect(frame.height).to.equal('222');
  });

  it('accepts a frame served from another origin, from that origin', async () => {
    const frame = await openFrame({ src: `${otherOrigin()}${POSTER}`, height: 150, attributes: { 'data-tiendo': '' } });
    await post(frame, amp(345));
    expect(frame.height).to.equal('345');
  });

  it('writes a frame for a data-tiendo-embed placeholder, with documented attributes only, and fits it', async () => {
    const box = document.createElement('div');
    box.dataset.tiendoEmbed = 'gauge';
    box.dataset.src = '/fixtures/laocai-219-ctr-tu.illustrative.json';
    box.dataset.target = 'cnsh-grdp';
    box.dataset.lang = 'en';
    box.dataset.onclick = 'alert(1)';
    document.body.append(box);
    await waitUntil(() => box.querySelector('iframe'), 'no frame written');
    const frame = box.querySelector('iframe')!;
    const url = new URL(frame.src);
    expect(url.pathname).to.equal('/dist/bundled/embed.html');
    expect([...url.searchParams]).to.deep.equal([['widget', 'gauge'], ['src', '/fixtures/laocai-219-ctr-tu.illustrative.json'], ['lang', 'en'], ['target', 'cnsh-grdp']]);
    expect(frame.title).to.equal('Programme progress — Targets');
    expect(frame.height).to.equal('420');
    expect(box.hasAttribute('data-tiendo-embed'), 'written once').to.equal(false);

    frame.scrollIntoView(); // written with loading="lazy"
    await waitUntil(() => frame.contentDocument?.querySelector('tiendo-gauge'), 'the frame did not load', { timeout: 5000 });
    await widgetsRendered(frame.contentDocument!);
    const content = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => frame.height === String(content()), `frame ${frame.height} px, content ${content()} px`, { timeout: 5000 });
    expect(frame.height).to.not.equal('420');
  });

  it('runs once when a page includes it twice', async () => {
    const again = document.createElement('script');
    again.src = '/dist/bundled/tiendo-embed.js?again';
    await new Promise((resolve) => ((again.onload = resolve), document.head.append(again)));
    const frame = await openFrame({ src: POSTER, height: 150, attributes: { 'data-tiendo': '' } });
    const heights: string[] = [];
    new MutationObserver(() => heights.push(frame.height)).observe(frame, { attributes: true, attributeFilter: ['height'] });
    // post() resolves after every listener of the message ran, and so after the observer's records.
    await post(frame, amp(256));
    expect(heights).to.deep.equal(['256']);
  });
});
