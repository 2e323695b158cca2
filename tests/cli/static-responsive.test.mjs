// `tiendo render … --out x.html` without --width: one page that reads on a 360 px phone and on a
// 1200 px desktop, opened in Chromium with JavaScript off (a CMS that strips scripts). What a
// reader sees: no sideways scrolling, every task title whole, the today line on the axis's date,
// no controls that need a script, the data table one <details> away.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, tiendo } from './helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'tiendo-responsive-'));
const feedPath = fixture('laocai-219-ctr-tu.json');
const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
// The tests compare every task title drawn with this feed's: it must have them.
assert.equal(feed.tasks.length, 22);
const NOW = '2026-06-30';
const WIDTHS = [360, 1200];
const titles = (lang) => feed.tasks.map((t) => (typeof t.title === 'string' ? t.title : t.title[lang]));

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
describe('tiendo render without --width: responsive static pages', { skip: !existsSync(chrome) && 'no Chromium' }, () => {
  let browser;
  before(async () => {
    for (const w of ['timeline', 'matrix', 'gauge']) {
      const r = await tiendo(['render', w, feedPath, '--now', NOW, '--out', join(tmp, `${w}.html`)]);
      assert.equal(r.code, 0, r.stderr);
    }
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath: chrome,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => browser?.close());

  async function open(widget, width) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width, height: 800 });
    await page.goto(pathToFileURL(join(tmp, `${widget}.html`)).href, { waitUntil: 'load' });
    return page;
  }

  /** Titles shown whole: laid out, not hidden, not cut by a clamp or an ellipsis. */
  function visibleTitles(selector) {
    return (page, tag) =>
      page.evaluate(
        (tag, selector) => {
          const root = document.querySelector(tag).shadowRoot;
          return [...root.querySelectorAll(selector)].map((el) => {
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return {
              text: el.textContent.replace(/\s+/g, ' ').trim(),
              shown: r.width > 0 && r.height > 0 && s.visibility !== 'hidden',
              whole: el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
              inside: r.left >= 0 && r.right <= document.documentElement.clientWidth + 0.5,
            };
          });
        },
        tag,
        selector,
      );
  }

  for (const width of WIDTHS) {
    for (const [widget, tag] of [['timeline', 'tiendo-timeline'], ['matrix', 'tiendo-matrix'], ['gauge', 'tiendo-gauge']]) {
      it(`${widget} at ${width} px: no sideways scrolling`, async () => {
        const page = await open(widget, width);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        await page.close();
        assert.ok(scrollWidth <= clientWidth, `the document is ${scrollWidth}px wide in a ${clientWidth}px window`);
      });
    }

    it(`timeline at ${width} px: all 22 task titles whole, inside the window`, async () => {
      const page = await open('timeline', width);
      const seen = await visibleTitles('[part~="task-row"] .title')(page, 'tiendo-timeline');
      await page.close();
      assert.deepEqual(seen.map((s) => s.text), titles('vi'));
      for (const s of seen) assert.ok(s.shown && s.whole && s.inside, `"${s.text.slice(0, 40)}…" is cut or hidden: ${JSON.stringify(s)}`);
    });

    it(`matrix at ${width} px: all 22 task titles whole`, async () => {
      const page = await open('matrix', width);
      const seen = await visibleTitles('tbody th.task .title')(page, 'tiendo-matrix');
      await page.close();
      assert.deepEqual(seen.map((s) => s.text), titles('vi'));
      for (const s of seen) assert.ok(s.shown && s.whole, `"${s.text.slice(0, 40)}…" is cut or hidden: ${JSON.stringify(s)}`);
    });

    it(`timeline at ${width} px: every row's today line is on the axis's 30/6/2026`, async () => {
      const page = await open('timeline', width);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('tiendo-timeline').shadowRoot;
        const centre = (el) => {
          const r = el.getBoundingClientRect();
          return (r.left + r.right) / 2;
        };
        // A named year's label starts 3 px after the start of its year (rows.ts).
        const yearStart = (year) => {
          const label = [...root.querySelectorAll('.ruler text.year')].find((t) => t.textContent.trim() === String(year));
          return label ? label.getBoundingClientRect().left - 3 : null;
        };
        return {
          label: root.querySelector('.ruler .today-label').textContent,
          marker: centre(root.querySelector('.ruler line.today')),
          rows: [...root.querySelectorAll('[part~="task-row"] [part~="today"]')].map(centre),
          y2026: yearStart(2026),
          y2028: yearStart(2028),
        };
      });
      await page.close();
      assert.match(seen.label, /30\/6\/2026/);
      assert.ok(seen.y2026 !== null && seen.y2028 !== null, 'the axis names 2026 and 2028');
      // 30 June is day 180 of the 730 between 1/1/2026 and 1/1/2028.
      const expected = seen.y2026 + ((seen.y2028 - seen.y2026) * 180) / 730;
      assert.ok(Math.abs(seen.marker - expected) < 3, `the axis marker at ${seen.marker}, 30/6/2026 at ${expected}`);
      assert.equal(seen.rows.length, 22, 'a today line in every task row');
      for (const x of seen.rows) assert.ok(Math.abs(x - seen.marker) < 1.5, `a row's today line at ${x}, the axis marker at ${seen.marker}`);
    });

    it(`timeline at ${width} px: no controls that need a script; the table one <details> away`, async () => {
      const page = await open('timeline', width);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('tiendo-timeline').shadowRoot;
        const shown = (el) => el && el.getBoundingClientRect().width > 0;
        const details = root.querySelector('details[part~="table"]');
        return {
          chevrons: [...root.querySelectorAll('.chevron')].filter(shown).length,
          buttons: [...root.querySelectorAll('button')].filter(shown).length,
          keys: root.textContent.includes('Phím mũi tên') && shown(root.querySelector('.keys')),
          summary: details?.querySelector('summary').textContent.trim(),
          tableRows: details?.querySelectorAll('tbody tr').length,
          srOnlyTable: root.querySelector('.table-box.sr-only') !== null,
        };
      });
      await page.close();
      assert.equal(seen.chevrons, 0, 'fold chevrons');
      assert.equal(seen.buttons, 0, 'buttons');
      assert.equal(seen.keys, false, 'the keyboard hint');
      assert.equal(seen.summary, 'Các nhiệm vụ của 219-CTr/TU');
      assert.equal(seen.tableRows, 22);
      assert.equal(seen.srOnlyTable, false);
    });
  }

  it('the timeline stacks below the live widget’s breakpoint: status under the title at 360 px, in its own column at 1200 px', async () => {
    const at = async (width) => {
      const page = await open('timeline', width);
      const r = await page.evaluate(() => {
        const row = document.querySelector('tiendo-timeline').shadowRoot.querySelector('[part~="task-row"]');
        const box = (sel) => {
          const { top, bottom, left, right } = row.querySelector(sel).getBoundingClientRect();
          return { top, bottom, left, right };
        };
        return { label: box('.label'), status: box('.status'), track: box('.track') };
      });
      await page.close();
      return r;
    };
    const phone = await at(360);
    assert.ok(phone.track.top >= phone.label.bottom - 1, `the bar below the title on a phone: ${JSON.stringify(phone)}`);
    const desk = await at(1200);
    assert.ok(desk.status.left >= desk.label.right - 1 && desk.track.left >= desk.status.right - 1, `title | status | bar on a desktop: ${JSON.stringify(desk)}`);
  });
});
