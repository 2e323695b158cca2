/** On track or not: pure, no DOM. */
import { expect } from '@open-wc/testing';
import { betterWay, meets, pathValue, targetProgress } from '../../src/derive/progress.js';
import { programme219, rankTarget, targetOf } from '../gauge/targets.js';

const grdp = (actuals: Array<[string, number]>, extra: Record<string, unknown> = {}) =>
  targetOf({
    unit: 'percent',
    comparator: 'approx',
    milestones: [
      { year: 2030, value: 7, comparator: 'approx' },
      { year: 2045, value: 10, comparator: 'eq' },
    ],
    actuals: actuals.map(([date, value]) => ({ date, value })),
    ...extra,
  });

describe('gauge progress: Programme 219-CTr/TU', () => {
  it('has no data for any quantitative target of the real document, and no assessment of its goals', async () => {
    const model = await programme219();
    expect(model.targets.map((t) => [t.id, targetProgress(t).status])).to.deep.equal([
      ['nong-san-quy-trinh-tot', 'no-data'],
      ['nong-san-sau-che-bien', 'no-data'],
      ['cnsh-grdp', 'no-data'],
      ['muc-tieu-chung', 'unknown'],
      ['ung-dung-khu-vuc-2030', 'unknown'],
      ['ung-dung-rong-rai-2030', 'unknown'],
      ['nhan-luc-2030', 'unknown'],
      ['san-pham-doanh-nghiep-2030', 'unknown'],
      ['nganh-kinh-te-ky-thuat-2030', 'unknown'],
      ['nhu-cau-thiet-yeu-2030', 'unknown'],
      ['cnsh-tien-tien-2045', 'unknown'],
      ['doi-moi-sang-tao-2045', 'unknown'],
    ]);
  });

  it('puts the illustrative GRDP share (3,8% at 31/12/2025) on the path from its first figure to ≈7% in 2030', async () => {
    const model = await programme219(true);
    const p = targetProgress(model.targets.find((t) => t.id === 'cnsh-grdp')!, { start: model.programme.issued });
    expect(p.status).to.equal('on-track');
    expect(p.milestone!.year).to.equal(2030);
    // No baseline in the document: the path starts at the first figure, 3,1% on 31/12/2024.
    expect(p.from).to.deep.include({ kind: 'first-actual', value: 3.1, date: '2024-12-31' });
    // 365 of the 2191 days to 31/12/2030 have passed: 3,1 + 3,9 × 365/2191.
    expect(p.expected).to.be.closeTo(3.1 + (3.9 * 365) / 2191, 1e-9);
  });

  it('measures the processed value (×1,45) from its first figure: the document states no base', async () => {
    const model = await programme219(true);
    const p = targetProgress(model.targets.find((t) => t.id === 'nong-san-sau-che-bien')!);
    expect(p).to.deep.include({ status: 'on-track', better: 'higher' });
    expect(p.from).to.deep.include({ kind: 'first-actual', value: 1.3, date: '2024-12-31' });
    expect(p.expected).to.be.closeTo(1.3 + (0.7 * 365) / 2191, 1e-9);
  });

  it("takes a qualitative goal's status from the feed", async () => {
    const model = await programme219(true);
    expect(targetProgress(model.targets.find((t) => t.id === 'ung-dung-khu-vuc-2030')!).status).to.equal('on-track');
  });
});

