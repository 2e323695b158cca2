/** <tiendo-matrix> in Chromium: what a reader sees and hears, keyboard, selection, sorting, narrow layout, long feeds, axe. */
import { expect, fixture, html, oneEvent as waitForEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { TiendoMatrix } from '../../src/matrix/define.js';
import { TiendoFeed } from '../../src/core/feed-define.js';
import { largeFeed } from '../../fixtures/large-feed.js';

const load = async (file: string) => (await fetch(`/fixtures/${file}`)).json();
const REAL = 'laocai-219-ctr-tu.json';

/** Text as a reader sees it: separate elements are separate words ("20 1", not "201"). */
const text = (node: Node | null | undefined): string => {
  if (!node) return '';
  const parts: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').replace(/ ([.,:)])/g, '$1').replace(/\( /g, '(').trim();
};
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** The visible text of a node, without what only screen readers get. */
const visible = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
  return text(copy);
};
const spoken = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(copy);
};

type Attrs = Partial<Record<'lang' | 'theme' | 'order' | 'sort' | 'agency' | 'section' | 'layout', string>> & { width?: number };

/**
 * The element itself is the fixture (not a sized wrapper), so that `fixture()` waits for
 * `updateComplete` rather than an animation frame: with two test files at once, one page runs
 * in the background, where frames, ResizeObserver reports and scroll events never come.
 */
async function matrix(feed: unknown, attrs: Attrs = {}): Promise<TiendoMatrix> {
  const el = await fixture<TiendoMatrix>(html`<tiendo-matrix style="width: ${attrs.width ?? 1100}px" .feed=${feed}
    lang=${attrs.lang ?? 'vi'} theme=${attrs.theme ?? 'light'} order=${attrs.order ?? 'workload'} sort=${attrs.sort ?? 'document'}
    agency=${attrs.agency ?? ''} section=${attrs.section ?? ''} layout=${attrs.layout ?? 'auto'}></tiendo-matrix>`);
  await waitUntil(() => $(el, 'table, .cards'), 'nothing drawn');
  await el.updateComplete;
  return el;
}

const agencyHeaders = (el: Element) => $$(el, 'thead th.agency');
const headerIndex = (el: Element, shortName: string) => agencyHeaders(el).findIndex((th) => visible(th) === shortName) + 1;
const taskRow = (el: Element, n: string) => $$<HTMLTableRowElement>(el, 'tbody tr.task').find((tr) => text(tr.querySelector('.num')) === n)!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const press = async (...keys: string[]) => {
  for (const key of keys) {
    const [modifier, plain] = key.includes('+') ? key.split('+') : [undefined, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: plain! });
    if (modifier) await sendKeys({ up: modifier });
  }
};

