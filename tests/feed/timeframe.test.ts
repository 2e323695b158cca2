import { expect } from '@open-wc/testing';
import { monthEnd, quarterEnd, quarterStart } from '../../src/feed/calendar.js';
import { parseTimeframe, type Timeframe } from '../../src/feed/timeframe.js';

/** The whole result, so that a stray start or end on a deadline fails the test too. */
function reads(raw: string, expected: Omit<Timeframe, 'raw'>): void {
  expect(parseTimeframe(raw), JSON.stringify(raw)).to.deep.equal({ raw, ...expected });
}

const unparsed = { kind: 'unparsed', openEnd: false } as const;
const relative = { kind: 'relative', openEnd: false } as const;
const years = (a: number, b: number) =>
  ({ kind: 'window', start: `${a}-01-01`, end: `${b}-12-31`, openEnd: false, precision: 'year' }) as const;
const due = (end: string, precision: Timeframe['precision']) => ({ kind: 'deadline', end, openEnd: false, precision }) as const;
const month = (start: string, end: string) => ({ kind: 'window', start, end, openEnd: false, precision: 'month' }) as const;
const from = (start: string, precision: Timeframe['precision']) => ({ kind: 'from', start, openEnd: true, precision }) as const;
const every = (recurrence: Timeframe['recurrence']) => ({ kind: 'recurring', openEnd: true, recurrence }) as const;
const ongoing = { kind: 'ongoing', openEnd: true, recurrence: 'continuous' } as const;

