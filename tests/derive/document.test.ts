// A document is named as Vietnamese writing names it, its kind read off the symbol.
import { expect } from '@open-wc/testing';
import { documentName } from '../../src/derive/document.js';

describe('documentName', () => {
  it('names a programme, a plan and a resolution by the abbreviation in their symbols', () => {
    expect(documentName('219-CTr/TU', 'vi')).to.equal('Chương trình số 219-CTr/TU');
    expect(documentName('219-CTr/TU', 'en')).to.equal('Programme No. 219-CTr/TU');
    expect(documentName('12/KH-UBND', 'vi')).to.equal('Kế hoạch số 12/KH-UBND');
    expect(documentName('36-NQ/TW', 'en')).to.equal('Resolution No. 36-NQ/TW');
  });

  it('reads a decomposed "QĐ" (NFD) as a decision', () => {
    expect(documentName('1234/QĐ-UBND'.normalize('NFD'), 'vi')).to.match(/^Quyết định số /);
  });

  it('calls a symbol of another shape a document, without guessing a kind', () => {
    expect(documentName('Số 5', 'vi')).to.equal('văn bản Số 5');
    expect(documentName('30/2020/NĐ-CP', 'en')).to.equal('30/2020/NĐ-CP');
    expect(documentName('7-XYZ/TU', 'vi')).to.equal('văn bản 7-XYZ/TU');
  });
});
