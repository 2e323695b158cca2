import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { buildModel } from '../../src/feed/build-model.js';
import type { ProgrammeModel } from '../../src/feed/model.js';
import { taskStatus } from '../../src/feed/status.js';
import { sampleFeed } from '../sample-feed.js';

async function programme219(file = 'laocai-219-ctr-tu.json'): Promise<ProgrammeModel> {
  const json = await (await fetch(`/fixtures/${file}`)).json();
  const { feed, issues } = parseFeed(json);
  expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
  return buildModel(feed!, issues);
}

describe('model of Programme 219-CTr/TU', () => {
  let model: ProgrammeModel;
  before(async () => (model = await programme219()));
  const task = (n: number) => model.tasks.find((t) => t.number === String(n))!;

  it('has 22 tasks in 5 sections, every agency resolved', () => {
    expect(model.tasks).to.have.length(22);
    expect(model.sections.map((s) => [s.number, s.tasks.map((t) => Number(t.number))])).to.deep.equal([
      ['I', [1, 2, 3]],
      ['II', [4, 5, 6, 7]],
      ['III', [8, 9, 10, 11, 12, 13, 14, 15, 16]],
      ['IV', [17, 18, 19]],
      ['V', [20, 21, 22]],
    ]);
    for (const t of model.tasks) for (const a of [...t.lead, ...t.coordinating]) expect(a, `${t.id}`).to.have.property('name');
  });

  it('spans the programme from its issue date to the end of 2030, with the 2045 vision', () => {
    expect(model.span).to.deep.equal({ start: '2023-05-22', end: '2030-12-31' });
    expect(model.visionEnd).to.equal('2045-12-31');
  });

  it('draws task 1 ("Xong trong Quý III/2023") as a deadline ending on 30/9/2023, its start inferred', () => {
    expect(task(1).timeframe).to.include({ raw: 'Xong trong Quý III/2023', kind: 'deadline', end: '2023-09-30' });
    expect(task(1).schedule).to.deep.include({ start: '2023-05-22', end: '2023-09-30', startInferred: true, openEnd: false, due: '2023-09-30' });
  });

  it('draws task 2 ("Từ Quý III/2023") open-ended from 1/7/2023 to the horizon', () => {
    expect(task(2).schedule).to.deep.include({ start: '2023-07-01', end: '2030-12-31', startInferred: false, openEnd: true });
    expect(task(2).schedule!.due).to.equal(undefined);
  });

  it('draws tasks 3 and 4 ("Hàng năm") as one occurrence per year, 2023 to 2030', () => {
    for (const n of [3, 4]) {
      const years = task(n).schedule!.occurrences!.map((o) => o.start.slice(0, 4));
      expect(years).to.deep.equal(['2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
      expect(task(n).schedule!.occurrences![0]).to.deep.equal({ start: '2023-05-22', end: '2023-12-31' });
    }
  });

  it('draws every window with inclusive years, whatever the dash', () => {
    const windows: Record<number, [string, string]> = { 5: ['2023-01-01', '2026-12-31'], 6: ['2023-01-01', '2025-12-31'], 22: ['2023-01-01', '2025-12-31'] };
    for (const n of [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]) windows[n] = ['2023-01-01', '2030-12-31'];
    for (const [n, [start, end]] of Object.entries(windows)) {
      expect(task(+n).timeframe.kind, `task ${n}`).to.equal('window');
      expect(task(+n).schedule, `task ${n}`).to.deep.include({ start, end, startInferred: false, openEnd: false, due: end });
    }
    expect(task(17).timeframe.raw).to.equal('2023 – 2030');
    expect(task(10).timeframe.raw).to.equal('2023 - 2030');
  });

  it('keys the two spellings of one body alike and keeps two group phrases apart', () => {
    const byId = model.agencyById;
    expect(byId.get('dang-doan-bcs-dang-uy-truc-thuoc-tu')!.key).to.not.equal(byId.get('ban-dang-dang-doan-bcs-dang-uy-truc-thuoc-tu')!.key);
  });

  it('has no status, progress or actual value: the document has none', () => {
    expect(model.tasks.filter((t) => t.reported || t.progress !== undefined || t.updates.length)).to.deep.equal([]);
    expect(model.targets.filter((t) => t.latest)).to.deep.equal([]);
    expect(model.meta.illustrative).to.equal(false);
  });

  it('sorts target milestones by date: GRDP 7% by 2030, 10% by 2045', () => {
    const grdp = model.targets.find((t) => t.milestones.length === 2)!;
    expect(grdp.milestones.map((m) => [m.due, m.value])).to.deep.equal([['2030-12-31', 7], ['2045-12-31', 10]]);
  });
});

describe('task status at a date', () => {
  let model: ProgrammeModel;
  before(async () => (model = await programme219()));
  const task = (n: number) => model.tasks.find((t) => t.number === String(n))!;

  it('says "ended with no report" for a deadline passed without any report — not done, not overdue', () => {
    expect(taskStatus(task(1), '2023-09-30')).to.deep.equal({ status: 'due-soon', reported: false });
    expect(taskStatus(task(1), '2023-10-01')).to.deep.equal({ status: 'no-report', reported: false });
  });

  it('says planned before a window starts and in progress (by schedule) inside it', () => {
    expect(taskStatus(task(2), '2023-06-30').status).to.equal('planned');
    expect(taskStatus(task(2), '2023-07-01')).to.deep.equal({ status: 'in-progress', reported: false });
    expect(taskStatus(task(22), '2025-12-15').status).to.equal('due-soon');
    expect(taskStatus(task(22), '2026-01-01').status).to.equal('no-report');
  });

  it('uses the feed report: done stays done, reported but late is overdue', () => {
    const feed = sampleFeed();
    feed.tasks[0].status = 'in-progress';
    feed.tasks[1].updates = [{ date: '2024-01-10', text: 'Xong', status: 'done' }];
    const m = buildModel(parseFeed(feed).feed!);
    expect(taskStatus(m.tasks[0]!, '2024-01-01')).to.deep.equal({ status: 'overdue', reported: true });
    expect(taskStatus(m.tasks[1]!, '2030-01-01').status).to.equal('done');
    expect(taskStatus(m.tasks[2]!, '2024-01-01')).to.deep.equal({ status: 'in-progress', reported: false });
  });

  it('never calls a relative timeframe overdue', () => {
    const feed = sampleFeed();
    feed.tasks[0].timeframe = '30 ngày sau khi Trung ương ban hành';
    const m = buildModel(parseFeed(feed).feed!);
    expect(m.tasks[0]!.schedule).to.equal(null);
    expect(taskStatus(m.tasks[0]!, '2040-01-01').status).to.equal('undated');
  });

  it('reads the illustrative fixture with its made-up statuses', async () => {
    const m = await programme219('laocai-219-ctr-tu.illustrative.json');
    expect(m.meta.illustrative).to.equal(true);
    expect(m.tasks.filter((t) => t.reported).length).to.be.greaterThan(0);
  });
});
