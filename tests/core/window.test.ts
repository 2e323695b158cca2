/**
 * core/window.ts: which rows of a long list are drawn — the timeline's rows of varying height and
 * the matrix's rows of one height, with the facts both widgets' own tests asserted before the
 * two virtualisers became one.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { drawn, evenly, placed, rowAt, stretches, windowOf, type Stack } from '../../src/core/window.js';

/** The matrix's window: 4 rows of overscan, steps of 6 rows. */
const matrixWindow = (count: number, rowHeight: number, offset: number, viewport: number) =>
  windowOf(evenly(count, rowHeight), { top: offset, height: viewport, overscan: 4 * rowHeight, step: 6 });

describe('window: rows of one height (the matrix)', () => {
  it('covers the view plus a margin, in steps', () => {
    expect(matrixWindow(10_000, 40, 0, 600)).to.deep.equal({ start: 0, end: 24 });
    const w = matrixWindow(10_000, 40, 4000, 600);
    expect(w.start).to.be.at.most(100 - 4);
    expect(w.end).to.be.at.least(115 + 4);
    expect(w.start % 6).to.equal(0);
    expect(matrixWindow(10_000, 40, 4010, 600), 'a small scroll redraws nothing').to.deep.equal(w);
  });

  it('stays inside the table', () => {
    expect(matrixWindow(30, 40, 99_999, 600).end).to.equal(30);
    expect(matrixWindow(30, 40, -500, 600).start).to.equal(0);
    expect(matrixWindow(0, 40, 0, 600)).to.deep.equal({ start: 0, end: 0 });
  });

  it('keeps the focused row outside the window, with gaps around', () => {
    const rows = evenly(100, 40);
    expect(stretches(rows, { start: 40, end: 60 }, [5])).to.deep.equal([
      { kind: 'gap', rows: 5, height: 200 }, { kind: 'rows', start: 5, end: 6 }, { kind: 'gap', rows: 34, height: 1360 },
      { kind: 'rows', start: 40, end: 60 }, { kind: 'gap', rows: 40, height: 1600 },
    ]);
    expect(stretches(rows, { start: 0, end: 20 }, [10])).to.deep.equal([{ kind: 'rows', start: 0, end: 20 }, { kind: 'gap', rows: 80, height: 3200 }]);
  });
});

describe('window: rows of varying height (the timeline)', () => {
  const rows = placed(Array.from({ length: 100 }, (_, i) => ({ y: i * 10, height: 10 })));
  /** The rows intersecting top…bottom, inclusive, as the timeline asked before. */
  const between = (stack: typeof rows, top: number, bottom: number) => {
    const w = windowOf(stack, { top, height: bottom - top, overscan: 0 });
    return [w.start, w.end - 1];
  };

  it('finds the rows between two heights', () => {
    expect(between(rows, 0, 30)).to.deep.equal([0, 2]);
    expect(between(rows, 55, 75)).to.deep.equal([5, 7]);
    expect(between(rows, -50, 5000)).to.deep.equal([0, 99]);
    expect(windowOf(placed([]), { top: 0, height: 10, overscan: 0 })).to.deep.equal({ start: 0, end: 0 });
    expect(rowAt(placed([{ y: 0, height: 30 }, { y: 30, height: 5 }, { y: 35, height: 100 }]), 34.9), 'by each row’s own height').to.equal(1);
  });

  it('stands spacers in for the rows left out, and keeps a pinned row in place', () => {
    const heights = (s: ReturnType<typeof stretches>) => s.map((x) => (x.kind === 'gap' ? { gap: x.height } : { rows: [x.start, x.end - 1] }));
    expect(heights(stretches(rows, { start: 0, end: 100 }))).to.deep.equal([{ rows: [0, 99] }]);
    expect(heights(stretches(rows, { start: 10, end: 20 }))).to.deep.equal([{ gap: 100 }, { rows: [10, 19] }, { gap: 800 }]);
    expect(heights(stretches(rows, { start: 10, end: 20 }, [95]))).to.deep.equal([{ gap: 100 }, { rows: [10, 19] }, { gap: 750 }, { rows: [95, 95] }, { gap: 40 }]);
    expect(heights(stretches(rows, { start: 10, end: 20 }, [0, 15]))).to.deep.equal([{ rows: [0, 0] }, { gap: 90 }, { rows: [10, 19] }, { gap: 800 }]);
    expect(stretches(placed([]), { start: 0, end: 0 }, [0])).to.deep.equal([]);
  });

  it('keys drawn rows by their own key, so a pinned row keeps its element when the window reaches it', () => {
    const key = (i: number) => `t${i}`;
    const far = drawn(rows, { start: 0, end: 5 }, [50], key).map((d) => d.key);
    const near = drawn(rows, { start: 46, end: 55 }, [50], key).map((d) => d.key);
    expect(far).to.include('t50');
    expect(near).to.include('t50');
    expect(far.filter((k) => k.startsWith('#'))).to.have.length(2);
    expect(drawn(rows, { start: 0, end: 100 }, [0], key).every((d) => d.gap === undefined)).to.equal(true);
  });
});

describe('rowAt: the row holding a height, by halves (d3-array bisector) or by division', () => {
  /** The definition, one row at a time: the first row whose bottom (the next row's top) is below `y`. */
  const linear = (stack: Stack, y: number) => {
    for (let i = 0; i < stack.count - 1; i++) if (stack.top(i + 1) > y) return i;
    return Math.max(0, stack.count - 1);
  };
  const heights = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 });
  const placedRows = (hs: number[]) => {
    let y = 0;
    return placed(hs.map((height) => ({ y: (y += height) - height, height })));
  };

  it('agrees with the one-row-at-a-time definition, on the edges of rows too', () => {
    fc.assert(
      fc.property(heights, fc.double({ min: -100, max: 3000, noNaN: true }), (hs, y) => {
        const stack = placedRows(hs);
        expect(rowAt(stack, y)).to.equal(linear(stack, y));
        // Exactly on a row's top: that row (or, for rows of no height there, the last of them).
        for (let i = 0; i < stack.count; i++) expect(rowAt(stack, stack.top(i))).to.equal(linear(stack, stack.top(i)));
      }),
      { seed: 20261203, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(500), fc.integer({ min: 0, max: 80 }), fc.double({ min: -1000, max: 50_000, noNaN: true }), (count, height, y) => {
        const stack = evenly(count, height);
        expect(rowAt(stack, y)).to.equal(linear(stack, y));
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('at the boundaries: a row’s top is that row, just above it the row before; outside, the first or last row', () => {
    const rows = evenly(10, 40);
    expect(rowAt(rows, 80)).to.equal(2);
    expect(rowAt(rows, 79.99)).to.equal(1);
    expect(rowAt(rows, -1)).to.equal(0);
    expect(rowAt(rows, 1e9)).to.equal(9);
    expect(rowAt(rows, Number.NaN)).to.equal(0);
    expect(rowAt(evenly(0, 40), 100), 'no rows: 0, as windowOf expects').to.equal(0);
    const uneven = placed([{ y: 0, height: 30 }, { y: 30, height: 5 }, { y: 35, height: 100 }]);
    expect(rowAt(uneven, 30)).to.equal(1);
    expect(rowAt(uneven, 35)).to.equal(2);
    expect(rowAt(uneven, 134.9)).to.equal(2);
  });
});
