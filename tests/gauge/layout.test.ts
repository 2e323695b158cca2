/** The gauge's geometry and words from plain targets: no DOM, no Lit. */
import { expect } from '@open-wc/testing';
import { cardSlices, gridLayout, layoutGauge, type GaugeLayout, type Label, type Variant } from '../../src/gauge/layout.js';
import { gaugeScale } from '../../src/gauge/scale.js';
import { polar, textWidth } from '../../src/gauge/geometry.js';
import type { ProgrammeModel, TargetModel } from '../../src/feed/model.js';
import type { Lang } from '../../src/derive/lang.js';
import { programme219, rankTarget, targetOf } from './targets.js';

const NBSP = /\u00a0/g;
const lines = (l?: Label) => l?.lines.map((s) => s.replace(NBSP, ' '));
const layout = (target: TargetModel, variant: Variant = 'arc', width = 300, lang: Lang = 'vi') => layoutGauge(target, { variant, width, lang, start: '2023-05-22' });
/** The point a path ends at: its last two numbers. */
const endOf = (d: string) => d.split(/[ ,AML]/).filter(Boolean).slice(-2).map(Number) as [number, number];
const angleOf = (value: number, lo: number, hi: number) => -Math.PI / 2 + (Math.PI * (value - lo)) / (hi - lo);

describe('gauge layout: the GRDP target of Programme 219-CTr/TU', () => {
  let real: ProgrammeModel;
  let illustrative: ProgrammeModel;
  before(async () => {
    real = await programme219();
    illustrative = await programme219(true);
  });
  const grdp = (m: ProgrammeModel) => m.targets.find((t) => t.id === 'cnsh-grdp')!;

  it('fits the scale to the target: 0 to 12%, from 7% in 2030 and 10% in 2045', () => {
    const l = layout(grdp(illustrative));
    expect([l.scale.lo, l.scale.hi, l.scale.start, l.scale.end]).to.deep.equal([0, 12, 0, 12]);
    expect(l.ends.map(lines)).to.deep.equal([['0%'], ['12%']]);
  });

  it('fills the arc to the illustrative 3,8% at the right angle', () => {
    const l = layout(grdp(illustrative));
    const want = angleOf(3.8, 0, 12);
    expect(l.value!.angle).to.be.closeTo(want, 1e-9);
    const { cx, cy, r } = l.arc!;
    const end = polar(cx, cy, r, want);
    expect(endOf(l.value!.d)).to.deep.equal([end.x, end.y]);
    expect(endOf(l.track)).to.deep.equal([round(cx + r), round(cy)]);
    expect(lines(l.centre)).to.deep.equal(['3,8%']);
  });

  it('draws the 2030 and 2045 ticks at 7 and 10, labelled with the year and the goal', () => {
    const l = layout(grdp(illustrative));
    const ticks = l.ticks.filter((t) => t.kind === 'milestone');
    expect(ticks.map((t) => t.value)).to.deep.equal([7, 10]);
    expect(ticks[0]!.angle).to.be.closeTo(angleOf(7, 0, 12), 1e-9);
    expect(ticks[1]!.angle).to.be.closeTo(angleOf(10, 0, 12), 1e-9);
    expect(ticks.map((t) => lines(t.label))).to.deep.equal([
      ['2030', '≈7%'],
      ['2045', '10%'],
    ]);
    expect(ticks.every((t) => !t.met)).to.equal(true);
  });

  it('says on track, and points where the path stands at the figure’s date', () => {
    const l = layout(grdp(illustrative));
    expect(l.progress.status).to.equal('on-track');
    expect(l.marker!.value).to.be.closeTo(3.1 + (3.9 * 365) / 2191, 1e-9);
  });

  it('draws no value arc and no pointer for the real document, which reports no figure, and keeps the milestones', () => {
    const l = layout(grdp(real));
    expect(l.value).to.equal(undefined);
    expect(l.marker).to.equal(undefined);
    expect(l.progress.status).to.equal('no-data');
    expect(l.centre).to.deep.include({ empty: true });
    expect(l.centre!.lines.join(' ')).to.equal('chưa có số liệu');
    expect(l.ticks.filter((t) => t.kind === 'milestone').map((t) => t.value)).to.deep.equal([7, 10]);
    expect(layout(grdp(real), 'bar').value).to.equal(undefined);
  });

  it('writes the figure and labels the English way in English', () => {
    const l = layout(grdp(illustrative), 'arc', 300, 'en');
    expect(lines(l.centre)).to.deep.equal(['3.8%']);
    expect(l.ticks.map((t) => lines(t.label))).to.deep.equal([
      ['2030', '≈7%'],
      ['2045', '10%'],
    ]);
  });
});

