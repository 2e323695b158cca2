import { expect } from '@open-wc/testing';
import { parseTimeframe } from '../../src/feed/timeframe.js';
import { timeframeInEnglish } from '../../src/feed/timeframe-english.js';

const en = (text: string) => timeframeInEnglish(parseTimeframe(text));

describe('timeframe in English: at the precision the words give', () => {
  it("reads Programme 219's timeframes", () => {
    expect(en('Xong trong Quý III/2023')).to.equal('by end of Q3 2023');
    expect(en('Hàng năm')).to.equal('every year');
    expect(en('Từ Quý III/2023')).to.equal('from Q3 2023 on');
    for (const span of ['2023-2030', '2023 - 2030', '2023 – 2030']) expect(en(span), span).to.equal('2023–2030');
    expect(en('2023-2025')).to.equal('2023–2025');
  });

  it('never says a day the words do not give', () => {
    expect(en('Trước 30/6/2025')).to.equal('by 30 June 2025');
    expect(en('Hoàn thành trong năm 2025')).to.equal('by end of 2025');
    expect(en('Tháng 10/2025')).to.equal('October 2025');
    expect(en('Hoàn thành trong tháng 10/2025')).to.equal('by end of October 2025');
    expect(en('6 tháng đầu năm 2025')).to.equal('H1 2025');
    expect(en('Quý I-II/2025')).to.equal('Q1 2025 – Q2 2025');
    expect(en('2025 và các năm tiếp theo')).to.equal('every year from 2025');
    expect(en('Hằng tháng')).to.equal('every month');
    expect(en('Thường xuyên')).to.equal('ongoing');
  });

  it('reads each part of a compound cell', () => {
    expect(en('Hoàn thành trước ngày 30/9/2026 và duy trì liên tục')).to.equal('by 30 September 2026; then ongoing');
    expect(en('2024-2025; 2026 và các năm tiếp theo')).to.equal('2024–2025; then every year from 2026');
  });

  it('has no reading for event-driven or unread words (the widget shows them as written)', () => {
    expect(en('30 ngày sau khi Trung ương ban hành')).to.equal(undefined);
    expect(en('năm tiếp theo')).to.equal(undefined);
    expect(en('')).to.equal(undefined);
  });
});
