/** <tiendo-timeline> in Chromium: no axe violations, in both themes, with the table and the details open, and narrow. */
import { expect } from '@open-wc/testing';
import { axeViolations, fixtureFeed } from '../widget-fixture.js';
import { $, row, mount, tableReady } from './timeline-fixture.js';

describe('<tiendo-timeline>: accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`has no axe violations in the ${theme} theme, with the table and the details open`, async function () {
      this.timeout(30000); // axe over the table and the dialog is slow on a busy machine
      const el = await mount(await fixtureFeed('laocai-219-ctr-tu.illustrative.json'), { theme, agency: 'dang-doan-hdnd-tinh' });
      await tableReady(el);
      $(el, '[data-action="table"]').click();
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
      row(el, 't5').click();
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('has no axe violations at 320 px', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), {}, 320);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
