// The meanings every widget (and the summary, the editor, `tiendo report`) shares, below the
// widgets in src/derive/: one rule for an agency or section named from outside, one role per body
// and task with its words and letters, one status wording, one name per quarter.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { buildModel } from '../../src/feed/build-model.js';
import { findAgency, findSection, sectionsShown } from '../../src/derive/lookup.js';
import { roleAbbreviation, roleOf, roleText } from '../../src/derive/roles.js';
import { statusLabel, statusWords, taskStatusText } from '../../src/derive/status.js';
import { formatQuarter } from '../../src/derive/format.js';
import { targetProgress } from '../../src/derive/progress.js';
import { targetLines } from '../../src/summary/target-line.js';
import { sampleFeed } from '../sample-feed.js';
import { targetOf } from '../gauge/targets.js';

const model219 = async () => buildModel(parseFeed(await (await fetch('/fixtures/laocai-219-ctr-tu.json')).json()).feed!);

describe('derive: an agency or a section named from outside', () => {
  it('finds an agency by id, else by its printed name in any spelling, and nothing for a stranger', async () => {
    const model = await model219();
    expect(findAgency(model, 'dang-doan-hdnd-tinh')?.id).to.equal('dang-doan-hdnd-tinh');
    expect(findAgency(model, 'Đảng Đoàn HĐND tỉnh')?.id).to.equal('dang-doan-hdnd-tinh');
    expect(findAgency(model, '  đảng đoàn hđnd TỈNH ')?.id).to.equal('dang-doan-hdnd-tinh');
    expect(findAgency(model, 'Sở Y tế')).to.equal(undefined);
    expect(findAgency(model, '…')).to.equal(undefined);
    expect(findAgency(model, '')).to.equal(undefined);
    expect(findAgency(model, undefined)).to.equal(undefined);
  });

  it('finds a section by id, else by printed number, in any case; an unknown one shows none, a blank one all', async () => {
    const { sections } = await model219();
    expect(findSection(sections, 'III')?.tasks.map((t) => t.number)).to.deep.equal(['8', '9', '10', '11', '12', '13', '14', '15', '16']);
    expect(findSection(sections, ' ii ')?.number).to.equal('II');
    expect(findSection(sections, 'VI')).to.equal(undefined);
    expect(sectionsShown(sections, 'VI')).to.deep.equal([]);
    expect(sectionsShown(sections, 'v').map((s) => s.number)).to.deep.equal(['V']);
    expect(sectionsShown(sections, '  ').map((s) => s.number)).to.deep.equal(['I', 'II', 'III', 'IV', 'V']);
    expect(sectionsShown(sections, undefined)).to.have.length(5);
  });
});

describe('derive: roles', () => {
  it('treats one body printed under two ids as one (as the matrix merges them)', () => {
    const feed = sampleFeed();
    feed.agencies.push({ id: 'hdnd-2', name: 'Đảng Đoàn HĐND tỉnh' });
    feed.tasks[0].coordinating = ['hdnd-2'];
    const model = buildModel(parseFeed(feed).feed!);
    const hdnd = model.agencyById.get('hdnd')!;
    expect(model.tasks.map((t) => roleOf(t, hdnd))).to.deep.equal(['coordinating', 'lead', undefined]);
  });

  it('says task 5 × Đảng đoàn HĐND reads "Chủ trì" (CT), and co-leads and coordinators in letters and words', async () => {
    const model = await model219();
    const hdnd = findAgency(model, 'dang-doan-hdnd-tinh')!;
    const role = roleOf(model.tasks.find((t) => t.number === '5')!, hdnd)!;
    expect([roleText('vi', role), roleAbbreviation('vi', role)]).to.deep.equal(['Chủ trì', 'CT']);
    expect([roleText('vi', 'co-lead'), roleAbbreviation('vi', 'co-lead'), roleAbbreviation('vi', 'coordinating')]).to.deep.equal(['Đồng chủ trì', 'ĐCT', 'PH']);
    expect([roleText('en', 'coordinating'), roleAbbreviation('en', 'co-lead')]).to.deep.equal(['Coordinating', 'CL']);
  });
});

describe('derive: statuses and quarters in words', () => {
  it('words a status nobody reported as a fact about the schedule, and a reported one with its progress', () => {
    expect(statusWords({ status: 'in-progress', reported: false }, 'vi')).to.equal('Chưa có báo cáo · trong thời hạn');
    expect(statusWords({ status: 'in-progress', reported: true }, 'vi')).to.equal('Đang thực hiện');
    expect(statusLabel({ status: 'delayed', reported: true }, 'en', 40)).to.equal('Behind schedule · 40%');
    expect(statusLabel({ status: 'done', reported: true }, 'vi', 100)).to.equal('Đã hoàn thành');
    expect(taskStatusText('vi', 'no-report')).to.equal('Chưa có báo cáo · đã quá hạn');
  });

  it('names quarters in full or short, the same on the axis and in text', () => {
    expect(formatQuarter('2023-07-01', 'vi')).to.equal('Quý III/2023');
    expect(formatQuarter('2023-09-30', 'vi', 'short')).to.equal('III');
    expect(formatQuarter('2023-10-01', 'en')).to.equal('Q4 2023');
    expect(formatQuarter('2024-01-01', 'en', 'short')).to.equal('Q1');
  });
});

describe('derive: a milestone met, the same in the gauge and the summary', () => {
  const target = (milestone: Record<string, unknown>, value: number) =>
    targetOf({ unit: 'percent', baseline: { value: 3, year: 2023 }, milestones: [{ year: 2030, ...milestone }], actuals: [{ date: '2026-12-31', value }] });
  const met = (milestone: Record<string, unknown>, value: number) => {
    const t = target(milestone, value);
    return [targetProgress(t).status === 'achieved', targetLines([t], '2026-12-31')[0]!.met];
  };

  it('"khoảng 7%" is met from 95% of it on, not below', () => {
    expect(met({ value: 7, comparator: 'approx' }, 6.65)).to.deep.equal([true, true]);
    expect(met({ value: 7, comparator: 'approx' }, 6.6)).to.deep.equal([false, false]);
  });

  it('a range "10–12%" is met from its near end on, beyond its far end too', () => {
    expect(met({ value: 10, max: 12, comparator: 'range' }, 9.9)).to.deep.equal([false, false]);
    expect(met({ value: 10, max: 12, comparator: 'range' }, 10)).to.deep.equal([true, true]);
    expect(met({ value: 10, max: 12, comparator: 'range' }, 12.5)).to.deep.equal([true, true]);
  });

  it('"trên 70%" is not met at 70%', () => {
    expect(met({ value: 70, comparator: 'gt' }, 70)).to.deep.equal([false, false]);
    expect(met({ value: 70, comparator: 'gte' }, 70)).to.deep.equal([true, true]);
  });
});
