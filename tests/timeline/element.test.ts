/** <tiendo-timeline> in Chromium: what a reader sees and does. */
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import '../../src/timeline/define.js';
import '../../src/core/feed-define.js';
import type { TiendoTimeline } from '../../src/timeline/element.js';
import { largeFeed } from '../../fixtures/large-feed.js';
import { sampleFeed } from '../sample-feed.js';

const NOW = '2026-06-30';
const json = async (file: string) => (await fetch(`/fixtures/${file}`)).json();
const root = (el: TiendoTimeline) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: TiendoTimeline, sel: string) => root(el).querySelector<T>(sel as any) as T;
const $$ = <T extends Element = HTMLElement>(el: TiendoTimeline, sel: string) => [...root(el).querySelectorAll<T>(sel as any)] as T[];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const row = (el: TiendoTimeline, key: string) => $(el, `.tree [data-key="${key}"]`);
const shift = async (key: string) => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
};
const focused = (el: TiendoTimeline) => (root(el).activeElement as HTMLElement | null)?.getAttribute('data-key');

async function mount(feed: unknown, attrs: Record<string, string> = {}, width = 1200): Promise<TiendoTimeline> {
  // fixtureSync: `fixture` waits for an animation frame, which a background tab never gets
  // (the test runner opens two pages at a time).
  const host = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('tiendo-timeline');
  el.setAttribute('now', NOW);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.feed = feed;
  host.append(el);
  await waitUntil(() => root(el)?.querySelector('.tree .row'), 'no rows rendered', { timeout: 8000 });
  await el.updateComplete;
  return el;
}
const tableReady = (el: TiendoTimeline) => waitUntil(() => $$(el, 'table tbody tr').length > 0, 'table never rendered', { timeout: 3000 });