/** The next event of that name, or a failure after 3 s (never a hung test run). */
function oneEvent(el: Element, name: 'tiendo-select'): Promise<CustomEvent> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${name} event`)), 3000));
  return Promise.race([waitForEvent(el, name) as Promise<CustomEvent>, timeout]);
}

async function axe(el: Element): Promise<string[]> {
  const result = await (window as any).axe.run(el);
  expect(result.passes.length, 'axe checked something').to.be.greaterThan(10);
  return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
}

describe('<tiendo-matrix>: Programme 219-CTr/TU', () => {
  it('is a real table: caption, column and row headers, sections I–V, 22 task rows', async () => {
    const el = await matrix(await load(REAL));
    const table = $(el, 'table')!;
    expect(table.getAttribute('role')).to.equal('grid');
    expect(text(table.querySelector('caption'))).to.equal('Phân công thực hiện Chương trình số 219-CTr/TU: 22 nhiệm vụ, 9 cơ quan, nhóm cơ quan chủ trì và phối hợp');
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(el, 'tbody th.task').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect($$(el, 'tr.section').map((tr) => visible(tr).split('.')[0])).to.deep.equal(['I', 'II', 'III', 'IV', 'V']);
    expect($$(el, 'tbody tr.task')).to.have.length(22);
    expect(agencyHeaders(el).map(visible)).to.deep.equal([
      'BCS Đảng UBND tỉnh', 'ĐĐ HĐND tỉnh', 'Ban Tuyên giáo TU', 'ĐĐ, BCS, ĐU trực thuộc TU', 'Huyện, thị, thành ủy',
      'Ban đảng, ĐĐ, BCS, ĐU trực thuộc TU', 'ĐĐ UB MTTQ tỉnh', 'Ban Tổ chức TU', 'Tổ chức CT-XH tỉnh',
    ]);
  });

  it('the cell for task 5 × Đảng đoàn HĐND tỉnh shows "CT" and reads "Chủ trì"', async () => {
    const el = await matrix(await load(REAL));
    const cell = taskRow(el, '5').cells[headerIndex(el, 'ĐĐ HĐND tỉnh')]!;
    expect(visible(cell)).to.equal('CT');
    expect(spoken(cell)).to.equal('Chủ trì');
    expect(cell.querySelector('.mark')!.classList.contains('lead')).to.equal(true);
    const coordinating = taskRow(el, '4').cells[headerIndex(el, 'ĐĐ HĐND tỉnh')]!;
    expect([visible(coordinating), spoken(coordinating)]).to.deep.equal(['PH', 'Phối hợp']);
    // An empty cell is named, not read as "blank"; nothing is drawn in it.
    const empty = taskRow(el, '6').cells[headerIndex(el, 'ĐĐ HĐND tỉnh')]!;
    expect([visible(empty), spoken(empty)]).to.deep.equal(['', 'Không tham gia']);
  });

  it('names each body in full for screen readers and on hover, and marks groups', async () => {
    const el = await matrix(await load(REAL));
    const ubnd = agencyHeaders(el)[0]!;
    expect(spoken(ubnd.querySelector('button')!)).to.equal('BCS Đảng UBND tỉnh: Ban Cán sự Đảng UBND tỉnh');
    // The successor is labelled as the feed editor's note, on a line of its own, with its own explanation.
    expect(ubnd.title.split('\n')).to.deep.equal([
      'Ban Cán sự Đảng UBND tỉnh',
      'Ghi chú của người lập dữ liệu, không có trong văn bản: sau sắp xếp bộ máy, công việc nay do Đảng ủy UBND tỉnh đảm nhận. Năm 2025, các đảng đoàn, ban cán sự đảng cấp tỉnh kết thúc hoạt động; thành lập đảng ủy của khối chính quyền.',
    ]);
    const districts = agencyHeaders(el)[headerIndex(el, 'Huyện, thị, thành ủy') - 1]!;
    expect(districts.classList.contains('group')).to.equal(true);
    expect(spoken(districts)).to.equal('Huyện, thị, thành ủy: các huyện ủy, thị ủy, thành ủy (nhóm cơ quan)');
    expect($$(el, 'col.agency.group')).to.have.length(4);
  });

  it('totals each body (leads and coordinates) and each task (bodies involved)', async () => {
    const el = await matrix(await load(REAL));
    const totals = $$(el, 'tfoot td.total');
    expect(spoken(totals[0]!)).to.equal('Chủ trì 20 nhiệm vụ, phối hợp 1 nhiệm vụ');
    expect(visible(totals[0]!)).to.equal('20 1');
    // Numbers under the footer's own words ("Chủ trì", "Phối hợp"), no mini-bar to decode.
    expect(visible($(el, 'tfoot th')!)).to.equal('Tổng số nhiệm vụ Chủ trì Phối hợp');
    expect($$(el, 'tfoot svg')).to.have.length(0);
    expect(text(taskRow(el, '4').querySelector('td.n'))).to.equal('5');
    expect(text(taskRow(el, '9').querySelector('td.n'))).to.equal('2');
  });

  it('speaks English with L / C marks', async () => {
    const el = await matrix(await load(REAL), { lang: 'en' });
    const cell = taskRow(el, '5').cells[headerIndex(el, "People's Council Party Group")]!;
    expect([visible(cell), spoken(cell)]).to.deep.equal(['L', 'Lead']);
    expect(text($(el, 'caption'))).to.equal('Who does what in Programme No. 219-CTr/TU: 22 tasks, 9 lead and coordinating agencies or agency groups');
    expect(text($(el, '.legend'))).to.contain('Coordinating');
  });

  it('falls back to the default order for an unknown value', async () => {
    const el = await matrix(await load(REAL), { order: 'alphabetical' });
    expect(visible(agencyHeaders(el)[0]!)).to.equal('BCS Đảng UBND tỉnh');
  });

  it('orders the columns as the document does with order="document", and switches from the toolbar', async () => {
    const el = await matrix(await load(REAL), { order: 'document' });
    expect(agencyHeaders(el).slice(0, 4).map(visible)).to.deep.equal(['Ban Tuyên giáo TU', 'Ban đảng, ĐĐ, BCS, ĐU trực thuộc TU', 'Huyện, thị, thành ủy', 'BCS Đảng UBND tỉnh']);
    $(el, 'button[data-order="workload"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('order')).to.equal('workload');
    expect(visible(agencyHeaders(el)[0]!)).to.equal('BCS Đảng UBND tỉnh');
  });

  it('shows one section with section="III"', async () => {
    const el = await matrix(await load(REAL), { section: 'III' });
    expect($$(el, 'tbody tr.task').map((tr) => text(tr.querySelector('.num')))).to.deep.equal(['8', '9', '10', '11', '12', '13', '14', '15', '16']);
    expect(agencyHeaders(el)).to.have.length(3);
    expect(text($(el, 'caption'))).to.contain('phần III');
  });
});

describe('<tiendo-matrix>: keyboard', () => {
  it('reaches the grid at the second Tab: the switches above it are one stop, moved through with the arrow keys', async () => {
    const el = await matrix(await load(REAL));
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
    const el = await matrix(await load(REAL));
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
    const el = await matrix(await load(REAL));
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
    const el = await matrix(await load(REAL));
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
    const el = await matrix(await load(REAL));
    taskRow(el, '7').querySelector('button')!.focus();
    const event = oneEvent(el, 'tiendo-select');
    await press('Enter');
    expect((await event).detail).to.deep.equal({ task: 't7' });
    expect(taskRow(el, '7').classList.contains('picked')).to.equal(true);
  });

  it('Enter on "Số cơ quan" sorts tasks by bodies involved, and back', async () => {
    const el = await matrix(await load(REAL));
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
    addEventListener('tiendo-select', () => fired++);
    const el = await matrix(await load(REAL), { agency: 'ban-tuyen-giao-tu' });
    expect($$(el, 'tr.task.hit').map((tr) => text(tr.querySelector('.num')))).to.deep.equal(['1', '2']);
    expect($(el, 'col.agency.chosen')).to.not.equal(null);
    expect(fired).to.equal(0);
  });

  it('follows and feeds the shared selection of <tiendo-feed>', async () => {
    const feed = await load(REAL);
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

describe('<tiendo-matrix>: narrow screens', () => {
  it('below 600 px shows one card per body saying which tasks it leads and coordinates', async () => {
    const el = await matrix(await load(REAL), { width: 360 });
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
    const el = await matrix(await load(REAL), { width: 360, lang: 'en' });
    const lines = $$(el, '.card')[0]!.querySelectorAll('.line');
    expect(text(lines[0])).to.equal('L Leads: tasks 2–4, 6–22 (20)');
    expect(text(lines[1])).to.equal('C Coordinates: task 5 (1)');
  });

  it('folds a successor under the feed editor\'s label; open, it says who took the work over, when, and why', async () => {
    const el = await matrix(await load(REAL), { width: 360 });
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
    const el = await matrix(await load(REAL), { width: 360 });
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
    const el = await matrix(await load(REAL), { width: 360 });
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

describe('<tiendo-matrix>: accessibility', () => {
  for (const [name, attrs] of [
    ['light, vi', {}],
    ['dark, en', { theme: 'dark', lang: 'en' }],
    ['vertical headers', { width: 700 }],
    ['cards', { width: 360 }],
    ['a body chosen', { agency: 'bcsd-ubnd-tinh' }],
  ] as Array<[string, Attrs]>) {
    it(`has no axe violations: ${name}`, async () => {
      const el = await matrix(await load(REAL), attrs);
      expect(await axe(el)).to.deep.equal([]);
    });
  }

  it('labels illustrative data', async () => {
    const el = await matrix(await load('laocai-219-ctr-tu.illustrative.json'));
    expect(text($(el, '[part="illustrative"]'))).to.contain('Minh họa');
  });
});
