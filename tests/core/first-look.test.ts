/**
 * Where readers look first: Programme 219 as a reader sees it on a phone (360 px, a 312 px widget)
 * and on a desktop, measured in boxes and lines — words that belong together on one line, heads
 * over their columns, blocks that do not touch, targets a finger can hit.
 */
import { expect } from '@open-wc/testing';
import '../../src/timeline/define.js';
import '../../src/matrix/define.js';
import '../../src/gauge/define.js';
import '../../src/summary/define.js';
import { mountWidget } from '../widget-fixture.js';

const NOW = '2026-12-04';
const PHONE = 312; // a 360 px phone less the page's margins
/** The demo page's font: the widgets inherit the page's, and a wide face is where lines break. */
const PAGE_FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';

const mount = (tag: string, width: number, attrs: Record<string, string> = {}, ready = '.frame', file = 'laocai-219-ctr-tu.json'): Promise<HTMLElement> =>
  mountWidget(tag, file, { width, style: `font-family: ${PAGE_FONT}`, attrs: { now: NOW, ...attrs }, ready });
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/** The box of `word` (its first occurrence) inside `node`'s text. */
function wordBox(node: Element, word: string): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const t = walker.currentNode as Text;
    const at = t.data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + word.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${word}" is not in "${node.textContent}"`);
}
const sameLine = (node: Element, a: string, b: string) => Math.abs(wordBox(node, a).top - wordBox(node, b).top) < 2;

describe('timeline: section headings on a phone', () => {
  it('reads each heading whole (no tooltip on touch), in Vietnamese and English', async () => {
    for (const lang of ['vi', 'en']) {
      const el = await mount('tiendo-timeline', PHONE, { lang }, '.tree .row.task');
      const titles = $$(el, '.row.section .title');
      expect(titles.length, lang).to.equal(5);
      const cut = titles.filter((t) => t.scrollHeight > t.clientHeight + 1).map((t) => t.textContent);
      expect(cut, lang).to.deep.equal([]);
      // The number keeps its space before the words (a flexbox title would swallow it).
      const first = titles[0]!;
      const word = lang === 'vi' ? 'Tuyên' : 'Communicating';
      expect(wordBox(first, word).left - wordBox(first, '.').right, `${lang}: "${first.textContent}"`).to.be.greaterThan(2);
      // Section IV's heading is long: more than two lines at this width.
      const iv = titles[3]!;
      expect(iv.getBoundingClientRect().height, lang).to.be.greaterThan(parseFloat(getComputedStyle(iv).lineHeight) * 2.5);
    }
  });
});

describe('timeline: the status column', () => {
  it('breaks a status between its parts, not inside "đã quá hạn" or "deadline passed"', async () => {
    for (const [lang, last, first, second] of [['vi', 'cáo', 'đã', 'quá'], ['en', 'report', 'deadline', 'passed']] as const) {
      const el = await mount('tiendo-timeline', 1200, { lang }, '.tree .row.task');
      const status = $(el, '.row[data-key="t1"] .status');
      // Two lines in a column of 9 em: the test is about where the break falls.
      expect(status.getBoundingClientRect().height, lang).to.be.greaterThan(wordBox(status, first).height * 1.5);
      expect(sameLine(status, first, second), `${lang}: "${status.textContent}"`).to.equal(true);
      // The separator ends the first line; it does not start the second.
      expect(sameLine(status, last, '·'), `${lang}: "${status.textContent}"`).to.equal(true);
    }
  });

  it('puts its head over the words under it', async () => {
    const el = await mount('tiendo-timeline', 1200, {}, '.tree .row.task');
    const head = $$(el, '.axis .head')[1]!;
    expect(head.textContent).to.equal('Tình trạng');
    const words = $(el, '.row[data-key="t2"] .status');
    expect(wordBox(head, 'Tình').left).to.be.closeTo(wordBox(words, 'Chưa').left, 1);
  });
});

describe('matrix: the order switch on a phone', () => {
  it('keeps its two buttons side by side', async () => {
    for (const lang of ['vi', 'en']) {
      const el = await mount('tiendo-matrix', PHONE, { lang }, '.cards, table');
      const [workload, document] = $$(el, '.order button').map((b) => b.getBoundingClientRect());
      expect(workload!.top, lang).to.be.closeTo(document!.top, 1);
      expect(document!.left, lang).to.be.greaterThan(workload!.right);
      expect(document!.right, lang).to.be.at.most(el.getBoundingClientRect().right);
    }
  });
});

describe('summary: the card', () => {
  it('leaves room between the title, the tally and the deadlines', async () => {
    const el = await mount('tiendo-summary', PHONE, { href: '/chuong-trinh-219' }, '.summary .tally');
    const box = (sel: string) => $(el, sel).getBoundingClientRect();
    expect(box('.tally').top - box('.title').bottom).to.be.at.least(8);
    expect(box('.columns').top - box('.tally').bottom).to.be.at.least(8);
    expect(box('.as-of').top - box('.columns').bottom).to.be.at.least(8);
    // The programme's symbol stays with its title.
    expect(box('.title').top - box('.eyebrow').bottom).to.be.below(4);
  });
});

describe('document numbers stay whole', () => {
  it('never ends a line inside "36-NQ/TW", whatever the width', async () => {
    const el = await mount('tiendo-summary', PHONE, {}, '.summary .tally');
    const host = el.parentElement!;
    const title = $(el, '.title');
    const broken: number[] = [];
    for (let width = 240; width <= 480; width += 4) {
      host.style.width = `${width}px`;
      if (!sameLine(title, '36-', 'NQ/TW')) broken.push(width);
    }
    expect(broken).to.deep.equal([]);
    // The words themselves are unchanged, for copying, searching and screen readers.
    expect(title.textContent).to.contain('Nghị quyết số 36-NQ/TW ngày 30/01/2023');
  });
});

describe('every control can be hit with a finger on a phone', () => {
  it('buttons, links, disclosures and selects are at least 24 px each way', async () => {
    const small: string[] = [];
    for (const [tag, ready, attrs] of [
      ['tiendo-timeline', '.tree .row.task', {}], ['tiendo-matrix', '.cards, table', {}],
      ['tiendo-gauge', '.gauge', {}], ['tiendo-summary', '.summary .tally', { href: '/chuong-trinh-219' }],
    ] as const) {
      const el = await mount(tag, PHONE, attrs, ready);
      const controls = $$(el, 'a[href], button, summary, select').filter((c) => c.getClientRects().length > 0);
      expect(controls.length, tag).to.be.greaterThan(0);
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        if (r.height < 24 || r.width < 24) small.push(`${tag} ${c.localName} "${c.textContent!.trim()}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      }
    }
    expect(small).to.deep.equal([]);
  });
});

describe('an empty programme', () => {
  it('is said at the same place in every widget, at the top of its frame', async () => {
    const offsets: Record<string, number> = {};
    for (const tag of ['tiendo-timeline', 'tiendo-matrix', 'tiendo-gauge', 'tiendo-summary']) {
      const el = await mount(tag, PHONE, {}, '.empty', 'empty.json');
      offsets[tag] = Math.round($(el, '.empty').getBoundingClientRect().top - el.getBoundingClientRect().top);
    }
    // The frame's padding (8 px) and nothing more: a paragraph's default margin pushed two of them 14 px down.
    expect(offsets).to.deep.equal({ 'tiendo-timeline': 8, 'tiendo-matrix': 8, 'tiendo-gauge': 8, 'tiendo-summary': 8 });
  });
});
