// Text wrapped for SVG images: whole words, and an ellipsis that never cuts a word into another.
import { expect } from '@open-wc/testing';
import { wrapText } from '../../src/core/image-text.js';

describe('wrapText', () => {
  const sentence = 'Lào Cai là tỉnh có hoạt động ứng dụng công nghệ sinh học khá trong khu vực miền núi phía Bắc';

  it('breaks at spaces, every word whole, none lost', () => {
    const lines = wrapText(sentence, 200, 16);
    expect(lines.length).to.be.greaterThan(2);
    expect(lines.join(' ')).to.equal(sentence);
  });

  it('ends the last kept line on a whole word before "…"', () => {
    const lines = wrapText(sentence, 200, 16, false, 2);
    expect(lines).to.have.length(2);
    const last = lines[1]!;
    expect(last.endsWith('…')).to.equal(true);
    // Every word of the shortened line is a whole word of the sentence.
    const words = sentence.split(' ');
    const kept = `${lines[0]} ${last.slice(0, -1)}`.split(' ');
    expect(kept).to.deep.equal(words.slice(0, kept.length));
  });

  it('cuts inside a word only when the line is that one word', () => {
    const lines = wrapText('https://example.org/a/very/long/path/with/no/spaces/at/all/anywhere', 160, 16, false, 1);
    expect(lines).to.have.length(1);
    expect(lines[0]!.endsWith('…')).to.equal(true);
    expect(lines[0]!.startsWith('https://')).to.equal(true);
  });

  it('keeps a quarter, a month or a document number with the word that names it ("Quý" never ends a line)', () => {
    // At 360 px the CLI's image wrapped the status line of task 1 as "… · Xong trong Quý" / "III/2023".
    const status = 'Chưa có báo cáo · đã quá hạn · Xong trong Quý III/2023';
    const lines = wrapText(status, 282, 12); // the status line's width in a 360 px image
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.some((line) => line.includes('Quý III/2023'))).to.equal(true);
    expect(lines.join(' ')).to.equal(status);
    for (const [text, pair] of [['tổ chức quán triệt Nghị quyết số 36-NQ/TW ngày 30/01/2023', 'số 36-NQ/TW'], ['No report · deadline passed · by end of Q3 2023', 'Q3 2023']] as const) {
      for (let width = 120; width <= 400; width += 7) {
        const wrapped = wrapText(text, width, 12);
        expect(wrapped.some((line) => line.includes(pair)), `${width} px: ${wrapped.join(' | ')}`).to.equal(true);
      }
    }
  });

  it('still breaks a naming word from its number when the two do not fit one line', () => {
    expect(wrapText('Quý III/2023', 70, 12)).to.deep.equal(['Quý', 'III/2023']);
  });
});
