/**
 * docs/embed.md's snippets, run against the built package: each copy-paste block of the page is
 * taken from the page itself, its paths mapped the way the page tells a webmaster to copy the
 * build (`dist/bundled/` → `/tiendo/`, the classic script in it at `/tiendo/cdn/`, the feed at
 * `/data/219.json`), and opened as a page of its own. A snippet whose path is not in the build fails here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, shadowText, widgetsRendered } from './helpers.js';

const FEED = '/fixtures/laocai-219-ctr-tu.json';

/** The page's paths as they are in this repository's build. */
const built = (text: string) =>
  text
    .replaceAll('/tiendo/', '/dist/bundled/')
    .replaceAll('/data/219.json', FEED)
    .replaceAll('%2Fdata%2F219.json', encodeURIComponent(FEED));

let doc = '';
/** The ```html block of docs/embed.md that follows `heading`, as written there. */
function snippet(heading: string): string {
  const section = doc.slice(doc.indexOf(heading));
  const block = /```html\n([\s\S]*?)```/.exec(section);
  if (!section || !block) throw new Error(`docs/embed.md: no html snippet after "${heading}"`);
  return block[1]!;
}

const page = (body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${built(body)}</body></html>`;

describe('docs/embed.md: every documented path loads from the build', () => {
  before(async () => {
    doc = await (await fetch('/docs/embed.md')).text();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('every /tiendo/ file the page names exists in the build', async () => {
    const paths = [...new Set([...doc.matchAll(/(?<![\w/])\/tiendo\/[\w./-]+\.(?:js|html)/g)].map((m) => m[0]))];
    expect(paths).to.include.members(['/tiendo/cdn/tiendo.iife.min.js', '/tiendo/index.js', '/tiendo/loader.js', '/tiendo/embed.html', '/tiendo/tiendo-embed.js']);
    const missing = [];
    for (const path of paths) if (!(await fetch(built(path), { method: 'HEAD' })).ok) missing.push(path);
    expect(missing).to.deep.equal([]);
  });

  it('1. the classic script defines the elements and shows the feed', async () => {
    const code = snippet('## 1. A script and an element');
    expect(code).to.contain('<script src="/tiendo/cdn/tiendo.iife.min.js"');
    expect(code).to.not.contain('type="module"');
    const frame = await openFrame({ srcdoc: page(code), width: 1000, height: 800 });
    const [timeline] = await widgetsRendered(frame.contentDocument!);
    expect(timeline!.localName).to.equal('tiendo-timeline');
    expect(shadowText(timeline)).to.contain('1 Tổ chức học tập, quán triệt, tuyên truyền Nghị quyết số 36-NQ/TW');
    // window.tiendo: the classes, once `ready` has settled.
    const api = (frame.contentWindow as Window & { tiendo: { ready: Promise<Record<string, unknown>> } }).tiendo;
    const classes = await api.ready;
    expect(classes.TiendoTimeline).to.equal(frame.contentWindow!.customElements.get('tiendo-timeline'));
    expect(Object.keys(classes)).to.include.members(['TiendoFeed', 'TiendoGauge', 'TiendoMatrix', 'TiendoSummary', 'VERSION']);
  });

  it('2. the loader fetches the gauge and shows its target', async () => {
    const code = snippet('## 2. The loader');
    expect(code).to.contain('src="/tiendo/loader.js"');
    const frame = await openFrame({ srcdoc: page(code), width: 600, height: 600 });
    const [gauge] = await widgetsRendered(frame.contentDocument!);
    expect(gauge!.localName).to.equal('tiendo-gauge');
    expect(shadowText(gauge)).to.contain('GRDP');
  });

  it('3. the iframe page shows the timeline and the resize script fits the frame', async () => {
    const code = snippet('## 3. The iframe page');
    expect(code).to.contain('src="/tiendo/embed.html?widget=timeline');
    const frame = await openFrame({ srcdoc: page(code), width: 1000, height: 1200 });
    const inner = frame.contentDocument!.querySelector('iframe')!;
    await waitUntil(() => inner.contentDocument?.querySelector('tiendo-timeline'), 'embed.html did not load', { timeout: 8000 });
    const [timeline] = await widgetsRendered(inner.contentDocument!);
    expect(shadowText(timeline)).to.contain('1 Tổ chức học tập, quán triệt, tuyên truyền Nghị quyết số 36-NQ/TW');
    await waitUntil(() => inner.height !== '720', 'tiendo-embed.js did not fit the frame to its content', { timeout: 8000 });
  });
});