describe('parseTimeframe', () => {
  describe('the seed (Lào Cai, 219-CTr/TU), exactly', () => {
    it('reads "Xong trong Quý III/2023" as a deadline at the end of Q3 with no start', () => {
      reads('Xong trong Quý III/2023', due('2023-09-30', 'quarter'));
    });

    it('reads "Từ Quý III/2023" as open-ended from the first day of Q3', () => {
      reads('Từ Quý III/2023', from('2023-07-01', 'quarter'));
    });

    it('reads "Hàng năm" as yearly with no dates: the model fills in the horizon', () => {
      reads('Hàng năm', every('yearly'));
    });

    it('reads every span of years the seed writes, whatever the dash', () => {
      reads('2023-2026', years(2023, 2026));
      reads('2023-2025', years(2023, 2025));
      reads('2023-2030', years(2023, 2030));
      reads('2023 - 2030', years(2023, 2030));
      reads('2023 \u2013 2030', years(2023, 2030)); // EN DASH, as in the seed's row 17
      reads('2023 \u2014 2030', years(2023, 2030)); // EM DASH
      reads('2023\u22122030', years(2023, 2030)); // MINUS SIGN
      reads('2023 -2030', years(2023, 2030));
      reads('2023- 2030', years(2023, 2030));
    });
  });

  describe('periods', () => {
    it('reads quarters in Roman and Arabic numerals, with or without "Quý"', () => {
      const q2 = { kind: 'window', start: '2025-04-01', end: '2025-06-30', openEnd: false, precision: 'quarter' } as const;
      reads('Quý 2/2025', q2);
      reads('quý 2/2025', q2);
      reads('Quý II/2025', q2);
      reads('Q2/2025', q2);
      reads('QIV/2025', { ...q2, start: '2025-10-01', end: '2025-12-31' });
      reads('Q4/2025', { ...q2, start: '2025-10-01', end: '2025-12-31' });
      reads('Quý I năm 2025', { ...q2, start: '2025-01-01', end: '2025-03-31' });
      reads('Quý I-II/2025', { ...q2, start: '2025-01-01', end: '2025-06-30' });
      reads('Quý III, IV/2024', { ...q2, start: '2024-07-01', end: '2024-12-31' });
    });

    it('reads every quarter of 2000–2050 in every form', () => {
      const roman = ['I', 'II', 'III', 'IV'];
      for (let year = 2000; year <= 2050; year++) {
        for (let q = 1; q <= 4; q++) {
          const window = { kind: 'window', start: quarterStart(year, q), end: quarterEnd(year, q), openEnd: false, precision: 'quarter' } as const;
          for (const n of [roman[q - 1], String(q)]) {
            reads(`Quý ${n}/${year}`, window);
            reads(`quý ${n} năm ${year}`, window);
            reads(`Q${n}/${year}`, window);
            reads(`Xong trong Quý ${n}/${year}`, due(quarterEnd(year, q), 'quarter'));
            reads(`Từ Quý ${n}/${year}`, from(quarterStart(year, q), 'quarter'));
          }
        }
      }
    });

    it('does not read quarters that do not exist', () => {
      for (const raw of ['Quý V/2025', 'Quý 5/2025', 'Quý 0/2025', 'Quý II-I/2025', 'Quý I, III/2025', 'Quý III']) reads(raw, unparsed);
    });

    it('reads months, padded or not, as a window over that month', () => {
      reads('6/2025', month('2025-06-01', '2025-06-30'));
      reads('06/2025', month('2025-06-01', '2025-06-30'));
      reads('Tháng 10/2025', month('2025-10-01', '2025-10-31'));
      reads('tháng 6 năm 2025', month('2025-06-01', '2025-06-30'));
      reads('2/2024', month('2024-02-01', '2024-02-29'));
      for (let y = 2020; y <= 2030; y++) for (let m = 1; m <= 12; m++) reads(`${m}/${y}`, month(`${y}-${String(m).padStart(2, '0')}-01`, monthEnd(y, m)));
      for (const raw of ['13/2025', '0/2025', 'Tháng 13/2025']) reads(raw, unparsed);
    });

    it('reads full dates day first, never in US order, and never an impossible date', () => {
      reads('30/11/2026', due('2026-11-30', 'day'));
      reads('05/8/2026', due('2026-08-05', 'day'));
      reads('5.9.2023', due('2023-09-05', 'day'));
      reads('ngày 28 tháng 7 năm 2026', due('2026-07-28', 'day'));
      reads('1/2/2025', due('2025-02-01', 'day')); // 1 February, not 2 January
      for (const raw of ['12/31/2025', '31/2/2025', '29/2/2023', '31/4/2026', '30/11', '5.9/2023']) reads(raw, unparsed);
      reads('29/2/2024', due('2024-02-29', 'day'));
    });

    it('reads a bare year or "Năm …" as that year', () => {
      reads('2025', years(2025, 2025));
      reads('Năm 2024', years(2024, 2024));
    });

    it('reads halves of a year', () => {
      reads('6 tháng đầu năm 2025', { kind: 'window', start: '2025-01-01', end: '2025-06-30', openEnd: false, precision: 'half' });
      reads('6 tháng cuối năm 2025', { kind: 'window', start: '2025-07-01', end: '2025-12-31', openEnd: false, precision: 'half' });
    });

    it('reads spans named as a stage, a term or "từ … đến …"', () => {
      reads('Giai đoạn 2023-2025', years(2023, 2025));
      reads('giai đoạn 2020 - 2025', years(2020, 2025));
      reads('Từ năm 2021 đến năm 2025', years(2021, 2025));
      reads('Nhiệm kỳ 2020-2025', years(2020, 2025));
      reads('Quý III/2023 - Quý II/2024', { kind: 'window', start: '2023-07-01', end: '2024-06-30', openEnd: false, precision: 'quarter' });
    });

    it('refuses a span that ends before it starts', () => {
      reads('2030-2023', unparsed);
      reads('Từ năm 2025 đến năm 2021', unparsed);
    });
  });

  describe('qualifiers', () => {
    it('reads deadlines: "trong", "xong/hoàn thành trong", "trước", "chậm nhất", "đến hết"', () => {
      reads('trong năm 2025', due('2025-12-31', 'year'));
      reads('Hoàn thành trong năm 2025', due('2025-12-31', 'year'));
      reads('Xong trong Quý III/2023', due('2023-09-30', 'quarter'));
      reads('cơ bản hoàn thành trong năm 2025', due('2025-12-31', 'year'));
      reads('trong quý 2/2025', due('2025-06-30', 'quarter'));
      reads('Đến hết ngày 30/11/2026', due('2026-11-30', 'day'));
      reads('chậm nhất trong ngày 25/6/2025', due('2025-06-25', 'day'));
      reads('Hoàn thành trước ngày 30/9/2026', due('2026-09-30', 'day'));
    });

    it('reads "trước" as "no later than": the date itself is the end', () => {
      reads('Trước 30/6/2025', due('2025-06-30', 'day'));
      reads('trước ngày 15/6/2025', due('2025-06-15', 'day'));
    });

    it('reads a period after "trước" or "đến" as due by its end; leaves a vision year to the target gauge', () => {
      reads('Trước quý III/2025', due('2025-09-30', 'quarter'));
      reads('Hoàn thành Quý IV/2025', due('2025-12-31', 'quarter'));
      reads('Đến năm 2030', due('2030-12-31', 'year'));
      reads('Tầm nhìn đến năm 2045', unparsed);
      reads('trong giai đoạn 2023-2025', years(2023, 2025)); // during, not by
    });

    it('reads starts as open-ended', () => {
      reads('Kể từ ngày 01/6/2018', from('2018-06-01', 'day'));
      reads('Bắt đầu từ 25/7/2026', from('2026-07-25', 'day'));
      reads('Từ năm 2024', from('2024-01-01', 'year'));
    });

    it('reads "… và các/những năm tiếp theo" as from the first year, yearly', () => {
      const onward = (start: string) => ({ kind: 'from', start, openEnd: true, recurrence: 'yearly', precision: 'year' }) as const;
      reads('2025 và các năm tiếp theo', onward('2025-01-01'));
      reads('2025 và những năm tiếp theo', onward('2025-01-01'));
      reads('Năm 2025 và các năm tiếp theo', onward('2025-01-01'));
      reads('giai đoạn 2020 - 2025 và những năm tiếp theo', onward('2020-01-01'));
    });

    it('reads recurrences, in both spellings of "hàng/hằng"', () => {
      reads('Hàng năm', every('yearly'));
      reads('Hằng năm', every('yearly'));
      reads('hằng năm', every('yearly'));
      reads('hằng quý', every('quarterly'));
      reads('Hằng quý', every('quarterly'));
      reads('hằng tháng', every('monthly'));
      reads('cập nhật hằng tháng', every('monthly'));
      reads('Định kỳ 6 tháng', every('semiannual'));
      reads('Định kỳ 6 tháng, hằng năm', every('semiannual')); // as often as the most frequent
      reads('hằng tuần', every('weekly'));
      reads('định kỳ hằng tuần', every('weekly'));
    });

    it('reads continuous work', () => {
      reads('Thường xuyên', ongoing);
      reads('Nhiệm vụ thường xuyên', ongoing);
      reads('Thực hiện thường xuyên', ongoing);
    });

    it('reads event-relative cells without dates', () => {
      for (const raw of [
        '30 ngày sau khi Trung ương ban hành',
        '20 ngày sau khi Tỉnh uỷ ban hành văn bản',
        '20 ngày sau khi Tỉnh ủy ban hành văn bản',
        'Sau thời hạn 12 tháng kể từ ngày Thông tư này có hiệu lực',
        'Theo kế hoạch của Bộ Công an',
        'Theo thời gian yêu cầu của Bộ Công an',
        'Theo lộ trình của Trung ương',
        'Theo đề nghị cấp trên',
        'Theo đề nghị của cơ quan cấp trên',
        'Khi có nhiệm vụ chậm muộn',
        'Xây dựng kế hoạch và triển khai',
        'Xây dựng kế hoạch và triển khai theo kế hoạch của Bộ Công an',
      ]) reads(raw, relative);
    });
  });

  describe('compound cells', () => {
    it('keeps a deadline followed by continuous upkeep: the end stays as the milestone, openEnd says it runs on', () => {
      const raw = 'Hoàn thành trước ngày 30/9/2026 và duy trì liên tục';
      reads(raw, {
        kind: 'compound',
        end: '2026-09-30',
        openEnd: true,
        recurrence: 'continuous',
        precision: 'day',
        parts: [
          { raw: 'Hoàn thành trước ngày 30/9/2026', ...due('2026-09-30', 'day') },
          { raw: 'duy trì liên tục', ...ongoing },
        ],
      });
    });

    it('keeps a first report and a monthly update', () => {
      const raw = 'Báo cáo đầu tiên trước ngày 25/7/2026; cập nhật hằng tháng';
      reads(raw, {
        kind: 'compound',
        end: '2026-07-25',
        openEnd: true,
        recurrence: 'monthly',
        precision: 'day',
        parts: [
          { raw: 'Báo cáo đầu tiên trước ngày 25/7/2026', ...due('2026-07-25', 'day') },
          { raw: 'cập nhật hằng tháng', ...every('monthly') },
        ],
      });
    });

    it('joins two phases from the first start to the last end', () => {
      reads('2024-2025; 2026-2030', {
        ...years(2024, 2030),
        kind: 'compound',
        parts: [{ raw: '2024-2025', ...years(2024, 2025) }, { raw: '2026-2030', ...years(2026, 2030) }],
      });
    });

    it('drops an end that an open-ended later phase runs past', () => {
      const tf = parseTimeframe('2024-2025; 2026 và các năm tiếp theo');
      expect(tf.kind).to.equal('compound');
      expect(tf.start).to.equal('2024-01-01');
      expect(tf.end).to.equal(undefined);
      expect(tf.openEnd).to.equal(true);
      expect(tf.parts).to.have.length(2);
    });

    it('is unparsed when any part is', () => {
      reads('2024-2025; Sở Tài chính', unparsed);
      reads('Hoàn thành trước ngày 30/9/2026 và Sở Tài chính', unparsed);
    });
  });

  describe('hazards from real tables', () => {
    it('reads decomposed (NFD) text like composed text', () => {
      const nfd = 'Xong trong Quý III/2023'.normalize('NFD');
      expect(nfd).not.to.equal('Xong trong Quý III/2023');
      reads(nfd, due('2023-09-30', 'quarter'));
      reads('Hằng năm'.normalize('NFD'), every('yearly'));
      reads('Thường xuyên'.normalize('NFD'), ongoing);
    });

    it('folds no-break, figure, narrow and zero-width spaces, double and trailing spaces', () => {
      reads('Xong\u00A0trong Quý\u202FIII/2023', due('2023-09-30', 'quarter'));
      reads('2023\u2007–\u00A02030', years(2023, 2030));
      reads('Thường  xuyên  ', ongoing);
      reads('\u200BHàng năm\u200B', every('yearly'));
      reads('  Từ   Quý III/2023\t', from('2023-07-01', 'quarter'));
    });

    it('ignores case and a trailing full stop', () => {
      reads('xong trong quý iii/2023', due('2023-09-30', 'quarter'));
      reads('XONG TRONG QUÝ III/2023.', due('2023-09-30', 'quarter'));
      reads('thường xuyên.', ongoing);
      reads('2023-2030.', years(2023, 2030));
    });

    it('keeps raw exactly as given', () => {
      const raw = '  Hàng\u00A0năm. ';
      expect(parseTimeframe(raw).raw).to.equal(raw);
    });

    it('never takes a year out of a document symbol or agency text', () => {
      for (const raw of [
        'Bộ Tài chính theo Nghị quyết 71/2025/NQ-CP',
        '71/2025/NQ-CP',
        'Theo Nghị quyết số 01/2025/NQ-CP',
        'Sở Khoa học và Công nghệ',
        'Ban Cán sự Đảng UBND tỉnh',
        '30-CTr/TU',
        'năm tiếp theo',
        'năm',
        'Năm',
        'Thời gian/ lộ trình thực hiện',
        '',
        '   ',
        '2025x',
        '20251',
        '1800',
      ]) reads(raw, unparsed);
    });
  });
});
