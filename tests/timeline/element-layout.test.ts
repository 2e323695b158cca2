/** <tiendo-timeline> in Chromium: narrow and wide pages, scrolling, 10,000 tasks, paper and static pages, removal. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { largeFeed } from '../../fixtures/large-feed.js';
import { fixtureFeed } from '../widget-fixture.js';
import { NOW, $, $$, text, row, focused, mount } from './timeline-fixture.js';

describe('<tiendo-timeline>: layout and scale', () => {
  it('becomes a stacked list with small bars at 320 px, with nothing cut off sideways', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), {}, 320);
    expect($(el, '.timeline').classList.contains('stacked')).to.equal(true);
    const box = $(el, '.scroll');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(text(row(el, 't1').querySelector('.status'))).to.equal('Chưa có báo cáo · đã quá hạn · Xong trong Quý III/2023');
    const track = row(el, 't1').querySelector('svg.track')!.getBoundingClientRect();
    expect(track.height).to.be.within(10, 20);
    expect(track.right).to.be.at.most(box.getBoundingClientRect().right);
    expect(row(el, 't1').querySelector('.title')!.getBoundingClientRect().height).to.be.greaterThan(30); // two lines of title
  });

  it('on a 360 px phone: the controls take one row, the periods are one menu, and the deadline in the document’s words is not cut', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), {}, 360);
    const bar = $(el, '.toolbar');
    const buttons = $$(el, '.toolbar button');
    expect(buttons.length).to.be.greaterThan(0);
    const tops = new Set([...buttons, $(el, 'select.period')].map((b) => Math.round(b.getBoundingClientRect().top)));
    expect([...tops].length, 'every control on one row').to.equal(1);
    expect(bar.scrollWidth).to.be.at.most(bar.clientWidth);
    expect($$(el, '.presets button').length, 'no preset buttons: a menu').to.equal(0);
    const menu = $<HTMLSelectElement>(el, 'select.period');
    expect([...menu.options].map((o) => o.value)).to.deep.equal(['programme', 'vision', 'year']);
    expect(menu.value).to.equal('programme');
    menu.value = 'vision';
    menu.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '.ruler')), 'the vision period runs past 2030').to.contain('2040');
    expect($<HTMLSelectElement>(el, 'select.period').value).to.equal('vision');
    $(el, '[data-action="zoom-in"]').click();
    await el.updateComplete;
    const shown = $<HTMLSelectElement>(el, 'select.period');
    expect(shown.selectedOptions[0]!.value, 'a zoomed view is no preset').to.equal('');
    expect(text(shown.selectedOptions[0]), 'the menu names the period shown').to.match(/^\d/);
    expect(text($(el, '[data-action="table"]'))).to.equal('Bảng');
    const when = row(el, 't1').querySelector<HTMLElement>('.when')!;
    expect(text(when)).to.equal('Xong trong Quý III/2023');
    expect(when.scrollWidth, 'the deadline text is whole').to.be.at.most(when.clientWidth);
    const status = row(el, 't1').querySelector('.status')!.getBoundingClientRect();
    expect(status.bottom, 'the status stays inside its row').to.be.at.most(row(el, 't1').getBoundingClientRect().bottom);
  });

  it('keeps the preset buttons and the period in words on a wide screen', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), {}, 1000);
    expect($$(el, '.presets button').map(text)).to.deep.equal(['Cả chương trình', 'Tầm nhìn 2045', 'Năm 2026']);
    expect($(el, 'select.period')).to.equal(null);
    expect(text($(el, '.range-text'))).to.equal('2023 – 2030');
    expect(text($(el, '[data-action="table"]'))).to.equal('Xem dạng bảng');
  });

  it('keeps the year axis in sight while the page scrolls past the rows', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), {}, 1000);
    const axis = $(el, '.axis');
    const start = axis.getBoundingClientRect().top + scrollY;
    scrollTo(0, start + 400);
    try {
      await waitUntil(() => Math.abs(axis.getBoundingClientRect().top) < 2, `the axis scrolled away (top ${axis.getBoundingClientRect().top})`, { timeout: 3000 });
      expect(row(el, 't22').getBoundingClientRect().top).to.be.greaterThan(axis.getBoundingClientRect().bottom);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('draws only the rows in view for 10,000 tasks, and reaches the last one by keyboard', async () => {
    const feed = largeFeed(10_000);
    const el = await mount(feed);
    const box = $(el, '.scroll');
    expect(box.classList.contains('scrolling')).to.equal(true);
    expect($$(el, '.tree .row').length).to.be.within(10, 100);
    expect(box.scrollHeight).to.be.greaterThan(10_000 * 40);
    $(el, '.tree [tabindex="0"]').focus();
    await sendKeys({ press: 'End' });
    const last = feed.tasks.at(-1)!.id;
    await waitUntil(() => focused(el) === last, 'End did not reach the last task');
    const r = row(el, last).getBoundingClientRect();
    const b = box.getBoundingClientRect();
    expect(r.top).to.be.at.least(b.top);
    expect(r.bottom).to.be.at.most(b.bottom + 1);
    box.scrollTop = box.scrollHeight / 2;
    box.dispatchEvent(new Event('scroll')); // a background tab gets no scroll event until it paints
    await waitUntil(() => {
      const rows = $$(el, '.tree .row');
      const middle = b.top + b.height / 2;
      return rows.some((x) => x.getBoundingClientRect().top <= middle && x.getBoundingClientRect().bottom >= middle);
    }, 'no rows drawn after scrolling', { timeout: 5000 }); // 10,000 rows on a machine at load 14 can miss the default second
    expect($$(el, '.tree .row').length).to.be.below(100);
  });
});

describe('<tiendo-timeline> on paper and in static pages', () => {
  it('draws every row while the page prints, and only the window again afterwards', async () => {
    const el = await mount(largeFeed(300));
    const drawn = () => $$(el, '.tree .row').length;
    expect(drawn()).to.be.below(100);
    dispatchEvent(new Event('beforeprint'));
    expect(drawn(), 'synchronously, before the print layout').to.equal(300 + 8);
    expect($(el, '.scroll').classList.contains('scrolling')).to.equal(false);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(drawn()).to.be.below(100);
  });

  it('draws every row and the data table at once for media="static"', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    const el = document.createElement('tiendo-timeline');
    el.setAttribute('now', NOW);
    el.setAttribute('media', 'static');
    el.feed = largeFeed(300);
    host.append(el);
    await el.updateComplete;
    expect($$(el, '.tree .row').length).to.equal(300 + 8);
    expect($$(el, 'table tbody tr').length, 'the table, built in the first render').to.be.greaterThan(0);
  });
});

describe('<tiendo-timeline> as a guest on the page', () => {
  it('stops updating once it is removed mid-update (no endless loop)', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    el.setAttribute('section', 'II');
    el.remove();
    // Lit resolves updateComplete with false when the update asked for another: a loop shows at
    // its first turn, with no timer to wait out.
    expect(await el.updateComplete, 'the update after removal asked for another').to.equal(true);
    expect(el.isUpdatePending).to.equal(false);
  });
});
