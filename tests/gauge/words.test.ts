/** The gauge in words: units, comparators, the screen reader's sentence. Pure. */
import { expect } from '@open-wc/testing';
import { formatGoal, formatValue } from '../../src/gauge/units.js';
import { gaugeSentence, goalsText } from '../../src/gauge/describe.js';
import { targetProgress } from '../../src/derive/progress.js';
import { programme219, rankTarget, targetOf } from './targets.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const percent = { unit: 'percent' as const };
const ratio = { unit: 'ratio' as const };

describe('gauge words: units through Intl', () => {
  it('writes shares as "7,5%" in Vietnamese and "7.5%" in English', () => {
    expect(plain(formatValue(7.5, percent, 'vi'))).to.equal('7,5%');
    expect(formatValue(7.5, percent, 'en')).to.equal('7.5%');
    expect(plain(formatValue(3.75, percent, 'vi'))).to.equal('3,75%');
    expect(plain(formatValue(58.5, percent, 'vi'))).to.equal('58,5%');
  });

  it('writes ratios as "×2", or "gấp 2 lần" / "2 times" in a sentence', () => {
    expect(formatValue(2, ratio, 'vi')).to.equal('×2');
    expect(formatValue(1.45, ratio, 'vi')).to.equal('×1,45');
    expect(formatValue(2, ratio, 'vi', 'long')).to.equal('gấp 2 lần');
    expect(formatValue(2, ratio, 'en', 'long')).to.equal('2 times');
  });

  it('writes counts and money with their unit label and grouping', () => {
    expect(formatValue(1234, { unit: 'currency', unitLabel: { vi: 'tỷ đồng', en: 'billion VND' } }, 'vi')).to.equal('1.234 tỷ đồng');
    expect(formatValue(1234, { unit: 'currency', unitLabel: { vi: 'tỷ đồng', en: 'billion VND' } }, 'en')).to.equal('1,234 billion VND');
    expect(formatValue(20, { unit: 'rank' }, 'vi', 'long')).to.equal('hạng 20');
  });
});

describe('gauge words: comparators as the documents say them', () => {
  const m = (value: number, max?: number) => ({ value, max, year: 2030 });
  it('says "trên", "ít nhất", "khoảng", "không quá", "dưới"', () => {
    expect(plain(formatGoal(m(70), 'gt', percent, 'vi', 'long'))).to.equal('trên 70%');
    expect(formatGoal(m(2), 'gte', ratio, 'vi', 'long')).to.equal('ít nhất gấp 2 lần');
    expect(formatGoal(m(2), 'gte', ratio, 'en', 'long')).to.equal('at least 2 times');
    expect(plain(formatGoal(m(7), 'approx', percent, 'vi', 'long'))).to.equal('khoảng 7%');
    expect(formatGoal(m(7), 'approx', percent, 'en', 'long')).to.equal('about 7%');
    expect(plain(formatGoal(m(5), 'lte', percent, 'vi', 'long'))).to.equal('không quá 5%');
    expect(plain(formatGoal(m(5), 'lt', percent, 'vi', 'long'))).to.equal('dưới 5%');
    expect(plain(formatGoal(m(10), 'eq', percent, 'vi', 'long'))).to.equal('10%');
  });

  it('writes a range with its unit once: "10–12%"', () => {
    expect(plain(formatGoal(m(10, 12), 'range', percent, 'vi', 'long'))).to.equal('10–12%');
    expect(formatGoal(m(10, 12), 'range', percent, 'en')).to.equal('10–12%');
  });

  it('says a rank goal as a place: "thuộc nhóm 20 đứng đầu"', () => {
    expect(formatGoal(m(20), 'lte', { unit: 'rank' }, 'vi', 'long')).to.equal('thuộc nhóm 20 đứng đầu');
    expect(formatGoal(m(20), 'lte', { unit: 'rank' }, 'en', 'long')).to.equal('in the top 20');
  });

  it('lists the milestones with their years', async () => {
    const model = await programme219();
    const grdp = model.targets.find((t) => t.id === 'cnsh-grdp')!;
    expect(plain(goalsText(grdp, 'vi'))).to.equal('khoảng 7% đến năm 2030; 10% đến năm 2045');
    expect(goalsText(grdp, 'en')).to.equal('about 7% by 2030; 10% by 2045');
  });
});

describe('gauge words: one sentence for a screen reader', () => {
  it('reads the illustrative GRDP gauge: value, date, targets, comparator, years, status', async () => {
    const model = await programme219(true);
    const grdp = model.targets.find((t) => t.id === 'cnsh-grdp')!;
    const p = targetProgress(grdp);
    expect(plain(gaugeSentence(grdp, p, 'vi'))).to.equal(
      'Công nghiệp sinh học đóng góp vào GRDP của tỉnh: 3,8% (số liệu ngày 31/12/2025). ' +
        'Mục tiêu: khoảng 7% đến năm 2030; 10% đến năm 2045. ' +
        'Đánh giá: Kịp tiến độ bình quân, theo tiến độ bình quân, đến ngày 31/12/2025 cần đạt 3,75%, tính từ số liệu đầu tiên (31/12/2024) vì chưa có mức gốc.',
    );
    expect(gaugeSentence(grdp, p, 'en')).to.equal(
      "Contribution of the bio-industry to the province's GRDP: 3.8% (figure for 31 Dec 2025). " +
        'Target: about 7% by 2030; 10% by 2045. ' +
        'Assessment: On pace, at an even pace, 3.75% was needed by 31 Dec 2025, measured from the first figure (31 Dec 2024), as no baseline is given.',
    );
  });

  it('says "chưa có số liệu" for a target with no figure, never a zero', async () => {
    const model = await programme219();
    const share = model.targets.find((t) => t.id === 'nong-san-quy-trinh-tot')!;
    const s = plain(gaugeSentence(share, targetProgress(share), 'vi'));
    expect(s).to.equal(
      'Tỷ lệ giá trị sản phẩm nông sản được sản xuất theo các quy trình tốt hoặc tương đương: chưa có số liệu. Mục tiêu: trên 70% đến năm 2030.',
    );
    expect(s).to.not.match(/\b0%/);
  });

  it('gives the baseline and says that lower is better for a rank', () => {
    const rank = rankTarget(30);
    expect(gaugeSentence(rank, targetProgress(rank), 'vi')).to.equal(
      'Chỉ tiêu thử: hạng 30 (số liệu ngày 31/12/2025). Mức gốc: hạng 40 (2023). Mục tiêu (càng thấp càng tốt): thuộc nhóm 20 đứng đầu đến năm 2030. ' +
        'Đánh giá: Kịp tiến độ bình quân, theo tiến độ bình quân, đến ngày 31/12/2025 cần đạt hạng 34.',
    );
  });

  it('says which milestone is met when more remain', () => {
    const t = targetOf({ unit: 'percent', milestones: [{ year: 2030, value: 7 }, { year: 2045, value: 10 }], actuals: [{ date: '2027-12-31', value: 7.2 }] });
    expect(gaugeSentence(t, targetProgress(t), 'en')).to.match(/Assessment: Achieved 2030 milestone\.$/);
  });

  it('reads a qualitative goal as its words and its assessment', async () => {
    const model = await programme219(true);
    const goal = model.targets.find((t) => t.id === 'ung-dung-khu-vuc-2030')!;
    expect(gaugeSentence(goal, targetProgress(goal), 'vi')).to.equal(
      'Lào Cai là tỉnh có hoạt động ứng dụng công nghệ sinh học khá trong khu vực miền núi phía Bắc. Đánh giá: Kịp tiến độ bình quân.',
    );
  });
});