async function axe(el: Element) {
  const results: AxeResults = await (window as any).axe.run(el);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<tiendo-timeline>: what a reader sees', () => {
  it('groups the 22 tasks of Programme 219 under sections I–V, each labelled with its number and title', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'));
    const sections = $$(el, '.row.section');
    expect(sections.map((s) => text(s.querySelector('.num')))).to.deep.equal(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(text(sections[0])).to.contain('Tuyên truyền vai trò của công nghệ sinh học').and.contain('3 nhiệm vụ');
    expect($$(el, '.row.task')).to.have.length(22);
    const t1 = row(el, 't1');
    expect(text(t1.querySelector('.num'))).to.equal('1');
    expect(text(t1.querySelector('.title'))).to.match(/^Tổ chức học tập, quán triệt, tuyên truyền Nghị quyết số 36-NQ\/TW/);
    // Long titles are clamped on screen; the full text is the label's title.
    expect(t1.querySelector('.label')!.getAttribute('title')).to.equal(text(t1.querySelector('.title')));
  });

  it('draws the axis in years with a today line and its date, in Vietnamese and in English', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'));
    expect($$(el, '.ruler .year').map(text)).to.deep.equal(['2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    expect(text($(el, '.ruler .today-label'))).to.equal('Hôm nay 30/6/2026');
    const today = $(el, '.today-layer line.today');
    expect(Number(today.getAttribute('x1'))).to.be.closeTo(Number($(el, '.ruler line.today').getAttribute('x1')), 0.01);
    expect(today.getBoundingClientRect().height).to.be.greaterThan(22 * 40); // across every row
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, '.ruler .today-label'))).to.equal('Today 30 Jun 2026');
  });

  it('names quarters as "Quý III/2026" or "Q3 2026" when one year is shown', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'), { from: '2026', to: '2026' });
    expect($$(el, '.ruler .quarter').map(text)).to.deep.equal(['Quý I/2026', 'Quý II/2026', 'Quý III/2026', 'Quý IV/2026']);
    el.lang = 'en';
    await el.updateComplete;
    expect($$(el, '.ruler .quarter').map(text)).to.deep.equal(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
  });

  it('ends task 1’s bar at 30/9/2023 with a deadline mark, and runs task 2 to the edge with an arrow', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'));
    const track = row(el, 't1').querySelector('svg.track')!;
    const span = Number(track.getAttribute('width')) - 16;
    const bar = row(el, 't1').querySelector('rect.bar')!;
    const end = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
    expect(end).to.be.closeTo((span * 273) / 2922, 0.02); // 1/1/2023 → 1/10/2023 is 273 days of 2,922
    expect(bar.getAttribute('mask')).to.equal('url(#tl-fade)'); // the inferred start is drawn softer
    expect(row(el, 't1').querySelector('path.deadline')).to.exist;
    expect(row(el, 't2').querySelector('path.arrow')).to.exist;
    expect(row(el, 't3').querySelectorAll('rect.occ')).to.have.length(8);
  });

  it('says each status in words; with nothing reported, a fact about the schedule', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'));
    expect(text(row(el, 't1').querySelector('.status'))).to.equal('Chưa có báo cáo · đã quá hạn');
    expect(text(row(el, 't2').querySelector('.status'))).to.equal('Chưa có báo cáo · trong thời hạn');
    expect(row(el, 't1').querySelector('svg.icon.s-no-report')).to.exist;
    // Within its timeframe, nothing reported: the "no report" ring (dashed), never the half disc of work in progress.
    const derived = row(el, 't2').querySelector('svg.icon.s-in-progress')!;
    expect(derived.querySelector('circle')!.getAttribute('stroke-dasharray')).to.not.equal(null);
    expect(derived.querySelector('path[d^="M8 2a6"]'), 'no half disc').to.equal(null);
    const illustrative = await mount(await json('laocai-219-ctr-tu.illustrative.json'));
    expect(text(row(illustrative, 't2').querySelector('.status'))).to.equal('Đang thực hiện · 55%');
    const reported = row(illustrative, 't2').querySelector('svg.icon.s-in-progress')!;
    expect(reported.querySelector('circle')!.getAttribute('stroke-dasharray'), 'a reported status has the plain ring').to.equal(null);
    expect(reported.querySelector('path[d^="M8 2a6"]'), 'a reported task in progress has the half disc').to.not.equal(null);
    expect(text(row(illustrative, 't6').querySelector('.status'))).to.equal('Đã quá hạn · 80%');
    expect(row(illustrative, 't6').querySelector('rect.bar')!.getAttribute('fill')).to.equal('url(#tl-overdue)');
  });

  it('shows a timeframe with no date in a "no fixed date" lane, with its words', async () => {
    const feed = sampleFeed();
    feed.tasks[1].timeframe = '30 ngày sau khi Trung ương ban hành';
    const el = await mount(feed);
    expect(text(row(el, 't2').querySelector('.lane'))).to.equal('Không ghi thời hạn: 30 ngày sau khi Trung ương ban hành');
    expect(row(el, 't2').querySelector('svg.track')).to.equal(null);
  });

  it('labels illustrative feeds and gives the programme, source and "data as of"', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.illustrative.json'));
    expect(text($(el, '[part="illustrative"]'))).to.contain('Minh họa');
    expect(text($(el, '[part="caption"]'))).to.contain('219-CTr/TU').and.contain('Số liệu đến ngày 30/6/2026');
  });

  it('renders feed text as text', async () => {
    const feed = sampleFeed();
    feed.tasks[0].title = '<img src=x onerror="window.pwned=1">Quán triệt';
    const el = await mount(feed);
    expect(text(row(el, 't1').querySelector('.title'))).to.equal('<img src=x onerror="window.pwned=1">Quán triệt');
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('links only to http(s) in the details', async () => {
    const feed = sampleFeed();
    feed.tasks[0].links = [{ url: 'javascript:alert(1)', title: 'bad' }, { url: 'https://example.org/report', title: 'Báo cáo' }];
    const el = await mount(feed);
    row(el, 't1').click();
    await el.updateComplete;
    const links = [...$(el, 'dialog').querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)]);
    expect(links).to.deep.equal([['https://example.org/report', 'Báo cáo']]);
  });
});

