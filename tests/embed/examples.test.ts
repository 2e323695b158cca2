import { expect, waitUntil } from '@open-wc/testing';
import { fetched, openFrame, shadowText, widgetsRendered } from './helpers.js';

/** Opens an example page tall enough that nothing waits for scrolling (lazy frames included). */
const open = (name: string, width = 1100) => openFrame({ src: `/examples/${name}`, width, height: 4000 });
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('examples/: every page renders its widgets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('index.html links every example page', async () => {
    const frame = await open('index.html');
    const links = [...frame.contentDocument!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const page of ['script.html', 'module.html', 'loader.html', 'iframe.html', 'feed.html', 'theming.html', 'csp.html', '../dist/bundled/embed.html', 'react.jsx', 'vue.vue']) {
      expect(links, page).to.include(page);
    }
  });

  it('script.html: one classic script defines the three widgets', async () => {
    const frame = await open('script.html');
    const widgets = await widgetsRendered(frame.contentDocument!);
    expect(widgets.map((w) => w.localName)).to.deep.equal(['tiendo-gauge', 'tiendo-timeline', 'tiendo-matrix']);
    // The classic script, then the folder's index.js and what it imports (each element's entry,
    // shared chunks): nothing else, nothing twice.
    const files = fetched(frame.contentWindow!).filter((p) => p.startsWith('/dist/'));
    expect(files.slice(0, 2)).to.deep.equal(['/dist/bundled/cdn/tiendo.iife.min.js', '/dist/bundled/index.js']);
    expect(files.slice(2).filter((p) => !/^\/dist\/bundled\/(chunks\/[\w-]+|tiendo-[a-z]+)\.js$/.test(p))).to.deep.equal([]);
    expect(new Set(files).size).to.equal(files.length);
    expect(shadowText(widgets[0])).to.contain('3,8%');
  });

  it('module.html: per-widget modules, and a feed handed over as a property', async () => {
    const frame = await open('module.html');
    const [bar, number, matrix] = await widgetsRendered(frame.contentDocument!);
    expect(shadowText(number)).to.contain('×1.45'); // lang="en"
    expect(bar!.getAttribute('variant')).to.equal('bar');
    expect($$(matrix!, 'tbody tr.task .num').map((n) => n.textContent!.trim())).to.deep.equal(['8', '9', '10', '11', '12', '13', '14', '15', '16']); // section III
    expect(fetched(frame.contentWindow!).some((p) => /tiendo-(timeline|feed)\.js|\/dist\/cdn\//.test(p))).to.equal(false);
  });

  it('loader.html: a gauge first, a timeline when the button adds it', async () => {
    const frame = await open('loader.html');
    const doc = frame.contentDocument!;
    await widgetsRendered(doc);
    expect(fetched(frame.contentWindow!).some((p) => p.includes('tiendo-timeline'))).to.equal(false);
    (doc.getElementById('add-timeline') as HTMLButtonElement).click();
    await waitUntil(() => doc.querySelector('tiendo-timeline')?.shadowRoot?.querySelector('.tree .row'), 'no timeline', { timeout: 5000 });
    await waitUntil(() => doc.getElementById('fetched')!.textContent!.includes('tiendo-timeline.js'), 'fetched list not updated');
  });

  it('iframe.html: three frames rendered, each fitted to its content', async () => {
    const frame = await open('iframe.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelectorAll('iframe').length === 3, 'the placeholder frame was not written');
    const frames = [...doc.querySelectorAll('iframe')];
    for (const inner of frames) {
      inner.scrollIntoView(); // the frames are loading="lazy"
      await waitUntil(() => inner.contentDocument?.querySelector('tiendo-matrix, tiendo-gauge, tiendo-timeline'), `nothing in ${inner.src}`, { timeout: 5000 });
      const [widget] = await widgetsRendered(inner.contentDocument!);
      const content = () => Math.ceil(inner.contentDocument!.documentElement.getBoundingClientRect().height);
      await waitUntil(() => inner.height === String(content()), `${widget!.localName}: frame ${inner.height} px, content ${content()} px`, { timeout: 5000 });
    }
    expect(frames.map((f) => new URL(f.src).searchParams.get('widget'))).to.deep.equal(['matrix', 'gauge', 'timeline']);
    expect(frames[1]!.title).to.equal('Target: biotechnology in GRDP');
  });

  it('feed.html: a body picked in the matrix highlights its tasks on the timeline and tells the page', async () => {
    const frame = await open('feed.html');
    const doc = frame.contentDocument!;
    const [matrix, timeline] = await widgetsRendered(doc);
    const header = $$(matrix!, 'thead th.agency').find((th) => th.textContent!.includes('HĐND tỉnh'))!;
    header.querySelector('button')!.click();
    await waitUntil(() => $$(timeline!, '.row.task.hl').length > 0, 'the timeline did not follow');
    expect($$(timeline!, '.row.task.hl').map((r) => r.dataset.key)).to.deep.equal(['t4', 't5', 't7']);
    expect(doc.getElementById('chosen')!.textContent).to.equal('Đang chọn: Đảng đoàn HĐND tỉnh');
  });

  it('theming.html: tokens and parts set by the host page reach inside the widgets', async () => {
    const frame = await open('theming.html');
    const doc = frame.contentDocument!;
    const [gauge, , matrix, night] = await widgetsRendered(doc);
    const win = frame.contentWindow!;
    expect(win.getComputedStyle($$(matrix!, '.mark.lead')[0]!).backgroundColor).to.equal('rgb(0, 105, 92)');
    expect(win.getComputedStyle($$(gauge!, '[part~="gauge"]')[0]!).borderTopColor).to.equal('rgb(0, 105, 92)');
    expect(win.getComputedStyle(matrix!).fontFamily).to.contain('Trebuchet MS');
    expect(night!.getAttribute('theme')).to.equal('dark');
  });

  it('csp.html renders its three widgets (policy checked in csp.test.ts)', async () => {
    const frame = await open('csp.html');
    expect((await widgetsRendered(frame.contentDocument!)).length).to.equal(3);
  });
});

describe('examples/: frozen dates agree with the data', () => {
  // An article frozen at `now` must not show data "as of" a later day.
  it('no example shows a feed as of a date after its own `now`', async () => {
    const pages = ['script.html', 'module.html', 'loader.html', 'iframe.html', 'feed.html', 'theming.html', 'csp.html'];
    const checked: string[] = [];
    for (const page of pages) {
      const base = new URL(`/examples/${page}`, location.href);
      const doc = new DOMParser().parseFromString(await (await fetch(base)).text(), 'text/html');
      for (const el of doc.querySelectorAll<HTMLElement>('[now], [data-now]')) {
        const now = el.getAttribute('now') ?? el.dataset.now!;
        const src = el.getAttribute('src') ?? el.dataset.src ?? el.closest('tiendo-feed')?.getAttribute('src');
        if (!src) continue;
        // data-src of the iframe loader is relative to the embed page in dist/bundled/.
        const url = new URL(src, el.dataset.src ? new URL('/dist/bundled/embed.html', location.href) : base);
        const feed = await (await fetch(url)).json();
        expect(feed.meta.asOf <= now, `${page}: ${url.pathname} as of ${feed.meta.asOf}, now ${now}`).to.equal(true);
        checked.push(`${page} ${url.pathname}`);
      }
    }
    expect(checked.filter((c) => c.includes('illustrative')).length).to.be.at.least(6);
  });
});
