/** Periods, pan and zoom, keys: the timeline's other pure parts (its rows in view: tests/core/window.test.ts). */
import { expect } from '@open-wc/testing';
import { pan, parseBound, requestedRange, zoom } from '../../src/timeline/range.js';
import { navigate } from '../../src/timeline/navigation.js';
import type { Row } from '../../src/timeline/layout.js';

describe('timeline range', () => {
  it('reads from/to as years, months, quarters or dates, and ignores anything else', () => {
    expect(parseBound('2026', 'start')).to.equal('2026-01-01');
    expect(parseBound('2026', 'end')).to.equal('2026-12-31');
    expect(parseBound('2026-02', 'end')).to.equal('2026-02-28');
    expect(parseBound('2026-Q3', 'start')).to.equal('2026-07-01');
    expect(parseBound('2026q4', 'end')).to.equal('2026-12-31');
    expect(parseBound('2026-07-15', 'end')).to.equal('2026-07-15');
    for (const bad of ['', '26', '2026-13', '2026-02-30', 'next year', '1800', null]) expect(parseBound(bad, 'start')).to.equal(undefined);
  });

  it('keeps the default for a missing, unreadable or backwards side', () => {
    const fallback = { start: '2023-01-01', end: '2030-12-31' };
    expect(requestedRange(fallback, '2025', undefined)).to.deep.equal({ start: '2025-01-01', end: '2030-12-31' });
    expect(requestedRange(fallback, 'soon', '2027')).to.deep.equal({ start: '2023-01-01', end: '2027-12-31' });
    expect(requestedRange(fallback, '2029', '2024')).to.deep.equal(fallback);
  });

  it('pans by a year over long ranges, by a quarter under two years, by a month under six months', () => {
    expect(pan({ start: '2023-01-01', end: '2030-12-31' }, 1)).to.deep.equal({ start: '2024-01-01', end: '2031-12-31' });
    expect(pan({ start: '2026-01-01', end: '2026-12-31' }, -1)).to.deep.equal({ start: '2025-10-01', end: '2026-09-30' });
    expect(pan({ start: '2026-01-01', end: '2026-03-31' }, 1)).to.deep.equal({ start: '2026-02-01', end: '2026-04-30' });
  });

  it('zooms around the middle in whole quarters or years', () => {
    expect(zoom({ start: '2023-01-01', end: '2030-12-31' }, 0.5)).to.deep.equal({ start: '2025-01-01', end: '2028-12-31' });
    expect(zoom({ start: '2023-01-01', end: '2030-12-31' }, 2)).to.deep.equal({ start: '2019-01-01', end: '2034-12-31' });
    expect(zoom({ start: '2026-01-01', end: '2026-03-31' }, 0.5)).to.deep.equal({ start: '2026-01-01', end: '2026-03-31' });
  });
});

describe('timeline keys', () => {
  const section = (key: string, collapsed = false): Row => ({ type: 'section', key, collapsed, count: 2 }) as any;
  const task = (key: string): Row => ({ type: 'task', key }) as any;
  const rows = [section('#I'), task('t1'), task('t2'), section('#II', true), section('#III')];
  const key = (k: string, index: number, shiftKey = false) => navigate(rows, index, { key: k, shiftKey });

  it('moves up, down, home, end and by pages, within bounds', () => {
    expect(key('ArrowDown', 0)).to.deep.equal({ type: 'focus', index: 1 });
    expect(key('ArrowUp', 0)).to.deep.equal({ type: 'focus', index: 0 });
    expect(key('End', 1)).to.deep.equal({ type: 'focus', index: 4 });
    expect(key('Home', 3)).to.deep.equal({ type: 'focus', index: 0 });
    expect(navigate(rows, 0, { key: 'PageDown' }, 3)).to.deep.equal({ type: 'focus', index: 3 });
  });

  it('folds and unfolds sections as a tree does, and goes from a task to its section', () => {
    expect(key('ArrowLeft', 0)).to.deep.equal({ type: 'fold', index: 0, collapsed: true });
    expect(key('ArrowRight', 0)).to.deep.equal({ type: 'focus', index: 1 });
    expect(key('ArrowRight', 3)).to.deep.equal({ type: 'fold', index: 3, collapsed: false });
    expect(key('ArrowLeft', 2)).to.deep.equal({ type: 'focus', index: 0 });
    expect(key('Enter', 3)).to.deep.equal({ type: 'fold', index: 3, collapsed: false });
  });

  it('opens a task with Enter or Space; pans with Shift+arrows; zooms with + and −', () => {
    expect(key('Enter', 2)).to.deep.equal({ type: 'open', index: 2 });
    expect(key(' ', 1)).to.deep.equal({ type: 'open', index: 1 });
    expect(key('ArrowRight', 1, true)).to.deep.equal({ type: 'pan', direction: 1 });
    expect(key('ArrowLeft', 1, true)).to.deep.equal({ type: 'pan', direction: -1 });
    expect(key('+', 1)).to.deep.equal({ type: 'zoom', direction: 1 });
    expect(key('-', 1)).to.deep.equal({ type: 'zoom', direction: -1 });
  });

  it('leaves Tab, letters and shortcuts to the browser', () => {
    expect(key('Tab', 1)).to.equal(undefined);
    expect(key('a', 1)).to.equal(undefined);
    expect(navigate(rows, 1, { key: 'ArrowDown', ctrlKey: true })).to.equal(undefined);
  });
});
