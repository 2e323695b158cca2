/**
 * The timeline's pure layout on Programme 219 and on made-up edge cases: no DOM, no Lit.
 * Expected pixels are computed here from the calendar, independently of the scale module.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { buildModel } from '../../src/feed/build-model.js';
import type { ProgrammeModel } from '../../src/feed/model.js';
import { layout, type TaskRow, type TimelineLayout } from '../../src/timeline/layout.js';
import { roleOf } from '../../src/derive/roles.js';
import type { Mark } from '../../src/timeline/marks.js';
import { largeFeed } from '../../fixtures/large-feed.js';
import { sampleFeed } from '../sample-feed.js';

const load = async (file: string): Promise<ProgrammeModel> => {
  const { feed, issues } = parseFeed(await (await fetch(`/fixtures/${file}`)).json());
  return buildModel(feed!, issues);
};
const modelOf = (feed: unknown) => {
  const { feed: parsed, issues } = parseFeed(feed);
  return buildModel(parsed!, issues);
};

const NOW = '2026-06-30';
const WIDTH = 1000;
// At 1000 px: title column 340 px, status column 9 × 14 + 8 px, gaps 16 px → track 510 px,
// of which 8 px of padding on each side → 494 px for 2023-01-01 … 2030-12-31 (2,922 days).
const TRACK = 510;
const SPAN = 494;
const utcDay = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
const x = (d: string, from = '2023-01-01', days = 2922, width = SPAN) => ((utcDay(d) - utcDay(from)) * width) / days;
const xEnd = (d: string, from?: string, days?: number, width?: number) => x(d, from, days, width) + (width ?? SPAN) / (days ?? 2922);

const task = (l: TimelineLayout, id: string) => l.tasks.find((r) => r.key === id)!;
const marks = (row: TaskRow, kind: Mark['kind']) => row.marks.filter((m) => m.kind === kind) as any[];

describe('timeline layout: Programme 219 at 1000 px on 30/6/2026', () => {
  let model: ProgrammeModel;
  let l: TimelineLayout;
  before(async () => {
    model = await load('laocai-219-ctr-tu.json');
    l = layout(model, { width: WIDTH, now: NOW });
  });

  it('shows the programme’s own years, 2023–2030, on a 494 px scale', () => {
    expect(l.range).to.deep.equal({ start: '2023-01-01', end: '2030-12-31' });
    expect(l.trackWidth).to.equal(TRACK);
    expect(l.scale.width).to.equal(SPAN);
    expect(l.stacked).to.equal(false);
    expect(l.statusColumn).to.equal(true);
  });

  it('groups 22 tasks under the five section headers, in document order', () => {
    const sequence = l.rows.map((r) => (r.type === 'section' ? r.section.number : r.key));
    expect(sequence.filter((k) => !k!.startsWith('t'))).to.deep.equal(['I', 'II', 'III', 'IV', 'V']);
    expect(sequence.slice(0, 5)).to.deep.equal(['I', 't1', 't2', 't3', 'II']);
    expect(l.tasks.map((r) => r.key)).to.deep.equal(Array.from({ length: 22 }, (_, i) => `t${i + 1}`));
    expect(l.rows.filter((r) => r.type === 'section').map((r) => (r as any).count)).to.deep.equal([3, 4, 9, 3, 3]);
  });

  it('ends the bar of task 1 ("Xong trong Quý III/2023") at 30/9/2023, from an inferred start on 22/5/2023, with a deadline mark', () => {
    const t1 = task(l, 't1');
    const [bar] = marks(t1, 'bar');
    expect(bar.inferred).to.equal(true);
    expect(bar.x0).to.be.closeTo(x('2023-05-22'), 0.01);
    expect(bar.x1).to.be.closeTo(xEnd('2023-09-30'), 0.01);
    expect(bar.x1).to.be.closeTo(x('2023-10-01'), 0.01);
    expect(marks(t1, 'deadline')).to.deep.equal([{ kind: 'deadline', x: bar.x1, date: '2023-09-30' }]);
    expect(marks(t1, 'open-end')).to.have.length(0);
    expect(t1.shape).to.equal('deadline');
  });

  it('runs task 2 ("Từ Quý III/2023") open-ended from 1/7/2023 to the horizon, with an arrow', () => {
    const t2 = task(l, 't2');
    const [bar] = marks(t2, 'bar');
    expect(bar.inferred).to.equal(false);
    expect(bar.x0).to.be.closeTo(x('2023-07-01'), 0.01);
    expect(bar.x1).to.equal(SPAN);
    expect(marks(t2, 'open-end')).to.deep.equal([{ kind: 'open-end', x: SPAN }]);
    expect(marks(t2, 'deadline')).to.have.length(0);
    expect(t2.shape).to.equal('from');
  });

  for (const id of ['t3', 't4']) {
    it(`draws ${id} ("Hàng năm") as one mark per year, 2023–2030`, () => {
      const row = task(l, id);
      const years = marks(row, 'occurrence');
      expect(years.map((o) => o.start.slice(0, 4))).to.deep.equal(['2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
      expect(years[0].start).to.equal('2023-05-22'); // the programme's date, not 1 January
      expect(years[0].x0).to.be.closeTo(x('2023-05-22'), 0.01);
      expect(years[1].x0).to.be.closeTo(x('2024-01-01'), 0.01);
      expect(years[7].x1).to.be.closeTo(SPAN, 0.01);
      expect(marks(row, 'bar')).to.have.length(0);
      expect(marks(row, 'open-end')).to.have.length(1);
      expect(row.shape).to.equal('recurring');
    });
  }

  const windows: Array<[string, string, string]> = [
    ['t5', '2023-01-01', '2026-12-31'],
    ['t6', '2023-01-01', '2025-12-31'],
    ...['t7', 't8', 't9', 't10', 't11', 't12', 't13', 't14', 't15', 't16', 't17', 't18', 't19', 't20', 't21'].map(
      (id): [string, string, string] => [id, '2023-01-01', '2030-12-31'],
    ),
    ['t22', '2023-01-01', '2025-12-31'],
  ];
  for (const [id, start, end] of windows) {
    it(`draws ${id} as a window bar ${start} – ${end}`, () => {
      const row = task(l, id);
      expect(row.shape).to.equal('window');
      expect(row.marks.map((m) => m.kind)).to.deep.equal(['bar']);
      const [bar] = marks(row, 'bar');
      expect(bar).to.include({ inferred: false, clipStart: false, clipEnd: false });
      expect(bar.x0).to.be.closeTo(x(start), 0.01);
      expect(bar.x1).to.be.closeTo(xEnd(end), 0.01);
    });
  }

  it('derives statuses at now, none of them reported', () => {
    const status = (id: string) => task(l, id).status;
    expect(status('t1')).to.deep.equal({ status: 'no-report', reported: false });
    expect(status('t6')).to.deep.equal({ status: 'no-report', reported: false });
    expect(status('t22').status).to.equal('no-report');
    expect(status('t2')).to.deep.equal({ status: 'in-progress', reported: false });
    expect(status('t5').status).to.equal('in-progress');
    expect([...l.statuses].sort()).to.deep.equal(['in-progress', 'no-report']);
  });

  it('puts the axis on whole years and today at 30/6/2026', () => {
    expect(l.axis.years.map((y) => y.year)).to.deep.equal([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(l.axis.years[3]!.x0).to.be.closeTo(x('2026-01-01'), 0.01);
    expect(l.axis.yearStep).to.equal(1);
    expect(l.axis.today).to.be.closeTo(x('2026-06-30'), 0.01);
    // 494 px / 32 quarters ≈ 15 px: quarter ticks, no quarter names.
    expect(l.axis.quarters).to.have.length(32);
    expect(l.axis.quarterLabels).to.equal('none');
    expect(l.axis.horizon).to.equal(null); // 2030 is the range's own edge
  });

  it('places rows one under another with the given heights', () => {
    const m = layout(model, { width: WIDTH, now: NOW, rowHeight: 40, headerHeight: 30 });
    expect(m.rows.slice(0, 5).map((r) => r.y)).to.deep.equal([0, 30, 70, 110, 150]);
    expect(m.height).to.equal(5 * 30 + 22 * 40);
  });
});

describe('timeline layout: options', () => {
  let model: ProgrammeModel;
  before(async () => {
    model = await load('laocai-219-ctr-tu.illustrative.json');
  });

  it('takes reported statuses from the feed', () => {
    const l = layout(model, { width: WIDTH, now: NOW });
    expect(task(l, 't1').status).to.deep.equal({ status: 'done', reported: true });
    expect(task(l, 't6').status.status).to.equal('overdue'); // reported delayed, due 31/12/2025
    expect(task(l, 't12').status.status).to.equal('planned');
    expect(task(l, 't9').status).to.deep.equal({ status: 'in-progress', reported: false });
  });

  it('fills reported progress from the start of the schedule', () => {
    const l = layout(model, { width: WIDTH, now: NOW });
    const [progress] = marks(task(l, 't2'), 'progress');
    expect(progress.value).to.equal(55);
    expect(progress.x0).to.be.closeTo(x('2023-07-01'), 0.01);
    expect(progress.x1).to.be.closeTo(x('2023-07-01') + 0.55 * (SPAN - x('2023-07-01')), 0.02);
  });

  it('draws milestones as diamonds at their dates', () => {
    const l = layout(model, { width: WIDTH, now: NOW });
    const diamonds = marks(task(l, 't5'), 'milestone');
    expect(diamonds.map((d) => [d.date, d.done])).to.deep.equal([['2024-06-30', true], ['2026-09-30', false]]);
    expect(diamonds[0].x).to.be.closeTo(x('2024-06-30') + SPAN / 2922 / 2, 0.01);
    expect(l.milestones).to.equal(true);
  });

  it('shows one section, by id or printed number', () => {
    const l = layout(model, { width: WIDTH, now: NOW, section: 'ii' });
    expect(l.rows.map((r) => r.key)).to.deep.equal(['#II', 't4', 't5', 't6', 't7']);
    expect(layout(model, { width: WIDTH, now: NOW, section: 'VI' }).sectionMissing).to.equal(true);
  });

  it('folds a section: its tasks leave the rows but stay in the table', () => {
    const l = layout(model, { width: WIDTH, now: NOW, collapsed: new Set(['I']), rowHeight: 40, headerHeight: 30 });
    expect(l.rows.slice(0, 3).map((r) => r.key)).to.deep.equal(['#I', '#II', 't4']);
    expect(l.rows[0]).to.include({ collapsed: true, count: 3 });
    expect(l.tasks).to.have.length(22);
    expect(l.height).to.equal(5 * 30 + 19 * 40);
  });

  it('highlights the tasks an agency leads or coordinates, by id or by printed name', () => {
    for (const ref of ['dang-doan-hdnd-tinh', 'Đảng Đoàn HĐND tỉnh']) {
      const l = layout(model, { width: WIDTH, now: NOW, agency: ref });
      expect(l.agency?.id).to.equal('dang-doan-hdnd-tinh');
      expect(l.tasks.filter((r) => r.role).map((r) => [r.key, r.role])).to.deep.equal([['t4', 'coordinating'], ['t5', 'lead'], ['t7', 'coordinating']]);
      expect([l.leads, l.coordinates]).to.deep.equal([1, 2]);
      expect((l.rows[4] as any).highlighted).to.equal(3);
    }
    expect(layout(model, { width: WIDTH, now: NOW, agency: 'nobody' }).agency).to.equal(undefined);
  });

  it('marks the selected task', () => {
    const l = layout(model, { width: WIDTH, now: NOW, task: 't5' });
    expect(l.tasks.filter((r) => r.selected).map((r) => r.key)).to.deep.equal(['t5']);
  });

  it('names quarters in full when one year fills the track', () => {
    const l = layout(model, { width: WIDTH, now: NOW, range: { start: '2026-01-01', end: '2026-12-31' } });
    expect(l.axis.quarterLabels).to.equal('full');
    expect(l.axis.quarters.map((q) => q.quarter)).to.deep.equal([1, 2, 3, 4]);
    expect(l.axis.today).to.be.closeTo(x('2026-06-30', '2026-01-01', 365), 0.01);
    // 494 px / 12 ≈ 41 px a month: a tick at each month's first day.
    expect(l.axis.months.map((m) => m.start)).to.deep.equal(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01']);
    expect(l.axis.months[1]!.x0).to.be.closeTo(x('2026-02-01', '2026-01-01', 365), 0.01);
    expect(l.axis.months[11]!.x1).to.be.closeTo(SPAN, 0.01);
  });

  it('cuts the periods a range starts or ends inside, and drops months below 24 px', () => {
    const l = layout(model, { width: WIDTH, now: NOW, range: { start: '2026-05-15', end: '2027-02-10' } });
    expect(l.axis.years.map((y) => [y.year, y.start])).to.deep.equal([[2026, '2026-01-01'], [2027, '2027-01-01']]);
    expect(l.axis.years[0]!.x0).to.equal(0);
    expect(l.axis.quarters.map((q) => `${q.quarter}/${q.year}`)).to.deep.equal(['2/2026', '3/2026', '4/2026', '1/2027']);
    expect(l.axis.months.map((m) => m.month)).to.deep.equal([5, 6, 7, 8, 9, 10, 11, 12, 1, 2]);
    expect(layout(model, { width: WIDTH, now: NOW }).axis.months).to.deep.equal([]);
  });

  it('names every fifth year on 2023–2045 at phone width', () => {
    const l = layout(model, { width: 360, now: NOW, range: { start: '2023-01-01', end: '2045-12-31' } });
    expect(l.axis.yearStep).to.equal(5);
    expect(l.axis.years.filter((y) => y.label).map((y) => y.year)).to.deep.equal([2025, 2030, 2035, 2040, 2045]);
  });

  it('shows the 2030 horizon inside the vision range, and clips what lies beyond it', () => {
    const l = layout(model, { width: WIDTH, now: NOW, range: { start: '2023-01-01', end: '2045-12-31' } });
    const days = utcDay('2046-01-01') - utcDay('2023-01-01');
    expect(l.axis.horizon!.year).to.equal(2030);
    expect(l.axis.horizon!.x).to.be.closeTo(x('2031-01-01', '2023-01-01', days), 0.01);
    expect(l.axis.yearStep).to.be.greaterThan(1);
    const [bar] = marks(task(l, 't2'), 'bar');
    expect(bar.x1).to.be.closeTo(x('2031-01-01', '2023-01-01', days), 0.01);
    expect(marks(task(l, 't2'), 'open-end')[0].x).to.be.closeTo(bar.x1, 0.01);
  });

  it('marks tasks that lie wholly before or after the range', () => {
    const l = layout(model, { width: WIDTH, now: NOW, range: { start: '2027-01-01', end: '2028-12-31' } });
    expect(task(l, 't1').marks).to.deep.equal([{ kind: 'outside', side: 'before' }]);
    expect(marks(task(l, 't8'), 'bar')[0]).to.include({ x0: 0, x1: SPAN, clipStart: true, clipEnd: true });
    const early = layout(model, { width: WIDTH, now: NOW, range: { start: '2020-01-01', end: '2022-12-31' } });
    expect(task(early, 't8').marks).to.deep.equal([{ kind: 'outside', side: 'after' }]);
  });

  it('stacks under 480 px and drops the status column under 760 px', () => {
    const narrow = layout(model, { width: 320, now: NOW });
    expect(narrow).to.include({ stacked: true, statusColumn: false, trackWidth: 312 });
    expect(narrow.scale.width).to.equal(296);
    expect(layout(model, { width: 600, now: NOW })).to.include({ stacked: false, statusColumn: false });
  });
});

describe('timeline layout: every kind of timeframe', () => {
  const feed = sampleFeed();
  feed.tasks = [
    ['relative', '30 ngày sau khi Trung ương ban hành'],
    ['garbled', 'năm tiếp theo'],
    ['ongoing', 'Thường xuyên'],
    ['onward', '2025 và các năm tiếp theo'],
    ['compound', 'Hoàn thành trước ngày 30/9/2026 và duy trì liên tục'],
    ['late', 'Trước 31/12/2032'],
  ].map(([id, timeframe], i) => ({ id, number: String(i + 1), section: 'I', title: id, lead: ['ubnd'], timeframe }));
  const model = modelOf(feed);
  const l = layout(model, { width: WIDTH, now: NOW });
  const days = utcDay('2033-01-01') - utcDay('2023-01-01');
  const at = (d: string) => x(d, '2023-01-01', days);

  it('widens the default range to a deadline after the horizon, never clamps it', () => {
    expect(l.range).to.deep.equal({ start: '2023-01-01', end: '2032-12-31' });
    const [bar] = marks(task(l, 'late'), 'bar');
    expect(bar.x1).to.be.closeTo(SPAN, 0.01);
    expect(marks(task(l, 'late'), 'deadline')).to.have.length(1);
  });

  it('gives relative and unreadable timeframes no marks, to be shown with their words', () => {
    for (const id of ['relative', 'garbled']) {
      expect(task(l, id).marks).to.deep.equal([]);
      expect(task(l, id).shape).to.equal('undated');
      expect(task(l, id).status.status).to.equal('undated');
    }
  });

  it('draws ongoing work as a band from the programme date, open-ended', () => {
    const row = task(l, 'ongoing');
    expect(row.shape).to.equal('ongoing');
    expect(row.marks.map((m) => m.kind)).to.deep.equal(['band', 'open-end']);
    expect((row.marks[0] as any).x0).to.be.closeTo(at('2023-05-22'), 0.01);
  });

  it('draws "2025 và các năm tiếp theo" as yearly marks from 2025, open-ended', () => {
    const row = task(l, 'onward');
    expect(row.shape).to.equal('recurring');
    expect(marks(row, 'occurrence').map((o) => o.start)).to.deep.equal(['2025-01-01', '2026-01-01', '2027-01-01', '2028-01-01', '2029-01-01', '2030-01-01']);
    expect(marks(row, 'open-end')).to.have.length(1);
  });

  it('draws a compound "by 30/9/2026 and on" as an open-ended bar with an inferred start', () => {
    const row = task(l, 'compound');
    const [bar] = marks(row, 'bar');
    expect(bar.inferred).to.equal(true);
    expect(bar.x0).to.be.closeTo(at('2023-05-22'), 0.01);
    expect(marks(row, 'open-end')).to.have.length(1);
  });

  it('lists only the shapes present, for the legend', () => {
    expect([...l.shapes].sort()).to.deep.equal(['deadline', 'from', 'ongoing', 'recurring', 'undated']);
  });
});

describe('timeline layout: scale', () => {
  it('lays out 10,000 tasks, every one with its row, in one pass', () => {
    const model = modelOf(largeFeed(10_000));
    const l = layout(model, { width: 1200, now: NOW, rowHeight: 45, headerHeight: 35 });
    expect(l.tasks).to.have.length(model.tasks.length);
    expect(l.rows).to.have.length(model.tasks.length + model.sections.length);
    const last = l.rows.at(-1)!;
    expect(last.y + last.height).to.equal(l.height);
  });
});

describe('timeline highlight by agency', () => {
  it('treats one body printed under two ids as one (as the matrix merges them)', () => {
    const feed = sampleFeed();
    feed.agencies.push({ id: 'hdnd-2', name: 'Đảng Đoàn HĐND tỉnh' });
    feed.tasks[0].coordinating = ['hdnd-2'];
    const model = buildModel(parseFeed(feed).feed!);
    const hdnd = model.agencyById.get('hdnd')!;
    expect(model.tasks.map((t) => roleOf(t, hdnd))).to.deep.equal(['coordinating', 'lead', undefined]);
  });
});
