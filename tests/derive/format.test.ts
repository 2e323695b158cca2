/**
 * Vietnamese dates and numbers are written by hand (no `Intl` formatter on the way to the first
 * picture: see viNumber in src/derive/format.ts). They must read exactly as Chromium's own vi-VN
 * `Intl` writes them: compared here on boundaries and on random numbers (fast-check, seeded).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDate, formatNumber, formatPercent, viNumber } from '../../src/derive/format.js';

const intl = (value: number, digits: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(value);
const intlDate = (y: number, m: number, d: number) =>
  new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));

describe('Vietnamese numbers and dates, by hand, as vi-VN Intl writes them', () => {
  it('writes the boundaries as Intl does: grouping, rounding half away from zero, carries, -0', () => {
    const cases: Array<[number, number, string]> = [
      [1234.5, 1, '1.234,5'], [1.005, 2, '1,01'], [999.996, 2, '1.000'], [2.5, 0, '3'], [-2.5, 0, '-3'], [0.5, 0, '1'],
      [-0.001, 2, '-0'], [-0, 1, '-0'], [0, 1, '0'], [1_234_567.891, 2, '1.234.567,89'], [100, 1, '100'], [1000, 0, '1.000'], [7.25, 1, '7,3'],
    ];
    for (const [value, digits, text] of cases) {
      expect(formatNumber(value, 'vi', digits), `${value}, ${digits}`).to.equal(text);
      expect(intl(value, digits), `Intl: ${value}, ${digits}`).to.equal(text);
    }
    expect(formatPercent(7.5, 'vi')).to.equal('7,5%');
  });

  it('leaves to Intl what String() writes with an exponent, NaN and infinities', () => {
    for (const value of [1e21, -3e25, 1e-7, NaN, Infinity, -Infinity]) {
      expect(viNumber(value, 2), String(value)).to.equal(undefined);
      expect(formatNumber(value, 'vi', 2), String(value)).to.equal(intl(value, 2));
    }
  });

  it('agrees with Intl on random numbers and digit counts', () => {
    const value = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
      fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 8),
    );
    fc.assert(fc.property(value, fc.integer({ min: 0, max: 3 }), (v, d) => formatNumber(v, 'vi', d) === intl(v, d)), { seed: 15, numRuns: 3000 });
  });

  it('writes dates day/month/year without leading zeros, as Intl does', () => {
    expect(formatDate('2023-09-30', 'vi')).to.equal('30/9/2023');
    expect(formatDate('2030-12-31', 'vi')).to.equal('31/12/2030');
    const date = fc.record({ y: fc.integer({ min: 1900, max: 2200 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(date, ({ y, m, d }) => formatDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'vi') === intlDate(y, m, d)),
      { seed: 15, numRuns: 500 },
    );
  });
});
