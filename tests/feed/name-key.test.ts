import { expect } from '@open-wc/testing';
import { nameKey, normalizeText } from '../../src/feed/name-key.js';

describe('normalizeText', () => {
  it('composes, folds every kind of space and trims', () => {
    expect(normalizeText('  Tỉnh\u00A0ủy\u2007Lào\u202FCai\u200B ')).to.equal('Tỉnh ủy Lào Cai');
    expect(normalizeText('Tỉnh ủy'.normalize('NFD'))).to.equal('Tỉnh ủy');
    expect(normalizeText('a \t\n b')).to.equal('a b');
    expect(normalizeText('')).to.equal('');
  });

  it('keeps case, tone marks and punctuation', () => {
    expect(normalizeText('Tỉnh uỷ.')).to.equal('Tỉnh uỷ.');
  });
});

describe('nameKey', () => {
  it('ignores case', () => {
    expect(nameKey('Đảng Đoàn HĐND tỉnh')).to.equal(nameKey('Đảng đoàn HĐND tỉnh'));
    expect(nameKey('Ban Cán sự Đảng UBND tỉnh')).to.equal(nameKey('Ban cán sự đảng UBND tỉnh'));
  });

  it('unifies old and new tone placement (ủy/uỷ, hòa/hoà) and a trailing full stop', () => {
    expect(nameKey('đảng ủy trực thuộc Tỉnh ủy')).to.equal(nameKey('đảng uỷ trực thuộc Tỉnh uỷ.'));
    expect(nameKey('Ủy ban MTTQ Việt Nam tỉnh')).to.equal(nameKey('Uỷ ban MTTQ Việt Nam tỉnh'));
    expect(nameKey('văn hóa')).to.equal(nameKey('văn hoá'));
  });

  it('gives decomposed (NFD) input the same key as composed', () => {
    const name = 'Các đảng đoàn, ban cán sự, đảng uỷ trực thuộc Tỉnh uỷ';
    expect(name.normalize('NFD')).not.to.equal(name);
    expect(nameKey(name.normalize('NFD'))).to.equal(nameKey(name));
  });

  it('folds đ and the look-alike Ð (U+00D0) to d', () => {
    expect(nameKey('Đảng đoàn')).to.equal('dang doan');
    expect(nameKey('\u00D0ảng đoàn')).to.equal('dang doan');
  });

  it('keeps the quality marks: circumflex, breve and horn', () => {
    expect(nameKey('Hội đồng Nhân dân')).to.equal('hôi dông nhân dân');
    expect(nameKey('Sở Tài chính')).to.equal('sơ tai chinh');
    expect(nameKey('Hằng năm')).to.equal('hăng năm');
    expect(nameKey('hàng năm')).not.to.equal(nameKey('hằng năm'));
    expect(nameKey('Trường')).to.equal('trương');
  });

  it('turns punctuation into spaces and collapses whitespace', () => {
    expect(nameKey(' Đảng đoàn HĐND tỉnh; các huyện ủy, thị ủy (Lào Cai). ')).to.equal('dang doan hdnd tinh cac huyên uy thi uy lao cai');
    expect(nameKey('Phát thanh – Truyền hình')).to.equal(nameKey('Phát thanh - Truyền hình'));
    expect(nameKey('Tỉnh\u00A0ủy')).to.equal(nameKey('Tỉnh ủy'));
  });

  it('keeps different groups apart', () => {
    expect(nameKey('Các ban đảng, đảng đoàn, ban cán sự, đảng ủy trực thuộc Tỉnh ủy')).not.to.equal(
      nameKey('Các đảng đoàn, ban cán sự, đảng uỷ trực thuộc Tỉnh uỷ'),
    );
    expect(nameKey('Ban Tuyên giáo Tỉnh ủy')).not.to.equal(nameKey('Ban Tổ chức Tỉnh ủy'));
  });

  it('gives the seed\'s two spellings of one coordinating group one key', () => {
    const old = 'Các đảng đoàn, ban cán sự, đảng ủy trực thuộc Tỉnh ủy.';
    const neu = 'Các đảng đoàn, ban cán sự, đảng uỷ trực thuộc Tỉnh uỷ.';
    expect(nameKey(old)).to.equal(nameKey(neu));
    expect(nameKey(old)).to.equal('cac dang doan ban can sư dang uy trưc thuôc tinh uy');
  });
});

describe('Vietnamese lower case', () => {
  // nameKey and the timeframe reader lower-case with toLowerCase(), not toLocaleLowerCase('vi'),
  // which gives the same string and costs 10–40 µs a call: this holds them to it, code point by code point.
  it('is toLowerCase() for every code point, Vietnamese capitals included', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x30000; c++) {
      const ch = String.fromCodePoint(c);
      if (ch.toLocaleLowerCase('vi') !== ch.toLowerCase()) differ.push(c.toString(16));
    }
    expect(differ).to.deep.equal([]);
    expect('ĐẢNG ỦY QUÝ III'.toLowerCase()).to.equal('đảng ủy quý iii');
    // Turkish is one of the languages it would not hold for: the check can tell.
    expect('I'.toLocaleLowerCase('tr')).to.not.equal('I'.toLowerCase());
  });
});