describe('gauge progress: the straight path', () => {
  it('is behind when the figure is under the path at its own date', () => {
    const p = targetProgress(grdp([['2027-12-31', 4]], { baseline: { value: 2, year: 2023 } }));
    expect(p.status).to.equal('behind');
    expect(p.expected).to.be.closeTo(2 + (5 * 1461) / 2557, 1e-9);
  });

  it('is achieved when the figure meets the next milestone, "khoảng" allowing 5%', () => {
    expect(targetProgress(grdp([['2028-12-31', 6.7]])).status).to.equal('achieved');
    // 6,6 is more than 5% short of 7: not reached yet, though well on the path from 3 in 2024.
    expect(targetProgress(grdp([['2024-12-31', 3], ['2028-12-31', 6.6]])).status).to.equal('on-track');
  });

  it('starts the path to 2045 at the 2030 milestone once 2030 is past', () => {
    const on = targetProgress(grdp([['2035-12-31', 8]]));
    expect(on.status).to.equal('on-track');
    expect(on.from).to.deep.include({ kind: 'milestone', value: 7, date: '2030-12-31' });
    expect(on.milestone!.year).to.equal(2045);
    expect(on.expected).to.be.closeTo(7 + (3 * 1826) / 5479, 1e-9);
    expect(targetProgress(grdp([['2035-12-31', 7.8]])).status).to.equal('behind');
  });

  it('is not achieved when the last milestone has passed unmet, achieved when met', () => {
    expect(targetProgress(grdp([['2046-12-31', 9.5]]))).to.deep.include({ status: 'not-achieved' });
    expect(targetProgress(grdp([['2046-12-31', 10]]))).to.deep.include({ status: 'achieved' });
  });

  it('cannot tell without a baseline and with a single figure', () => {
    expect(targetProgress(grdp([['2025-12-31', 3.8]]))).to.deep.include({ status: 'unknown', reason: 'no-baseline' });
  });

  it('cannot tell without milestones', () => {
    expect(targetProgress(targetOf({ unit: 'count', actuals: [{ date: '2025-01-01', value: 3 }] }))).to.deep.include({ status: 'unknown', reason: 'no-milestone' });
  });

  it('says "no data" for a target with no figure, whatever else it has', () => {
    expect(targetProgress(grdp([], { baseline: { value: 2, year: 2023 } })).status).to.equal('no-data');
  });
});

describe('gauge progress: lower is better', () => {
  it('reads a rank the right way round: 30th is ahead of the path from 40th to the top 20', () => {
    const p = targetProgress(rankTarget(30));
    expect(p).to.deep.include({ better: 'lower', status: 'on-track' });
    expect(p.expected).to.be.closeTo(40 - (20 * 731) / 2557, 1e-9);
    expect(targetProgress(rankTarget(38)).status).to.equal('behind');
    expect(targetProgress(rankTarget(20)).status).to.equal('achieved');
    expect(targetProgress(rankTarget(21)).status).to.not.equal('achieved');
  });

  it('infers it from "không quá"/"dưới" or a rank when the feed left direction at its default', () => {
    expect(betterWay({ direction: 'higher', comparator: 'lte', unit: 'currency' })).to.equal('lower');
    expect(betterWay({ direction: 'higher', comparator: 'gte', unit: 'rank' })).to.equal('lower');
    expect(betterWay({ direction: 'higher', comparator: 'approx', unit: 'percent' })).to.equal('higher');
  });
});

describe('gauge progress: comparators', () => {
  const m = { value: 70 };
  it('reads "trên" strictly and "ít nhất" inclusively', () => {
    expect(meets(70, m, 'gt', 'higher')).to.equal(false);
    expect(meets(70.1, m, 'gt', 'higher')).to.equal(true);
    expect(meets(70, m, 'gte', 'higher')).to.equal(true);
    expect(meets(69.9, m, 'gte', 'higher')).to.equal(false);
  });

  it('reads a range "10–12%" from the worse side', () => {
    const range = { value: 10, max: 12 };
    expect(meets(10.5, range, 'range', 'higher')).to.equal(true);
    expect(meets(9.9, range, 'range', 'higher')).to.equal(false);
    expect(meets(11.9, range, 'range', 'lower')).to.equal(true);
    expect(meets(12.5, range, 'range', 'lower')).to.equal(false);
  });

  it('holds the path at its ends', () => {
    const a = { value: 1, date: '2024-01-01' };
    const b = { value: 3, date: '2026-01-01' };
    expect(pathValue(a, b, '2020-01-01')).to.equal(1);
    expect(pathValue(a, b, '2030-01-01')).to.equal(3);
    expect(pathValue(a, b, '2025-01-01')).to.be.closeTo(1 + (2 * 366) / 731, 1e-9);
  });
});
