import { expect, waitUntil } from '@open-wc/testing';
import { fetched, gzipSize, openFrame, staticClosure, widgetsRendered } from './helpers.js';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${body}<script type="module" src="/dist/bundled/loader.js"></script></body></html>`;
const GAUGE = '<tiendo-gauge src="/fixtures/laocai-219-ctr-tu.illustrative.json" target="cnsh-grdp" now="2025-06-30"></tiendo-gauge>';
const TAGS = ['tiendo-timeline', 'tiendo-matrix', 'tiendo-gauge', 'tiendo-feed'];
const tiendoFiles = (win: Window) => fetched(win).filter((p) => p.startsWith('/dist/'));

describe('loader', () => {
  it('defines only the widget on the page and fetches only its code, each file once', async () => {
    const frame = await openFrame({ srcdoc: page(GAUGE) });
    const win = frame.contentWindow!;
    await widgetsRendered(frame.contentDocument!);
    expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal(['tiendo-gauge']);

    const files = tiendoFiles(win);
    const expected = ['/dist/bundled/loader.js', ...(await staticClosure('/dist/bundled/tiendo-gauge.js'))];
    expect([...files].sort()).to.deep.equal(expected.sort());
    expect(files.some((f) => /timeline|matrix/.test(f))).to.equal(false);
  });

  it('starts each feed with the code, once per URL, and the widgets take that download', async () => {
    const frame = await openFrame({
      srcdoc: page(`${GAUGE}
        <tiendo-timeline src="/fixtures/laocai-219-ctr-tu.json" now="2025-06-30"></tiendo-timeline>
        <tiendo-matrix src="/fixtures/laocai-219-ctr-tu.json"></tiendo-matrix>`),
    });
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    await widgetsRendered(doc);
    const links = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')];
    // The timeline and the matrix name one feed: one preload for it.
    expect(links.map((l) => new URL(l.href).pathname).sort()).to.deep.equal(['/fixtures/laocai-219-ctr-tu.illustrative.json', '/fixtures/laocai-219-ctr-tu.json']);
    expect(links.every((l) => l.crossOrigin === 'anonymous')).to.equal(true);
    // The gauge's feed crossed the network once, as the preload: the widget's own request took it.
    const downloads = (path: string) => (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => new URL(e.name).pathname === path).map((e) => e.initiatorType);
    expect(downloads('/fixtures/laocai-219-ctr-tu.illustrative.json')).to.deep.equal(['link']);
    // The timeline's and the matrix's code arrive apart: the second widget asks while the first's
    // request is in flight (shared: nothing more) or after it (a request of its own). The one
    // shared download, made sure of, is in early-feeds.test.ts.
    const shared = downloads('/fixtures/laocai-219-ctr-tu.json');
    expect(shared[0]).to.equal('link');
    expect(shared.length).to.be.at.most(2);
  });

  it('fetches a widget the first time one is added later, without fetching shared chunks again', async () => {
    const frame = await openFrame({ srcdoc: page(GAUGE) });
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    await widgetsRendered(doc);
    const before = tiendoFiles(win);

    // As a CMS would: a matrix deep inside a block added after load.
    const block = doc.createElement('section');
    block.innerHTML = '<div><tiendo-matrix src="/fixtures/laocai-219-ctr-tu.json" section="I"></tiendo-matrix></div>';
    doc.body.append(block);
    await waitUntil(() => win.customElements.get('tiendo-matrix'), 'the matrix was never defined', { timeout: 5000 });
    await widgetsRendered(doc);

    const added = tiendoFiles(win).slice(before.length);
    const matrixCode = await staticClosure('/dist/bundled/tiendo-matrix.js');
    expect(added).to.include('/dist/bundled/tiendo-matrix.js');
    expect(added.every((f) => matrixCode.has(f)), `only matrix code: ${added.join(', ')}`).to.equal(true);
    expect(added.filter((f) => before.includes(f)), 'fetched twice').to.deep.equal([]);
    expect(new Set(tiendoFiles(win)).size).to.equal(tiendoFiles(win).length);
    expect(win.customElements.get('tiendo-timeline')).to.equal(undefined);
  });

  it('links widgets to a <tiendo-feed> whose code arrives after theirs', async () => {
    // The matrix's code is loaded first; then a block with a feed around a matrix is added: the
    // matrix connects at once and asks for its feed before <tiendo-feed> is even defined.
    const frame = await openFrame({ srcdoc: page('<tiendo-matrix src="/fixtures/laocai-219-ctr-tu.json" section="V"></tiendo-matrix>') });
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    await widgetsRendered(doc);
    expect(win.customElements.get('tiendo-feed')).to.equal(undefined);

    const block = doc.createElement('div');
    block.innerHTML = `<tiendo-feed src="/fixtures/laocai-219-ctr-tu.json" agency="dang-doan-hdnd-tinh">
      <tiendo-matrix id="inner"></tiendo-matrix><tiendo-timeline now="2025-06-30"></tiendo-timeline></tiendo-feed>`;
    doc.body.append(block);
    const [, matrix, timeline] = (await widgetsRendered(doc)) as (HTMLElement & { model?: object })[];
    expect(matrix!.id).to.equal('inner');
    expect(matrix!.model, 'one model shared by both').to.equal(timeline!.model);
    // The feed's selection reached the matrix: the body's tasks (4, 5, 7) are marked.
    const hits = [...matrix!.shadowRoot!.querySelectorAll('tr.task.hit .num')].map((n) => n.textContent!.trim());
    expect(hits).to.deep.equal(['4', '5', '7']);
  });

  it('weighs at most 3 KB min+gzip', async () => {
    expect(await gzipSize('/dist/bundled/loader.js')).to.be.below(3 * 1024);
  });
});
