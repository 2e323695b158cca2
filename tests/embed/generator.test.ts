import { expect, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { showGenerator } from '../../src/embed/generator.js';

/** The generator, rendered into this page as embed.html renders it into its own. */
async function generator(query: string): Promise<HTMLElement> {
  document.querySelectorAll('main, link[data-test]').forEach((el) => el.remove());
  const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/src/embed/embed.css' });
  css.dataset.test = '';
  const loaded = new Promise((resolve) => (css.onload = resolve));
  document.head.append(css);
  const main = document.createElement('main');
  document.body.append(main);
  showGenerator(new URLSearchParams(query));
  await loaded;
  return main;
}

const codes = (main: HTMLElement) => [...main.querySelectorAll('textarea')].map((t) => t.value);

describe('snippet generator', () => {
  // The generator writes URLs relative to the page it is on: be embed.html for a while.
  const testPage = location.href;
  before(() => history.replaceState(null, '', '/dist/bundled/embed.html'));
  after(() => history.replaceState(null, '', testPage));

  it('has no axe violations, in Vietnamese and in English', async () => {
    for (const lang of ['vi', 'en']) {
      const main = await generator(`lang=${lang}&src=/fixtures/laocai-219-ctr-tu.json`);
      await waitUntil(() => main.querySelector('#opt-section option[value="III"]'), 'sections not read from the feed');
      const results: AxeResults = await (window as any).axe.run(main);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), lang).to.deep.equal([]);
    }
  });

  it('labels every control, and writes the choices into both snippets', async () => {
    const main = await generator('src=/fixtures/laocai-219-ctr-tu.json');
    const controls = main.querySelectorAll('input, select, textarea');
    expect(controls.length, 'controls found').to.be.greaterThan(4); // a radio per widget and the feed's URL at least
    for (const control of controls) {
      const el = control as HTMLInputElement;
      const named = el.labels?.length || el.getAttribute('aria-labelledby') || el.closest('label');
      expect(named, `${el.outerHTML.slice(0, 60)} has a label`).to.be.ok;
    }
    await waitUntil(() => main.querySelector('#opt-agency option[value="dang-doan-hdnd-tinh"]'), 'agencies not read from the feed');
    const agency = main.querySelector<HTMLSelectElement>('#opt-agency')!;
    agency.value = 'dang-doan-hdnd-tinh';
    agency.dispatchEvent(new Event('change'));
    const theme = main.querySelector<HTMLSelectElement>('#opt-theme')!;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    const now = main.querySelector<HTMLInputElement>('#now')!;
    now.value = '2026-06-30';
    now.dispatchEvent(new Event('change'));
    const [script, iframe] = codes(main);
    expect(script).to.contain(`<tiendo-timeline src="${location.origin}/fixtures/laocai-219-ctr-tu.json" lang="vi" theme="dark" now="2026-06-30" agency="dang-doan-hdnd-tinh"></tiendo-timeline>`);
    expect(iframe).to.contain(`<iframe data-tiendo src="${location.origin}/dist/bundled/embed.html?widget=timeline&amp;`);
    expect(iframe).to.contain('theme=dark&amp;now=2026-06-30&amp;agency=dang-doan-hdnd-tinh');
    expect(iframe).to.contain(`<script src="${location.origin}/dist/bundled/tiendo-embed.js" async></script>`);
    expect(iframe).to.contain('title="Tiến độ thực hiện — Dòng thời gian nhiệm vụ"');
  });

  it('says whether the code was copied', async () => {
    const main = await generator('lang=en');
    main.querySelector<HTMLButtonElement>('.output button')!.click();
    await waitUntil(() => main.querySelector('[role="status"].status')!.textContent, 'no status');
    expect(['Copied to the clipboard.', 'Could not copy: select the code and press Ctrl+C.']).to.include(main.querySelector('.status')!.textContent);
  });
});
