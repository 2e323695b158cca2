/** core/memo.ts: what is remembered, and when it is computed again. */
import { expect } from '@open-wc/testing';
import { memo, memoPer, sameInputs } from '../../src/core/memo.js';

describe('memo', () => {
  it('gives the same result back for the same inputs, and computes again when one changes', () => {
    let calls = 0;
    const area = memo((w: number, h: number) => (calls++, { area: w * h }));
    const first = area(2, 3);
    expect(area(2, 3)).to.equal(first);
    expect(calls).to.equal(1);
    expect(area(2, 4).area).to.equal(8);
    expect(area(2, 3), 'only the last call is kept by default').to.not.equal(first);
    expect(calls).to.equal(3);
  });

  it('compares a fresh options object by its values, and objects inside it by identity', () => {
    const set = new Set(['a']);
    expect(sameInputs([{ width: 300, collapsed: set }], [{ width: 300, collapsed: set }])).to.equal(true);
    expect(sameInputs([{ width: 300, collapsed: set }], [{ width: 300, collapsed: new Set(['a']) }])).to.equal(false);
    expect(sameInputs([{ width: 300 }], [{ width: 300, lang: undefined }]), 'a key added, even undefined').to.equal(false);
    expect(sameInputs([[1, 2]], [[1, 2]]), 'arrays by identity').to.equal(false);
    expect(sameInputs([NaN], [NaN])).to.equal(false);
  });

  it('keeps the last `keep` results, and a call that throws keeps nothing', () => {
    let calls = 0;
    const twice = memo((x: number) => {
      calls++;
      if (x < 0) throw new Error('negative');
      return { x };
    }, 2);
    const a = twice(1);
    const b = twice(2);
    expect(twice(1)).to.equal(a);
    expect(twice(2)).to.equal(b);
    expect(calls).to.equal(2);
    expect(() => twice(-1)).to.throw('negative');
    expect(() => twice(-1)).to.throw('negative');
    expect(calls).to.equal(4);
    expect(twice(1), 'a failed call does not push a result out').to.equal(a);
  });
});

describe('memoPer', () => {
  it('remembers per object, and does not remember for a value that is not one', () => {
    let calls = 0;
    const label = memoPer((target: object | string, lang: string) => (calls++, { target, lang }));
    const t1 = {};
    const t2 = {};
    const a = label(t1, 'vi');
    const b = label(t2, 'vi');
    expect(label(t1, 'vi')).to.equal(a);
    expect(label(t2, 'vi')).to.equal(b);
    expect(calls).to.equal(2);
    expect(label(t1, 'en')).to.not.equal(a);
    expect(label('id', 'vi')).to.not.equal(label('id', 'vi'));
  });
});
