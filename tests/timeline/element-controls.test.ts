/** <tiendo-timeline> in Chromium: the period shown, one section, an agency's tasks, the data table. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { TiendoTimeline } from '../../src/timeline/element.js';
import { fixtureFeed } from '../widget-fixture.js';
import { NOW, $, $$, text, row, mount, tableReady } from './timeline-fixture.js';

describe('<tiendo-timeline>: range, sections, agencies, table', () => {
  it('zooms to the 2045 vision and pans with buttons', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    const vision = $(el, '[data-action="vision"]');
    expect(text(vision)).to.equal('Tầm nhìn 2045');
    vision.click();
    await el.updateComplete;
    expect(text($(el, '.range-text'))).to.equal('2023 – 2045');
    expect(vision.getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '.ruler .goal-label'))).to.equal('Mốc 2030');
    $(el, '[data-action="later"]').click();
    await el.updateComplete;
    expect(text($(el, '.range-text'))).to.equal('2024 – 2046');
    $(el, '[data-action="programme"]').click();
    await el.updateComplete;
    expect(text($(el, '.range-text'))).to.equal('2023 – 2030');
  });

  it('starts at `from` and ends at `to`', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), { from: '2025', to: '2027-06' });
    expect(text($(el, '.range-text'))).to.equal('1/2025 – 6/2027');
    expect($$(el, '.ruler .year').map(text)).to.deep.equal(['2025', '2026', '2027']);
  });

  it('shows one section with `section`', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), { section: 'II' });
    expect($$(el, '.row').map((r) => r.dataset.key)).to.deep.equal(['#II', 't4', 't5', 't6', 't7']);
  });

  it('folds a section on a click on its header', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    row(el, '#III').click();
    await el.updateComplete;
    expect(row(el, 't8')).to.equal(null);
    expect(row(el, '#III').getAttribute('aria-expanded')).to.equal('false');
  });

  it('highlights the tasks an agency leads or coordinates, saying its role in words', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), { agency: 'dang-doan-hdnd-tinh' });
    expect($$(el, '.row.task.hl').map((r) => r.dataset.key)).to.deep.equal(['t4', 't5', 't7']);
    expect(text(row(el, 't5').querySelector('.role'))).to.equal('CT, Chủ trì');
    expect(text(row(el, 't4').querySelector('.role'))).to.equal('PH, Phối hợp');
    expect(text($(el, '[part="highlight"]'))).to.contain('Đảng đoàn HĐND tỉnh: chủ trì 1, phối hợp 2');
  });

  it('follows the selection of an enclosing <tiendo-feed>, but its own `agency` wins', async () => {
    const feed = await fixtureFeed('laocai-219-ctr-tu.json');
    const wrapper = fixtureSync(html`<div style="width: 1000px"><tiendo-feed .feed=${feed} agency="dang-doan-hdnd-tinh">
      <tiendo-timeline now=${NOW}></tiendo-timeline><tiendo-timeline now=${NOW} agency="ban-tuyen-giao-tu"></tiendo-timeline></tiendo-feed></div>`);
    const [shared, own] = [...wrapper.querySelectorAll('tiendo-timeline')] as TiendoTimeline[];
    await waitUntil(() => $$(shared!, '.row.task').length && $$(own!, '.row.task').length);
    expect($$(shared!, '.row.task.hl').map((r) => r.dataset.key)).to.deep.equal(['t4', 't5', 't7']);
    expect($$(own!, '.row.task.hl').map((r) => r.dataset.key)).to.deep.equal(['t1', 't2']);
  });

  it('keeps a table of the same tasks for screen readers, shown by one button', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    await tableReady(el);
    const box = $(el, '[part="table"]');
    expect(box.classList.contains('sr-only')).to.equal(true);
    const headers = $$(el, 'table thead th').map(text);
    expect(headers).to.deep.equal(['Nhiệm vụ', 'Mục', 'Thời gian (theo văn bản)', 'Bắt đầu', 'Kết thúc', 'Cơ quan chủ trì', 'Tình trạng']);
    const rows = $$(el, 'table tbody tr');
    expect(rows).to.have.length(22);
    const cells = (r: Element) => [...r.children].map(text);
    expect(cells(rows[0]!)).to.deep.equal([
      '1. ' + text(row(el, 't1').querySelector('.title')), 'I', 'Xong trong Quý III/2023', 'không ghi', 'Quý III/2023', 'Ban Tuyên giáo Tỉnh ủy', 'Chưa có báo cáo · đã quá hạn',
    ]);
    expect(cells(rows[1]!).slice(2, 5)).to.deep.equal(['Từ Quý III/2023', 'Quý III/2023', 'không ghi']);
    expect(cells(rows[4]!).slice(2, 5)).to.deep.equal(['2023-2026', '2023', '2026']);
    const toggle = $(el, '[data-action="table"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(box.classList.contains('sr-only')).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Ẩn bảng');
  });
});
