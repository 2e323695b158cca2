/**
 * Host pages that cannot bend the widgets: a CMS theme with `html { font-size: 62.5% }`
 * (Bootstrap 3 and many others), `* { box-sizing }`, `svg { max-width }`, and an editor's
 * `.article-body *` rule that uppercases, italicises and re-spaces everything, against a bare
 * page. Every piece of text in every widget must be set the same on both.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, widgetsRendered } from './helpers.js';

const HOSTILE = `
  html { font-size: 62.5%; }
  body { font-size: 1.4rem; line-height: 1.428571; font-family: serif; }
  *, *::before, *::after { box-sizing: content-box; }
  svg, img { max-width: 100%; height: auto; }
  .article-body * {
    text-transform: uppercase; white-space: pre-line; font-style: italic; font-weight: 700;
    letter-spacing: 0.2em; word-spacing: 0.5em; text-align: justify; text-indent: 2em;
    line-height: 2.5; color: #c00; font-size: 1.1em;
  }`;

const WIDGETS = `
  <tiendo-timeline src="/fixtures/laocai-219-ctr-tu.json" now="2025-06-30"></tiendo-timeline>
  <tiendo-matrix src="/fixtures/laocai-219-ctr-tu.json" now="2025-06-30" layout="table"></tiendo-matrix>
  <tiendo-gauge src="/fixtures/laocai-219-ctr-tu.illustrative.json" target="cnsh-grdp" now="2025-06-30"></tiendo-gauge>`;

const page = (css: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${css} body { margin: 0; font-family: serif; }</style>
  <script type="module" src="/dist/bundled/index.js"></script></head><body><div class="article-body">${WIDGETS}</div></body></html>`;

const PROPS = ['font-size', 'font-style', 'font-weight', 'text-transform', 'letter-spacing', 'word-spacing', 'white-space', 'text-align', 'text-indent', 'line-height', 'color'] as const;

/** For each element of a widget's shadow tree that holds text: its text and how it is set. */
function textStyles(widget: Element): string[] {
  const out: string[] = [];
  const win = widget.ownerDocument.defaultView!;
  for (const el of widget.shadowRoot!.querySelectorAll('*')) {
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join(' ').trim();
    if (!text) continue;
    const style = win.getComputedStyle(el);
    out.push(`${text.slice(0, 30)} | ${PROPS.map((p) => style.getPropertyValue(p)).join(' ')}`);
  }
  return out;
}

describe('host CSS: the widgets read the same on a hostile page as on a bare one', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('same font size, case, style and spacing for every text of the timeline, matrix and gauge', async () => {
    const bare = await openFrame({ srcdoc: page(''), width: 1100, height: 3000 });
    const hostile = await openFrame({ srcdoc: page(HOSTILE), width: 1100, height: 3000 });
    const bareWidgets = await widgetsRendered(bare.contentDocument!);
    const hostileWidgets = await widgetsRendered(hostile.contentDocument!);
    // The timeline's screen-reader table and the gauge's data table are built at idle: compare the two pages once both have them.
    const built = (widget: Element) => !!widget.shadowRoot!.querySelector('table tbody tr');
    const withTable = (widgets: Element[]) => waitUntil(() => built(widgets[0]!) && built(widgets[2]!), 'timeline or gauge table not built', { timeout: 8000 });
    await withTable(bareWidgets);
    await withTable(hostileWidgets);
    expect(hostileWidgets.map((w) => w.localName)).to.deep.equal(['tiendo-timeline', 'tiendo-matrix', 'tiendo-gauge']);
    // The host rules do reach the host elements: the test page is hostile.
    expect(hostile.contentWindow!.getComputedStyle(hostileWidgets[1]!).textTransform).to.equal('uppercase');
    expect(hostile.contentWindow!.getComputedStyle(hostileWidgets[1]!).fontStyle).to.equal('italic');

    for (const [i, widget] of hostileWidgets.entries()) {
      const expected = textStyles(bareWidgets[i]!);
      expect(expected.length, widget.localName).to.be.greaterThan(10);
      expect(textStyles(widget), widget.localName).to.deep.equal(expected);
    }
    // The base size: 14 px, not 8.75 px under the 62.5 % root.
    const cell = hostileWidgets[1]!.shadowRoot!.querySelector('tbody tr.task th, tbody tr.task td')!;
    expect(hostile.contentWindow!.getComputedStyle(cell).fontSize).to.equal('14px');
  });

  it('the matrix keeps its size: an uppercase, pre-line, italic host does not grow its cells', async () => {
    const bare = await openFrame({ srcdoc: page(''), width: 1100, height: 3000 });
    const hostile = await openFrame({ srcdoc: page(HOSTILE), width: 1100, height: 3000 });
    const [, bareMatrix] = await widgetsRendered(bare.contentDocument!);
    const [, hostileMatrix] = await widgetsRendered(hostile.contentDocument!);
    const rows = (m: Element) => [...m.shadowRoot!.querySelectorAll('tbody tr.task')].map((r) => Math.round(r.getBoundingClientRect().height));
    expect(rows(bareMatrix!).length).to.equal(22);
    expect(rows(hostileMatrix!)).to.deep.equal(rows(bareMatrix!));
  });
});
