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
});