const round = (x: number) => Math.round(x * 100) / 100;

describe('gauge layout: lower is better', () => {
  it('reads a rank from the worst place to 1st, so a better rank fills more', () => {
    const l = layout(rankTarget(30));
    expect([l.scale.start, l.scale.end]).to.deep.equal([50, 1]);
    expect(l.ends.map(lines)).to.deep.equal([['#50'], ['#1']]);
    expect(l.value!.fraction).to.be.closeTo(20 / 49, 1e-9);
    expect(layout(rankTarget(25)).value!.angle!).to.be.greaterThan(l.value!.angle!);
    // The top-20 tick lies further along than the baseline (40th).
    const [baseline, goal] = l.ticks;
    expect(baseline!.kind).to.equal('baseline');
    expect(goal!.angle!).to.be.greaterThan(baseline!.angle!);
    expect(lines(goal!.label)).to.deep.equal(['2030', '≤#20']);
  });

  it('fills the bar the other way round from the values: from #50 on the left towards #1 on the right', () => {
    const at30 = endOf(layout(rankTarget(30), 'bar').value!.d)[0];
    const at25 = endOf(layout(rankTarget(25), 'bar').value!.d)[0];
    expect(at25).to.be.greaterThan(at30);
    const higher = layout(targetOf({ unit: 'percent', milestones: [{ year: 2030, value: 80 }], actuals: [{ date: '2025-01-01', value: 30 }] }), 'bar');
    const lower = layout(targetOf({ unit: 'percent', direction: 'lower', comparator: 'lte', milestones: [{ year: 2030, value: 20 }], actuals: [{ date: '2025-01-01', value: 30 }] }), 'bar');
    expect(higher.value!.fraction).to.be.closeTo(30 / 100, 1e-9);
    expect(lower.scale.start).to.be.greaterThan(lower.scale.end);
    expect(lower.value!.fraction).to.be.closeTo((lower.scale.start - 30) / lower.scale.start, 1e-9);
  });
});

describe('gauge layout: units in the picture', () => {
  it('writes money as "480" in the hollow with "tỷ đồng" under it, and ticks and ends as bare numbers', () => {
    const money = targetOf({ unit: 'currency', unitLabel: { vi: 'tỷ đồng', en: 'billion VND' }, milestones: [{ year: 2030, value: 1500 }], actuals: [{ date: '2025-12-31', value: 480 }] });
    const l = layout(money);
    expect(l.centre).to.deep.include({ lines: ['480'], sub: 'tỷ đồng' });
    expect(l.ends.map(lines)).to.deep.equal([['0'], ['2.000']]);
    expect(l.ticks.map((t) => lines(t.label))).to.deep.equal([['2030', '≥1.500']]);
    expect(layout(money, 'arc', 300, 'en').centre).to.deep.include({ lines: ['480'], sub: 'billion VND' });
  });
});

describe('gauge layout: scales', () => {
  it('ends on a step of 1, 2 or 5 × 10ⁿ past the largest value (d3-array nice)', () => {
    const top = (value: number) => gaugeScale(targetOf({ unit: 'percent', milestones: [{ year: 2030, value }] }), 'higher').hi;
    expect([0.17, 2, 11, 14, 39, 100].map(top)).to.deep.equal([0.2, 2.5, 12, 20, 50, 100]);
    // One value and nothing to span: a whole step above it, not a zero-width gauge.
    expect(gaugeScale(targetOf({ unit: 'count', milestones: [{ year: 2030, value: 0 }] }), 'higher')).to.include({ lo: 0, hi: 1 });
    expect(gaugeScale(targetOf({ unit: 'count', milestones: [{ year: 2030, value: 40 }] }), 'higher')).to.include({ lo: 40, hi: 80 });
  });

  it('starts a ratio at its baseline ×1 and a share at 0, and never goes past 100%', async () => {
    const model = await programme219(true);
    const of = (id: string) => model.targets.find((t) => t.id === id)!;
    const ratio = gaugeScale(of('nong-san-sau-che-bien'), 'higher');
    expect([ratio.lo, ratio.hi]).to.deep.equal([1, 2.2]);
    const share = gaugeScale(of('nong-san-quy-trinh-tot'), 'higher');
    expect([share.lo, share.hi]).to.deep.equal([0, 80]);
    const full = gaugeScale(targetOf({ unit: 'percent', milestones: [{ year: 2030, value: 95 }] }), 'higher');
    expect(full.hi).to.equal(100);
  });

  it('does not start at zero for counts far from it', () => {
    const s = gaugeScale(targetOf({ unit: 'count', baseline: { value: 1000 }, milestones: [{ year: 2030, value: 1200 }] }), 'higher');
    expect(s.lo).to.be.greaterThan(0);
    expect(s.lo).to.be.at.most(1000);
    expect(s.hi).to.be.greaterThan(1200);
  });
});

