/**
 * The matrix without a DOM: columns, cells, totals, orders, the window of drawn rows, keyboard
 * movement and scrolling arithmetic — on Programme 219's real data first.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { buildModel } from '../../src/feed/build-model.js';
import type { ProgrammeModel } from '../../src/feed/model.js';
import { nameKey } from '../../src/feed/name-key.js';
import { buildMatrix, findColumn, roleAt, CO_LEAD, COORDINATING, LEAD, NONE, type Matrix } from '../../src/matrix/responsibility.js';
import { numberRanges, orderColumns, orderRows, tasksByColumn } from '../../src/matrix/order.js';
import { createLayout, layoutMatrix, VIRTUAL_ROWS, type MatrixOptions } from '../../src/matrix/layout.js';
import { move, revealBy, within } from '../../src/matrix/navigation.js';
import { largeFeed } from '../../fixtures/large-feed.js';
import { sampleFeed } from '../sample-feed.js';

const modelOf = (json: unknown): ProgrammeModel => {
  const { feed, issues } = parseFeed(json);
  expect(feed, JSON.stringify(issues.slice(0, 3))).to.not.equal(null);
  return buildModel(feed!, issues);
};
const load = async (file: string) => modelOf(await (await fetch(`/fixtures/${file}`)).json());

/** Task numbers of the rows where a column has a given role. */
const tasksWith = (matrix: Matrix, col: number, code: number) =>
  matrix.tasks.filter((_, row) => roleAt(matrix, row, col) === code).map((t) => Number(t.number));
const column = (matrix: Matrix, id: string) => findColumn(matrix, id);
const options = (o: Partial<MatrixOptions> = {}): MatrixOptions => ({ order: 'workload', sort: 'document', layout: 'auto', ...o });

/**
 * Programme 219 as a careless importer would write it: straight from the appendix text, one
 * agency per distinct spelling, cells split on ";" (and task 4's "và", as fixtures/README.md
 * decides), the final "." dropped — so that merging is the matrix's job, not the feed's.
 */
async function carelessFeed(): Promise<any> {
  const text = await (await fetch('/fixtures/laocai-219-appendix.txt')).text();
  const base = await (await fetch('/fixtures/laocai-219-ctr-tu.json')).json();
  const ids = new Map<string, string>();
  const agencies: any[] = [];
  const idOf = (name: string) => {
    if (!ids.has(name)) {
      ids.set(name, `a${ids.size + 1}`);
      agencies.push({ id: ids.get(name), name, kind: /^các /i.test(name) ? 'group' : 'single' });
    }
    return ids.get(name)!;
  };
  const split = (cell: string) => cell.split(/;| và /).map((s) => s.trim().replace(/\.$/, '')).filter(Boolean).map(idOf);
  const rows = new Map<string, { lead: string[]; coordinating: string[] }>();
  for (const line of text.split('\n')) {
    const [num, , lead, coordinating] = line.split('\t');
    if (num && /^\d+$/.test(num)) rows.set(num, { lead: split(lead!), coordinating: split(coordinating!) });
  }
  expect(rows.size).to.equal(22);
  return { ...base, agencies, tasks: base.tasks.map((t: any) => ({ ...t, ...rows.get(t.number)! })) };
}

/** Programme 219 as the fixture has it: one id per body. */
let model219: ProgrammeModel;
before(async () => (model219 = await load('laocai-219-ctr-tu.json')));

