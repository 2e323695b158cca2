/** <tiendo-timeline> in Chromium: the keyboard, the details dialog and the events a reader causes. */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtureFeed } from '../widget-fixture.js';
import { root, $, $$, text, row, shift, focused, mount } from './timeline-fixture.js';

describe('<tiendo-timeline>: keyboard and details', () => {
  it('has one tab stop; arrows, Home and End move; ← and → fold; Enter opens details; Esc returns focus', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.illustrative.json'));
    expect($$(el, '.tree [tabindex="0"]').map((r) => r.dataset.key)).to.deep.equal(['#I']);
    row(el, '#I').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('t1');
    expect($$(el, '.tree [tabindex="0"]').map((r) => r.dataset.key)).to.deep.equal(['t1']);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('t22');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('#I');
    await sendKeys({ press: 'ArrowLeft' });
    expect(row(el, '#I').getAttribute('aria-expanded')).to.equal('false');
    expect(row(el, 't1')).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    expect(row(el, '#I').getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('t2');

    const selected = oneEvent(el, 'tiendo-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ task: 't2' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    const details = text(dialog);
    expect(details).to.contain('Xây dựng chương trình, chuyên mục phát sóng trên truyền hình');
    expect(text(dialog.querySelector('q'))).to.equal('Từ Quý III/2023');
    expect(details).to.contain('Bắt đầu: Quý III/2023').and.contain('Kết thúc: không ghi ngày kết thúc');
    expect(details).to.contain('Ban Cán sự Đảng UBND tỉnh'); // lead, as printed
    expect(details).to.contain('Đang thực hiện');
    expect(details).to.contain('55%');
    const updates = [...dialog.querySelectorAll('.updates time')].map((t) => t.getAttribute('datetime'));
    expect(updates).to.deep.equal([...updates].sort().reverse()); // newest first
    expect([...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://example.org/laocai-219/chuyen-muc-cong-nghe-sinh-hoc');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open && focused(el) === 't2', 'focus did not return to the task');
  });

  it('pans with Shift+arrows and zooms with + and −, announcing the period', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    row(el, '#I').focus();
    await shift('ArrowRight');
    expect(text($(el, '.range-text'))).to.equal('2024 – 2031');
    expect(text($(el, '.timeline > [role="status"]'))).to.equal('Đang xem 2024 – 2031');
    await shift('ArrowLeft');
    await sendKeys({ press: '+' });
    expect(text($(el, '.range-text'))).to.equal('2025 – 2028');
    expect(focused(el)).to.equal('#I');
  });

  it('fires tiendo-select on a click only, never on its own', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    let events = 0;
    el.addEventListener('tiendo-select', () => events++);
    el.setAttribute('agency', 'bcsd-ubnd-tinh');
    el.setAttribute('now', '2027-01-01');
    await el.updateComplete;
    expect(events).to.equal(0);
    const selected = oneEvent(el, 'tiendo-select');
    row(el, 't5').click();
    expect((await selected).detail).to.deep.equal({ task: 't5' });
    expect(events).to.equal(1);
  });

  it('shows the keyboard keys only once the reader uses the keyboard in it (screen readers always have them)', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), {}, 1000);
    const keys = $(el, '.keys');
    expect(text(keys)).to.contain('Enter');
    expect(keys.getBoundingClientRect().width, 'hidden before any keyboard use').to.be.at.most(1);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => root(el).activeElement, 'Tab did not enter the timeline');
    expect(keys.getBoundingClientRect().width, 'shown while the keyboard is in it').to.be.greaterThan(100);
    before.remove();
  });

  it('reaches the rows at the second Tab: the toolbar is one stop, its buttons a row of arrow keys', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), {}, 1000);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    try {
      await sendKeys({ press: 'Tab' });
      const active = () => root(el).activeElement as HTMLElement | null;
      await waitUntil(() => active(), 'Tab did not enter the timeline');
      expect(active()!.closest('[role="toolbar"]'), 'first stop: the toolbar').to.not.equal(null);
      expect(text(active())).to.equal('Cả chương trình');
      await sendKeys({ press: 'ArrowRight' });
      expect(text(active())).to.equal('Tầm nhìn 2045');
      await sendKeys({ press: 'End' });
      expect(text(active())).to.equal('Xem dạng bảng');
      await sendKeys({ press: 'ArrowRight' });
      expect(text(active()), 'the arrows wrap around').to.equal('Cả chương trình');
      await sendKeys({ press: 'Tab' });
      expect(active()!.getAttribute('role'), 'second stop: the rows').to.equal('treeitem');
      await shift('Tab');
      expect(text(active()), 'back to the toolbar, on the button last used').to.equal('Cả chương trình');
    } finally {
      before.remove();
    }
  });
});
