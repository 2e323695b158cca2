/** <tiendo-matrix> in Chromium: no axe violations in either theme or language, headers, cards, a body chosen. */
import { expect } from '@open-wc/testing';
import { axeViolations, fixtureFeed } from '../widget-fixture.js';
import { REAL, matrix, type Attrs } from './matrix-fixture.js';

describe('<tiendo-matrix>: accessibility', () => {
  for (const [name, attrs] of [
    ['light, vi', {}],
    ['dark, en', { theme: 'dark', lang: 'en' }],
    ['vertical headers', { width: 700 }],
    ['cards', { width: 360 }],
    ['a body chosen', { agency: 'bcsd-ubnd-tinh' }],
  ] as Array<[string, Attrs]>) {
    it(`has no axe violations: ${name}`, async () => {
      const el = await matrix(await fixtureFeed(REAL), attrs);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }
});