describe('responsibility matrix of Programme 219-CTr/TU', () => {
  let matrix: Matrix;
  before(() => (matrix = buildMatrix(model219)));

  it('has a row per task under sections I–V and a column per body', () => {
    expect(matrix.tasks.map((t) => Number(t.number))).to.deep.equal(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(matrix.sections.map((s) => [s.section.number, s.end - s.start])).to.deep.equal([['I', 3], ['II', 4], ['III', 9], ['IV', 3], ['V', 3]]);
    expect(matrix.columns).to.have.length(9);
    expect(matrix.columns.filter((c) => c.group).map((c) => c.ids[0])).to.have.members([
      'ban-dang-dang-doan-bcs-dang-uy-truc-thuoc-tu', 'huyen-thi-thanh-uy', 'to-chuc-ctxh-tinh', 'dang-doan-bcs-dang-uy-truc-thuoc-tu',
    ]);
  });

  it('Ban Cán sự Đảng UBND tỉnh leads tasks 2–4 and 6–22; Ban Tuyên giáo Tỉnh ủy leads task 1', () => {
    const ubnd = column(matrix, 'bcsd-ubnd-tinh');
    expect(tasksWith(matrix, ubnd, LEAD)).to.deep.equal([2, 3, 4, ...Array.from({ length: 17 }, (_, i) => i + 6)]);
    expect(tasksWith(matrix, ubnd, COORDINATING)).to.deep.equal([5]);
    expect(matrix.columns[ubnd]).to.include({ leads: 20, coordinating: 1, tasks: 21, coLeads: 0 });
    expect(tasksWith(matrix, column(matrix, 'ban-tuyen-giao-tu'), LEAD)).to.deep.equal([1]);
    expect(tasksWith(matrix, column(matrix, 'dang-doan-hdnd-tinh'), LEAD)).to.deep.equal([5]);
    expect(tasksWith(matrix, column(matrix, 'dang-doan-hdnd-tinh'), COORDINATING)).to.deep.equal([4, 7]);
    expect(matrix.hasCoLeads).to.equal(false);
  });

  it('counts the bodies of each task', () => {
    const bodies = Object.fromEntries(matrix.tasks.map((t, i) => [t.number, matrix.bodies[i]]));
    expect(bodies).to.include({ 1: 3, 4: 5, 5: 4, 7: 3, 9: 2, 22: 2 });
  });

  it('orders columns by workload (bodies that lead first) or as the document has them', () => {
    expect(orderColumns(matrix.columns, 'workload').map((c) => c.ids[0])).to.deep.equal([
      'bcsd-ubnd-tinh', 'dang-doan-hdnd-tinh', 'ban-tuyen-giao-tu', 'dang-doan-bcs-dang-uy-truc-thuoc-tu', 'huyen-thi-thanh-uy',
      'ban-dang-dang-doan-bcs-dang-uy-truc-thuoc-tu', 'dang-doan-mttq-tinh', 'ban-to-chuc-tu', 'to-chuc-ctxh-tinh',
    ]);
    expect(orderColumns(matrix.columns, 'document').map((c) => c.ids[0])).to.deep.equal([
      'ban-tuyen-giao-tu', 'ban-dang-dang-doan-bcs-dang-uy-truc-thuoc-tu', 'huyen-thi-thanh-uy', 'bcsd-ubnd-tinh', 'ban-to-chuc-tu',
      'dang-doan-hdnd-tinh', 'dang-doan-mttq-tinh', 'to-chuc-ctxh-tinh', 'dang-doan-bcs-dang-uy-truc-thuoc-tu',
    ]);
  });

  it('puts rows under their section headings, or sorts them by bodies across sections', () => {
    const keys = (sort: 'document' | 'bodies') => orderRows(matrix, sort).map((r) => (r.kind === 'section' ? r.section.section.number : matrix.tasks[r.task]!.number));
    expect(keys('document').slice(0, 9)).to.deep.equal(['I', '1', '2', '3', 'II', '4', '5', '6', '7']);
    expect(keys('document')).to.have.length(27);
    expect(keys('bodies').slice(0, 8)).to.deep.equal(['4', '5', '1', '2', '3', '6', '7', '8']);
    expect(keys('bodies')).to.have.length(22);
  });

  it('shows one section by id or number, with only the bodies that take part in it', () => {
    const iii = buildMatrix(model219, 'III');
    expect(iii.tasks.map((t) => t.number)).to.deep.equal(['8', '9', '10', '11', '12', '13', '14', '15', '16']);
    expect(iii.columns.map((c) => c.ids[0])).to.deep.equal(['bcsd-ubnd-tinh', 'dang-doan-bcs-dang-uy-truc-thuoc-tu', 'huyen-thi-thanh-uy']);
    expect(iii.only?.number).to.equal('III');
    expect(buildMatrix(model219, 'ii').tasks).to.have.length(4);
    expect(buildMatrix(model219, 'no-such-section').tasks, 'unknown: no section (derive/lookup.ts)').to.have.length(0);
    expect(buildMatrix(model219, ' ').tasks, 'blank: every section').to.have.length(22);
  });

  it('lists what each body leads and coordinates, for the cards', () => {
    const lists = tasksByColumn(matrix);
    const ubnd = lists[column(matrix, 'bcsd-ubnd-tinh')]!;
    expect(numberRanges(ubnd.lead.map((r) => matrix.tasks[r]!.number)).text).to.equal('2–4, 6–22');
    expect(ubnd.coordinating.map((r) => matrix.tasks[r]!.number)).to.deep.equal(['5']);
  });

  it('finds a column by id, by printed name in any spelling, and nothing for a stranger', () => {
    expect(findColumn(matrix, 'dang-doan-hdnd-tinh')).to.be.at.least(0);
    expect(findColumn(matrix, 'Đảng Đoàn HĐND tỉnh', nameKey)).to.equal(findColumn(matrix, 'dang-doan-hdnd-tinh'));
    expect(findColumn(matrix, 'Sở Y tế', nameKey)).to.equal(-1);
    expect(findColumn(matrix, undefined)).to.equal(-1);
  });
});

describe('one column per body, however the document spells it', () => {
  let matrix: Matrix;
  let feed: any;
  before(async () => {
    feed = await carelessFeed();
    matrix = buildMatrix(modelOf(feed));
  });
  const named = (spelling: string) => matrix.columns[findColumn(matrix, feed.agencies.find((a: any) => a.name === spelling).id)]!;

  it('the careless feed really has a separate id per spelling', () => {
    expect(feed.agencies.length).to.be.greaterThan(9);
  });

  it('merges them into the same 9 columns, keeping the first printed name', () => {
    expect(matrix.columns).to.have.length(9);
    const hdnd = named('Đảng Đoàn HĐND tỉnh');
    expect(hdnd).to.equal(named('Đảng đoàn HĐND tỉnh'));
    expect(hdnd.agency.name).to.equal('Đảng đoàn HĐND tỉnh'); // task 4 prints it before task 5
    expect(hdnd).to.include({ leads: 1, coordinating: 2 });
    const ubnd = named('Ban cán sự đảng UBND tỉnh');
    expect(ubnd).to.equal(named('Ban Cán sự Đảng UBND tỉnh'));
    expect(ubnd.agency.name).to.equal('Ban Cán sự Đảng UBND tỉnh');
    expect(ubnd).to.include({ leads: 20, coordinating: 1 });
    const party = named('Các đảng đoàn, ban cán sự, đảng ủy trực thuộc Tỉnh ủy');
    expect(party).to.equal(named('Các đảng đoàn, ban cán sự, đảng uỷ trực thuộc Tỉnh uỷ'));
    expect(party).to.include({ coordinating: 15, group: true });
    expect(named('các huyện ủy, thị ủy, thành ủy')).to.equal(named('Các huyện ủy, thị ủy, thành ủy'));
    expect(named('Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh')).to.equal(named('đảng đoàn Ủy ban MTTQ Việt Nam tỉnh'));
  });

  it('keeps "Các ban đảng, đảng đoàn, …" (tasks 1, 6) and "Các đảng đoàn, …" (tasks 8–22) apart', () => {
    const withDepartments = named('Các ban đảng, đảng đoàn, ban cán sự, đảng ủy trực thuộc Tỉnh ủy');
    const without = named('Các đảng đoàn, ban cán sự, đảng ủy trực thuộc Tỉnh ủy');
    expect(withDepartments).to.not.equal(without);
    expect(tasksWith(matrix, matrix.columns.indexOf(withDepartments), COORDINATING)).to.deep.equal([1, 6]);
    expect(tasksWith(matrix, matrix.columns.indexOf(without), COORDINATING)).to.deep.equal([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
  });

  it('gives the same cells as the carefully made fixture', () => {
    const careful = buildMatrix(model219);
    const cells = (m: Matrix) => m.tasks.map((_, r) => m.columns.map((c) => [nameKey(typeof c.agency.name === 'string' ? c.agency.name : c.agency.name.vi!), roleAt(m, r, c.index)]).sort().map(String).join('|'));
    expect(cells(matrix)).to.deep.equal(cells(careful));
  });
});

describe('roles and merging on small feeds', () => {
  it('makes several leads of one task co-leads', () => {
    const feed = sampleFeed();
    feed.tasks[0].lead = ['ubnd', 'hdnd'];
    const matrix = buildMatrix(modelOf(feed));
    const [ubnd, hdnd] = ['ubnd', 'hdnd'].map((id) => findColumn(matrix, id));
    expect([roleAt(matrix, 0, ubnd!), roleAt(matrix, 0, hdnd!)]).to.deep.equal([CO_LEAD, CO_LEAD]);
    expect(matrix.hasCoLeads).to.equal(true);
    expect(matrix.columns[ubnd!]).to.include({ leads: 2, coLeads: 1 });
  });

  it('two ids that are the same body leading one task: one lead, not two co-leads', () => {
    const feed = sampleFeed();
    feed.agencies.push({ id: 'ubnd2', name: 'Ban cán sự đảng UBND tỉnh.' });
    feed.tasks[0].lead = ['ubnd', 'ubnd2'];
    const matrix = buildMatrix(modelOf(feed));
    expect(matrix.columns).to.have.length(3);
    expect(roleAt(matrix, 0, findColumn(matrix, 'ubnd2'))).to.equal(LEAD);
    expect(matrix.bodies[0]).to.equal(2);
  });

  it('never pulls agencies together whose names have no letters', () => {
    const feed = sampleFeed();
    feed.agencies.push({ id: 'x1', name: '…' }, { id: 'x2', name: '—' });
    feed.tasks[2].coordinating = ['x1', 'x2'];
    const matrix = buildMatrix(modelOf(feed));
    expect(findColumn(matrix, 'x1')).to.not.equal(findColumn(matrix, 'x2'));
  });

  it('leaves agencies that no task names out of the matrix', () => {
    const feed = sampleFeed();
    feed.agencies.push({ id: 'idle', name: 'Sở Tư pháp' });
    const matrix = buildMatrix(modelOf(feed));
    expect(findColumn(matrix, 'idle')).to.equal(-1);
    expect(matrix.cells.filter((c) => c !== NONE)).to.have.length(5);
  });
});

describe('task numbers as a reader writes them', () => {
  it('makes runs of three or more into ranges', () => {
    expect(numberRanges(['1', '2', '3', '5', '6', '8']).text).to.equal('1–3, 5, 6, 8');
    expect(numberRanges(['2a', '3', '4', '5']).text).to.equal('2a, 3–5');
    expect(numberRanges([]).text).to.equal('');
  });

  it('counts what is past the limit', () => {
    expect(numberRanges(['1', '3', '5', '7', '9'], 3)).to.deep.equal({ text: '1, 3, 5', more: 2 });
  });
});

describe('layout', () => {
  let model: ProgrammeModel;
  before(() => (model = model219));

  it('uses cards below 600 px unless told, the table from 600 px', () => {
    expect(layoutMatrix(model, 360, options()).mode).to.equal('cards');
    expect(layoutMatrix(model, 599, options()).mode).to.equal('cards');
    expect(layoutMatrix(model, 600, options()).mode).to.equal('table');
    expect(layoutMatrix(model, 360, options({ layout: 'table' })).mode).to.equal('table');
    expect(layoutMatrix(model, 1200, options({ layout: 'cards' })).mode).to.equal('cards');
    expect(layoutMatrix(model, 0, options()).mode, 'not measured yet (server)').to.equal('table');
  });

  it('writes headers across when every column gets room, upwards otherwise', () => {
    expect(layoutMatrix(model, 1200, options()).headers).to.equal('horizontal');
    expect(layoutMatrix(model, 760, options())).to.include({ headers: 'vertical', boxed: false });
    expect(layoutMatrix(model, 600, options())).to.include({ headers: 'vertical', boxed: true });
  });

  it('draws only the rows in view from VIRTUAL_ROWS rows on, except when printing', () => {
    const big = modelOf(largeFeed(VIRTUAL_ROWS));
    expect(layoutMatrix(model, 1200, options()).virtual).to.equal(false);
    expect(layoutMatrix(big, 1200, options())).to.include({ virtual: true, boxed: true });
    expect(layoutMatrix(big, 1200, options({ media: 'print' })).virtual).to.equal(false);
    expect(layoutMatrix(big, 1200, options({ media: 'static' })).virtual, 'a page without script').to.equal(false);
  });

  it('memoises each step: same inputs, same object; a new order re-sorts columns only', () => {
    const layout = createLayout();
    const a = layout(model, 1200, options());
    expect(layout(model, 1200, options())).to.equal(a);
    const b = layout(model, 1200, options({ order: 'document' }));
    expect(b).to.not.equal(a);
    expect(b.matrix).to.equal(a.matrix);
    expect(b.rows).to.equal(a.rows);
    expect(layout.columnTasks(a.matrix)).to.equal(layout.columnTasks(b.matrix));
  });

  // How fast is `npm run bench`'s business (10,000 tasks × 60 agencies there); a timing here would
  // fail on a busy machine and pass on a fast one.
  it('builds 10,000 tasks × 60 bodies, totals adding up', () => {
    const big = modelOf(largeFeed(10_000));
    const layout = layoutMatrix(big, 1200, options());
    expect(layout.matrix.tasks).to.have.length(10_000);
    expect(layout.columns.length).to.be.within(50, 60);
    const cellsSet = layout.matrix.cells.reduce((n, c) => n + (c !== NONE ? 1 : 0), 0);
    expect(layout.columns.reduce((n, c) => n + c.tasks, 0)).to.equal(cellsSet);
    expect(layout.matrix.bodies.reduce((n, b) => n + b, 0)).to.equal(cellsSet);
  });
});

describe('keyboard movement', () => {
  const shape = { rows: 10, cols: 6, spans: (r: number) => r === 1, page: 4 };
  const from = { row: 3, col: 2 };

  it('moves cell to cell and stops at the edges', () => {
    expect(move(from, 'ArrowRight', false, shape)).to.deep.equal({ row: 3, col: 3 });
    expect(move(from, 'ArrowLeft', false, shape)).to.deep.equal({ row: 3, col: 1 });
    expect(move({ row: 0, col: 0 }, 'ArrowUp', false, shape)).to.deep.equal({ row: 0, col: 0 });
    expect(move({ row: 9, col: 5 }, 'ArrowRight', false, shape)).to.deep.equal({ row: 9, col: 5 });
  });

  it('goes to the ends of a row with Home/End and of the grid with Ctrl', () => {
    expect(move(from, 'Home', false, shape)).to.deep.equal({ row: 3, col: 0 });
    expect(move(from, 'End', false, shape)).to.deep.equal({ row: 3, col: 5 });
    expect(move(from, 'Home', true, shape)).to.deep.equal({ row: 0, col: 0 });
    expect(move(from, 'End', true, shape)).to.deep.equal({ row: 9, col: 5 });
  });

  it('pages by a screenful', () => {
    expect(move(from, 'PageDown', false, shape)).to.deep.equal({ row: 7, col: 2 });
    expect(move(from, 'PageUp', false, shape)).to.deep.equal({ row: 0, col: 2 });
  });

  it('passes through a section heading keeping the column', () => {
    const on = move({ row: 2, col: 4 }, 'ArrowUp', false, shape)!;
    expect(on).to.deep.equal({ row: 1, col: 4 });
    expect(move(on, 'ArrowLeft', false, shape)).to.deep.equal(on);
    expect(move(on, 'ArrowUp', false, shape)).to.deep.equal({ row: 0, col: 4 });
  });

  it('ignores other keys and keeps a remembered cell inside a smaller grid', () => {
    expect(move(from, 'a', false, shape)).to.equal(undefined);
    expect(within({ row: 40, col: 9 }, shape)).to.deep.equal({ row: 9, col: 5 });
  });
});

describe('revealing the focused cell past sticky headers', () => {
  const clear = { top: 100, bottom: 500, left: 200, right: 900 };

  it('scrolls up when the header row covers the cell, down when the totals do', () => {
    expect(revealBy({ top: 80, bottom: 120, left: 300, right: 340 }, clear)).to.deep.equal({ x: 0, y: -20 });
    expect(revealBy({ top: 490, bottom: 530, left: 300, right: 340 }, clear)).to.deep.equal({ x: 0, y: 30 });
  });

  it('scrolls sideways past the sticky task column', () => {
    expect(revealBy({ top: 200, bottom: 240, left: 180, right: 220 }, clear)).to.deep.equal({ x: -20, y: 0 });
    expect(revealBy({ top: 200, bottom: 240, left: 300, right: 340 }, clear)).to.deep.equal({ x: 0, y: 0 });
  });
});
