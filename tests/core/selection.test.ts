// One rule for an agency or section named from outside, in both widgets that take them
// (core/selection.ts, derive/lookup.ts; docs/timeline.md and docs/matrix.md say it):
// - a `section` that names no section shows "no such section", never the whole programme;
// - at start a widget's own `agency` wins over <tiendo-feed>'s; after that the last change wins.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import '../../src/matrix/define.js';
import '../../src/core/feed-define.js';

const NOW = '2026-06-30';
const feed219 = async () => (await fetch('/fixtures/laocai-219-ctr-tu.json')).json();
const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Task numbers the timeline highlights, and the matrix marks. */
const timelineMarked = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.row.task.hl')].map((r) => r.dataset.key);
const matrixMarked = (el: Element) => [...shadow(el).querySelectorAll('tr.task.hit')].map((tr) => text(tr.querySelector('.num')));

describe('an unknown `section`, the same in the timeline and the matrix', () => {
  for (const tag of ['tiendo-timeline', 'tiendo-matrix']) {
    it(`<${tag} section="VI">: "no such section", no rows`, async () => {
      const feed = await feed219();
      const box = await fixture(html`<div style="width: 1100px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { feed: unknown; updateComplete: Promise<boolean> };
      el.setAttribute('now', NOW);
      el.setAttribute('section', 'VI');
      el.feed = feed;
      box.append(el);
      await waitUntil(() => shadow(el).querySelector('[part="empty"]'), 'no empty message', { timeout: 8000 });
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('Không có mục “VI” trong chương trình.');
      expect(shadow(el).querySelectorAll('.row.task, tr.task')).to.have.length(0);
      el.setAttribute('section', 'iii');
      await el.updateComplete;
      await waitUntil(() => shadow(el).querySelectorAll('.row.task, tr.task').length === 9, 'section III not shown', { timeout: 8000 });
      expect(shadow(el).querySelector('[part="empty"]')).to.equal(null);
    });
  }
});

describe('an `agency` inside <tiendo-feed>: own attribute at start, then the last change wins', () => {
  it('in the timeline and the matrix alike', async () => {
    const feed = await feed219();
    const host = await fixture(html`<div style="width: 1100px"><tiendo-feed .feed=${feed} agency="dang-doan-hdnd-tinh">
      <tiendo-timeline now=${NOW} agency="ban-tuyen-giao-tu"></tiendo-timeline>
      <tiendo-matrix now=${NOW} agency="ban-tuyen-giao-tu"></tiendo-matrix>
      <tiendo-matrix now=${NOW}></tiendo-matrix>
    </tiendo-feed></div>`);
    const timeline = host.querySelector('tiendo-timeline')!;
    const [own, shared] = [...host.querySelectorAll('tiendo-matrix')];
    await waitUntil(() => timelineMarked(timeline).length && matrixMarked(own!).length && matrixMarked(shared!).length, 'nothing marked', { timeout: 8000 });
    // At start: the widget's own attribute, over the feed's.
    expect(timelineMarked(timeline)).to.deep.equal(['t1', 't2']);
    expect(matrixMarked(own!)).to.deep.equal(['1', '2']);
    expect(matrixMarked(shared!)).to.deep.equal(['4', '5', '7']);
    // A reader picks BCS Đảng UBND tỉnh in the third widget: everyone follows, own attribute or not.
    shadow(shared!).querySelector<HTMLElement>('thead th.agency button')!.click();
    await waitUntil(() => timelineMarked(timeline).length === 21, 'the timeline kept its own agency', { timeout: 8000 });
    expect(matrixMarked(own!)).to.have.length(21);
    expect(timelineMarked(timeline).slice(0, 3)).to.deep.equal(['t2', 't3', 't4']);
    // A new value of the attribute is the latest change again.
    timeline.setAttribute('agency', 'Đảng Đoàn HĐND tỉnh');
    await waitUntil(() => timelineMarked(timeline).length === 3, 'the new attribute was ignored', { timeout: 8000 });
    expect(timelineMarked(timeline)).to.deep.equal(['t4', 't5', 't7']);
    expect(matrixMarked(shared!)).to.have.length(21);
  });
});