describe('<tiendo-timeline>: keyboard and details', () => {
  it('has one tab stop; arrows, Home and End move; ← and → fold; Enter opens details; Esc returns focus', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.illustrative.json'));
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
    const el = await mount(await json('laocai-219-ctr-tu.json'));
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
    const el = await mount(await json('laocai-219-ctr-tu.json'));
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
});

describe('<tiendo-timeline>: range, sections, agencies, table', () => {
  it('zooms to the 2045 vision and pans with buttons', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'));
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
    const el = await mount(await json('laocai-219-ctr-tu.json'), { from: '2025', to: '2027-06' });
    expect(text($(el, '.range-text'))).to.equal('1/2025 – 6/2027');
    expect($$(el, '.ruler .year').map(text)).to.deep.equal(['2025', '2026', '2027']);
  });

  it('shows one section with `section`', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'), { section: 'II' });
    expect($$(el, '.row').map((r) => r.dataset.key)).to.deep.equal(['#II', 't4', 't5', 't6', 't7']);
  });

  it('folds a section on a click on its header', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'));
    row(el, '#III').click();
    await el.updateComplete;
    expect(row(el, 't8')).to.equal(null);
    expect(row(el, '#III').getAttribute('aria-expanded')).to.equal('false');
  });

  it('highlights the tasks an agency leads or coordinates, saying its role in words', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'), { agency: 'dang-doan-hdnd-tinh' });
    expect($$(el, '.row.task.hl').map((r) => r.dataset.key)).to.deep.equal(['t4', 't5', 't7']);
    expect(text(row(el, 't5').querySelector('.role'))).to.equal('CT, Chủ trì');
    expect(text(row(el, 't4').querySelector('.role'))).to.equal('PH, Phối hợp');
    expect(text($(el, '[part="highlight"]'))).to.contain('Đảng đoàn HĐND tỉnh: chủ trì 1, phối hợp 2');
  });

  it('follows the selection of an enclosing <tiendo-feed>, but its own `agency` wins', async () => {
    const feed = await json('laocai-219-ctr-tu.json');
    const wrapper = fixtureSync(html`<div style="width: 1000px"><tiendo-feed .feed=${feed} agency="dang-doan-hdnd-tinh">
      <tiendo-timeline now=${NOW}></tiendo-timeline><tiendo-timeline now=${NOW} agency="ban-tuyen-giao-tu"></tiendo-timeline></tiendo-feed></div>`);
    const [shared, own] = [...wrapper.querySelectorAll('tiendo-timeline')] as TiendoTimeline[];
    await waitUntil(() => $$(shared!, '.row.task').length && $$(own!, '.row.task').length);
    expect($$(shared!, '.row.task.hl').map((r) => r.dataset.key)).to.deep.equal(['t4', 't5', 't7']);
    expect($$(own!, '.row.task.hl').map((r) => r.dataset.key)).to.deep.equal(['t1', 't2']);
  });

  it('keeps a table of the same tasks for screen readers, shown by one button', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'));
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

describe('<tiendo-timeline>: layout, themes and scale', () => {
  it('becomes a stacked list with small bars at 320 px, with nothing cut off sideways', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'), {}, 320);
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
    const el = await mount(await json('laocai-219-ctr-tu.json'), {}, 360);
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
    const el = await mount(await json('laocai-219-ctr-tu.json'), {}, 1000);
    expect($$(el, '.presets button').map(text)).to.deep.equal(['Cả chương trình', 'Tầm nhìn 2045', 'Năm 2026']);
    expect($(el, 'select.period')).to.equal(null);
    expect(text($(el, '.range-text'))).to.equal('2023 – 2030');
    expect(text($(el, '[data-action="table"]'))).to.equal('Xem dạng bảng');
  });

  it('shows the keyboard keys only once the reader uses the keyboard in it (screen readers always have them)', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'), {}, 1000);
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
    const el = await mount(await json('laocai-219-ctr-tu.json'), {}, 1000);
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

  it('keeps the year axis in sight while the page scrolls past the rows', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'), {}, 1000);
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

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations in the ${theme} theme, with the table and the details open`, async function () {
      this.timeout(30000); // axe over the table and the dialog is slow on a busy machine
      const el = await mount(await json('laocai-219-ctr-tu.illustrative.json'), { theme, agency: 'dang-doan-hdnd-tinh' });
      await tableReady(el);
      $(el, '[data-action="table"]').click();
      await el.updateComplete;
      expect(await axe(el)).to.deep.equal([]);
      row(el, 't5').click();
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
      expect(await axe(el)).to.deep.equal([]);
    });
  }

  it('has no axe violations at 320 px', async () => {
    const el = await mount(await json('laocai-219-ctr-tu.json'), {}, 320);
    expect(await axe(el)).to.deep.equal([]);
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
    const el = await mount(await json('laocai-219-ctr-tu.json'));
    el.setAttribute('section', 'II');
    el.remove();
    // An update loop would keep the microtask queue busy and this timer would never fire.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(el.isUpdatePending).to.equal(false);
  });
});
