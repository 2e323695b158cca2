import { expect } from '@open-wc/testing';
import { openFrame, widgetsRendered } from './helpers.js';

const FEED = '/fixtures/laocai-219-ctr-tu.json';

/** How a feed crossed the network in `win`: one initiator per download. */
const downloads = (win: Window, path: string) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => new URL(e.name).pathname === path).map((e) => e.initiatorType);

describe('a widget entry starts its feed before its code runs', () => {
  it('a page with one widget entry (no loader) preloads the feed, and the widget takes that download', async () => {
    const frame = await openFrame({
      srcdoc: `<!doctype html><html lang="vi"><head><meta charset="utf-8">
        <script type="module" src="/dist/bundled/tiendo-matrix.js"></script></head>
        <body><tiendo-matrix src="${FEED}"></tiendo-matrix></body></html>`,
    });
    const doc = frame.contentDocument!;
    const [matrix] = await widgetsRendered(doc);
    expect(matrix!.shadowRoot!.textContent).to.include('Chủ trì');
    const links = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')];
    expect(links.map((l) => new URL(l.href).pathname)).to.deep.equal([FEED]);
    expect(links[0]!.crossOrigin).to.equal('anonymous');
    expect(downloads(frame.contentWindow!, FEED)).to.deep.equal(['link']);
  });

  it('preloads what <tiendo-feed> names too, once per URL, and nothing for elements that are not tiendo’s', async () => {
    const frame = await openFrame({
      srcdoc: `<!doctype html><html lang="vi"><head><meta charset="utf-8">
        <script type="module" src="/dist/bundled/index.js"></script></head>
        <body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
        <tiendo-feed src="${FEED}"><tiendo-matrix section="V"></tiendo-matrix></tiendo-feed>
        <tiendo-timeline src="${FEED}" now="2025-06-30"></tiendo-timeline></body></html>`,
    });
    const doc = frame.contentDocument!;
    await widgetsRendered(doc);
    const links = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
    expect(links.map((l) => new URL(l.href).pathname)).to.deep.equal([FEED]);
  });

  it('two widgets given the same `src` download it once, and both draw it', async () => {
    const key = Math.random();
    const src = `/__feed/file?ms=200&key=${key}`;
    const frame = await openFrame({
      srcdoc: `<!doctype html><html lang="vi"><head><meta charset="utf-8">
        <script type="module" src="/dist/bundled/index.js"></script></head>
        <body><tiendo-timeline src="${src}" now="2025-06-30"></tiendo-timeline>
        <tiendo-matrix src="${src}"></tiendo-matrix></body></html>`,
    });
    const [timeline, matrix] = await widgetsRendered(frame.contentDocument!);
    expect(timeline!.shadowRoot!.textContent).to.include('quán triệt');
    expect(matrix!.shadowRoot!.textContent).to.include('Chủ trì');
    expect(await (await fetch(`/__feed/hits?key=${key}`)).json()).to.deep.equal({ count: 1 });
    expect(downloads(frame.contentWindow!, '/__feed/file')).to.deep.equal(['link']);
  });
});