describe('gauge layout: fitting every width', () => {
  const boxes = (l: GaugeLayout) =>
    [...l.ticks.map((t) => t.label), ...l.ends].filter((x): x is Label => !!x).map((label) => {
      const w = Math.max(...label.lines.map((s) => textWidth(s, 11)));
      const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
      return { x0, x1: x0 + w, y0: label.y - 13 * label.lines.length, y1: label.y };
    });

  for (const variant of ['arc', 'bar', 'number'] as const) {
    it(`keeps every ${variant} label inside the picture and apart from the others, 160 to 600 px`, async () => {
      const model = await programme219(true);
      const targets = [...model.targets.filter((t) => t.kind === 'quantitative'), rankTarget(30)];
      let checked = 0;
      for (const target of targets) {
        for (let width = 160; width <= 600; width += 20) {
          for (const lang of ['vi', 'en'] as const) {
            const l = layout(target, variant, width, lang);
            const where = `${target.id} ${variant} ${width} ${lang}`;
            expect(l.width, where).to.equal(width);
            expect(l.height, where).to.be.greaterThan(0);
            const bs = boxes(l);
            checked += bs.length;
            for (const b of bs) {
              expect(b.x0, where).to.be.at.least(0);
              expect(b.x1, where).to.be.at.most(width);
              expect(b.y0, where).to.be.at.least(0);
              expect(b.y1, where).to.be.at.most(l.height);
            }
            for (let i = 0; i < bs.length; i++)
              for (let j = i + 1; j < bs.length; j++) {
                const [a, b] = [bs[i]!, bs[j]!];
                expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${where}: labels ${i} and ${j} overlap`).to.equal(false);
              }
          }
        }
      }
      // The number variant is the thin line under an article's figure: ticks, and no labels by design.
      if (variant === 'number') expect(checked, 'labels on the number variant').to.equal(0);
      else expect(checked, 'labels checked').to.be.greaterThan(0);
    });
  }

  it('keeps the arc round and as large as the labels allow, and gives up labels before the gauge gets tiny', async () => {
    const model = await programme219(true);
    const grdp = model.targets.find((t) => t.id === 'cnsh-grdp')!;
    const wide = layout(grdp, 'arc', 440);
    expect(wide.arc!.r).to.equal(120);
    // ">70%" near the right end: at 200 px it fits.
    const share = model.targets.find((t) => t.id === 'nong-san-quy-trinh-tot')!;
    expect(layout(share, 'arc', 200).ticks.map((t) => lines(t.label))).to.deep.equal([['2030', '>70%']]);
    // Without a space before "%", ">70%" is narrow enough to keep beside its year even at 160 px.
    const narrow = layout(share, 'arc', 160);
    expect(narrow.arc!.r).to.be.at.least(44);
    expect(narrow.ticks.map((t) => lines(t.label))).to.deep.equal([['2030', '>70%']]);
  });

  it('lays cards out in columns of 232–360 px, at most six, one card up to 440 px', () => {
    expect(gridLayout(1200, 3)).to.deep.equal({ columns: 3, picture: 334 });
    expect(gridLayout(1200, 12)).to.deep.equal({ columns: 4, picture: 261 });
    expect(gridLayout(360, 3)).to.deep.equal({ columns: 1, picture: 318 });
    expect(gridLayout(200, 3)).to.deep.equal({ columns: 1, picture: 170 });
    expect(gridLayout(1200, 1)).to.deep.equal({ columns: 1, picture: 440 });
  });

  it('slices a long page into whole rows: four rows first, then eight at a time', () => {
    const four = gridLayout(1200, 1000); // four columns
    expect(four.columns).to.equal(4);
    expect(cardSlices(16, four)).to.deep.equal([[0, 16]]);
    expect(cardSlices(17, four)).to.deep.equal([[0, 16], [16, 17]]);
    expect(cardSlices(60, four)).to.deep.equal([[0, 16], [16, 48], [48, 60]]);
    expect(cardSlices(3, gridLayout(360, 3))).to.deep.equal([[0, 3]]);
    expect(cardSlices(0, four)).to.deep.equal([]);
  });
});
