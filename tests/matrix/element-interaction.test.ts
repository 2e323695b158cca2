/** <tiendo-matrix> in Chromium: the keyboard, selecting and sorting, and the selection shared through <tiendo-feed>. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TiendoFeed } from '../../src/core/feed-define.js';
import { fixtureFeed, press } from '../widget-fixture.js';
import { REAL, text, $, $$, spoken, matrix, agencyHeaders, taskRow, focused, oneEvent } from './matrix-fixture.js';

describe('<tiendo-matrix>: keyboard', () => {
  it('reaches the grid at the second Tab: the switches above it are one stop, moved through with the arrow keys', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    try {
      await press('Tab');
      await waitUntil(() => focused(el), 'Tab did not enter the matrix');
      expect(focused(el)!.closest('[role="toolbar"]'), 'first stop: the switches').to.not.equal(null);
      expect(text(focused(el))).to.equal('Theo số nhiệm vụ');
      await press('ArrowRight');
      expect(text(focused(el))).to.equal('Theo văn bản');
      await press('ArrowRight');
      expect(text(focused(el))).to.equal('Xem theo cơ quan');
      await press('Home');
      expect(text(focused(el))).to.equal('Theo số nhiệm vụ');
      await press('Tab');
      expect(focused(el)!.closest('table'), 'second stop: the grid').to.not.equal(null);
    } finally {
      before.remove();
    }
  });

  it('has one tab stop in the grid, and arrow keys move cell to cell', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const stops = $$(el, 'table [tabindex="0"]');
    expect(stops).to.have.length(1);
    expect($$(el, 'table button:not([tabindex])')).to.have.length(0);
    stops[0]!.focus();
    expect(text(focused(el))).to.contain('Nhiệm vụ');
    await press('ArrowDown');
    expect(text(focused(el))).to.match(/^I\. Tuyên truyền/);
    await press('ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    // Task 1, third agency column: Ban Tuyên giáo Tỉnh ủy leads it.
    expect(spoken(focused(el)!)).to.equal('Chủ trì');
    expect(focused(el)!.getAttribute('tabindex')).to.equal('0');
    expect($$(el, 'table [tabindex="0"]')).to.have.length(1);
    // The successor is the feed editor's note, never part of a sentence about the task.
    expect(text($(el, '.detail'))).to.match(/^Chủ trì — Ban Tuyên giáo Tỉnh ủy · Nhiệm vụ 1: Tổ chức học tập/);
    await press('ArrowRight');
    expect(spoken(focused(el)!)).to.equal('Không tham gia');
    expect(text($(el, '.detail'))).to.match(/^.+ không tham gia nhiệm vụ này · Nhiệm vụ 1:/);
    expect(text($(el, '.detail'))).to.not.match(/Nay là|tương ứng/);
    await press('ArrowLeft');
    await press('Home');
    expect(text(focused(el))).to.match(/^1 Tổ chức học tập/);
    await press('End');
    expect(text(focused(el))).to.equal('3');
    await press('Control+End');
    expect(focused(el)!.closest('tfoot')).to.not.equal(null);
    await press('Control+Home');
    expect(text(focused(el))).to.contain('Nhiệm vụ');
  });

  it('highlights the row and column of the focused or hovered cell', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const cell = taskRow(el, '5').cells[2]!;
    cell.focus();
    await el.updateComplete;
    expect(taskRow(el, '5').classList.contains('hot')).to.equal(true);
    expect($$(el, 'col')[2]!.classList.contains('hot')).to.equal(true);
    expect(agencyHeaders(el)[1]!.classList.contains('hot')).to.equal(true);
    taskRow(el, '7').cells[1]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(taskRow(el, '7').classList.contains('hot')).to.equal(true);
    expect(taskRow(el, '5').classList.contains('hot')).to.equal(false);
    expect($$(el, 'col')[1]!.classList.contains('hot')).to.equal(true);
  });

  it('Enter on a body header marks its tasks and fires tiendo-select; Enter again or Escape clears', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const button = agencyHeaders(el)[1]!.querySelector('button')!; // ĐĐ HĐND tỉnh
    button.focus();
    let event = oneEvent(el, 'tiendo-select');
    await press('Enter');
    expect((await event).detail).to.deep.equal({ agency: 'dang-doan-hdnd-tinh' });
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, 'tr.task.hit').map((tr) => text(tr.querySelector('.num')))).to.deep.equal(['4', '5', '7']);
    expect(text($(el, '[part="selection"]'))).to.contain('Đang chọn: Đảng đoàn HĐND tỉnh');
    event = oneEvent(el, 'tiendo-select');
    await press('Enter');
    expect((await event).detail).to.deep.equal({ agency: undefined });
    expect($$(el, 'tr.task.hit')).to.have.length(0);
    await press('Enter');
    event = oneEvent(el, 'tiendo-select');
    await press('Escape');
    expect((await event).detail).to.deep.equal({ agency: undefined, task: undefined });
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('Enter on a task selects it (tiendo-select { task })', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    taskRow(el, '7').querySelector('button')!.focus();
    const event = oneEvent(el, 'tiendo-select');
    await press('Enter');
    expect((await event).detail).to.deep.equal({ task: 't7' });
    expect(taskRow(el, '7').classList.contains('picked')).to.equal(true);
  });

  it('Enter on "Số cơ quan" sorts tasks by bodies involved, and back', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const header = $(el, 'thead th.n')!;
    header.querySelector('button')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(el.sort).to.equal('bodies');
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect($(el, 'thead th.corner')!.getAttribute('aria-sort')).to.equal('none');
    expect($$(el, 'tbody tr.task').slice(0, 3).map((tr) => text(tr.querySelector('.num')))).to.deep.equal(['4', '5', '1']);
    expect($$(el, 'tr.section')).to.have.length(0);
    await press('Enter');
    await el.updateComplete;
    expect(el.sort).to.equal('document');
    expect($$(el, 'tr.section')).to.have.length(5);
  });
});

describe('<tiendo-matrix>: selection from outside', () => {
  it('pre-selects with the agency attribute, without an event', async () => {
    let fired = 0;
    const count = () => fired++;
    addEventListener('tiendo-select', count);
    try {
      const el = await matrix(await fixtureFeed(REAL), { agency: 'ban-tuyen-giao-tu' });
      expect($$(el, 'tr.task.hit').map((tr) => text(tr.querySelector('.num')))).to.deep.equal(['1', '2']);
      expect($(el, 'col.agency.chosen')).to.not.equal(null);
      expect(fired).to.equal(0);
    } finally {
      removeEventListener('tiendo-select', count); // the tests after it select on purpose
    }
  });

  it('follows and feeds the shared selection of <tiendo-feed>', async () => {
    const feed = await fixtureFeed(REAL);
    const host = await fixture<TiendoFeed>(html`<tiendo-feed style="width: 1100px" .feed=${feed} agency="dang-doan-hdnd-tinh">
      <tiendo-matrix lang="vi"></tiendo-matrix><tiendo-matrix lang="vi"></tiendo-matrix></tiendo-feed>`);
    const [a, b] = [...host.querySelectorAll('tiendo-matrix')];
    await waitUntil(() => $(a!, 'table') && $(b!, 'table'));
    expect($$(a!, 'tr.task.hit').map((tr) => text(tr.querySelector('.num')))).to.deep.equal(['4', '5', '7']);
    agencyHeaders(b!)[0]!.querySelector('button')!.click();
    await a!.updateComplete;
    await b!.updateComplete;
    expect($$(a!, 'tr.task.hit')).to.have.length(21);
    expect($$(b!, 'tr.task.hit')).to.have.length(21);
  });
});
