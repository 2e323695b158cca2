/** <tiendo-matrix> in Chromium: cards on narrow screens, long feeds drawn a window at a time, printing. */
import { expect, waitUntil } from '@open-wc/testing';
import { largeFeed } from '../../fixtures/large-feed.js';
import { fixtureFeed, press } from '../widget-fixture.js';
import { REAL, text, $, $$, matrix, focused, oneEvent } from './matrix-fixture.js';

describe('<tiendo-matrix>: narrow screens', () => {
  it('below 600 px shows one card per body saying which tasks it leads and coordinates', async () => {
    const el = await matrix(await fixtureFeed(REAL), { width: 360 });
    expect($(el, 'table')).to.equal(null);
    const cards = $$(el, '.card');
    expect(cards).to.have.length(9);
    expect(text(cards[0]!.querySelector('.name'))).to.equal('BCS Đảng UBND tỉnh');
    expect(cards[0]!.querySelectorAll('.line').length).to.equal(2);
    expect(text(cards[0]!.querySelectorAll('.line')[0])).to.equal('CT Chủ trì: nhiệm vụ 2–4, 6–22 (20)');
    expect(text(cards[0]!.querySelectorAll('.line')[1])).to.equal('PH Phối hợp: nhiệm vụ 5 (1)');
    expect(cards.filter((c) => c.classList.contains('group'))).to.have.length(4);
  });

  it('in English, one task is "task", several are "tasks"', async () => {
    const el = await matrix(await fixtureFeed(REAL), { width: 360, lang: 'en' });
    const lines = $$(el, '.card')[0]!.querySelectorAll('.line');
    expect(text(lines[0])).to.equal('L Leads: tasks 2–4, 6–22 (20)');
    expect(text(lines[1])).to.equal('C Coordinates: task 5 (1)');
  });

  it('folds a successor under the feed editor\'s label; open, it says who took the work over, when, and why', async () => {
    const el = await matrix(await fixtureFeed(REAL), { width: 360 });
    const card = $$(el, '.card').find((c) => text(c.querySelector('.name')) === 'Huyện, thị, thành ủy')!;
    const note = card.querySelector<HTMLDetailsElement>('details.successor')!;
    expect(note.open).to.equal(false);
    expect(text(note.querySelector('summary'))).to.equal('Ghi chú của người lập dữ liệu');
    expect(text(note)).to.equal('Ghi chú của người lập dữ liệu Không có trong văn bản. Sau sắp xếp bộ máy, công việc nay do Đảng ủy các xã, phường đảm nhận (từ ngày 1/7/2025). ' +
      'Cấp huyện kết thúc hoạt động từ ngày 01/7/2025 (cùng ngày tỉnh Lào Cai và tỉnh Yên Bái hợp nhất); không có đơn vị kế thừa duy nhất.');
    // Folded, the card is its name, its full name, its tasks and one short line.
    expect(note.getBoundingClientRect().height).to.be.lessThan(30);
  });

  it('a card opens the body\'s tasks by title; arrow keys move between cards', async () => {
    const el = await matrix(await fixtureFeed(REAL), { width: 360 });
    const head = $(el, '.card .head')!;
    head.focus();
    const event = oneEvent(el, 'tiendo-select');
    await press('Enter');
    expect((await event).detail).to.deep.equal({ agency: 'bcsd-ubnd-tinh' });
    const items = $$(el, '.card.chosen .list li');
    expect(items).to.have.length(21);
    expect(text(items[3])).to.match(/^PH Phối hợp: 5\. Rà soát hoàn thiện/);
    await press('ArrowDown');
    expect(text(focused(el)!.querySelector('.name'))).to.equal('ĐĐ HĐND tỉnh');
    await press('End');
    expect(text(focused(el)!.querySelector('.name'))).to.equal('Tổ chức CT-XH tỉnh');
    expect($$(el, '.card .head[tabindex="0"]')).to.have.length(1);
  });

  it('switches to the table on request', async () => {
    const el = await matrix(await fixtureFeed(REAL), { width: 360 });
    $(el, 'button[data-view="table"]')!.click();
    await el.updateComplete;
    expect($(el, 'table')).to.not.equal(null);
    expect($(el, '.scroller.boxed'), 'the table scrolls in its own box').to.not.equal(null);
  });
});

describe('<tiendo-matrix>: long feeds', () => {
  it('draws only the rows in view of 10,000 tasks, and tells screen readers the full count', async () => {
    const el = await matrix(largeFeed(10_000));
    const table = $(el, 'table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal(String(10_000 + 8 + 2));
    const drawn = $$(el, 'tbody tr.task, tbody tr.section');
    expect(drawn.length).to.be.within(10, 80);
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll')); // a background page gets no scroll events of its own
    await waitUntil(() => $$(el, 'tbody tr.task').some((tr) => tr.getAttribute('aria-rowindex') === String(10_000 + 8 + 1)), 'last row not drawn');
    expect($$(el, 'tbody tr.task, tbody tr.section').length).to.be.below(80);
  });

  it('draws every row for printing, and only the window again afterwards', async () => {
    const el = await matrix(largeFeed(300));
    const drawn = () => $$(el, 'tbody tr.task, tbody tr.section').length;
    expect(drawn()).to.be.below(60);
    dispatchEvent(new Event('beforeprint'));
    expect(drawn(), 'synchronously, before the print layout').to.equal(300 + 8);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(drawn()).to.be.below(60);
  });

  it('keeps the focused cell drawn, focused and clear of the sticky header while paging', async () => {
    const el = await matrix(largeFeed(1000));
    $(el, 'table [tabindex="0"]')!.focus();
    await press('ArrowDown', 'ArrowDown', 'ArrowRight', 'PageDown', 'PageDown', 'PageDown', 'PageDown');
    await el.updateComplete;
    const cell = focused(el)!;
    expect(cell.tagName).to.equal('TD');
    const row = Number(cell.closest('tr')!.dataset.row);
    expect(row).to.be.greaterThan(20);
    const head = $(el, 'thead')!.getBoundingClientRect();
    const box = $(el, '.scroller')!.getBoundingClientRect();
    const rect = cell.getBoundingClientRect();
    expect(rect.top).to.be.at.least(head.bottom - 1);
    expect(rect.bottom).to.be.at.most(box.bottom + 1);
    await press('Control+Home');
    expect(text(focused(el))).to.contain('Nhiệm vụ');
  });
});
