// A printed report of Programme 219's timeline runs onto a second A4 page: every page that carries
// task rows carries the ruler too (column head, today's date, the years), so that the bars on
// page 2 can be read. Chromium prints the A4 PDF of a page holding just the widget, from a desktop
// and from a phone window; poppler's pdftotext reads it back page by page (pages end with \f).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixture, root } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const run = promisify(execFile);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const bundled = join(root, 'dist/bundled');
const skip = (!existsSync(chrome) && 'no Chromium') || (!existsSync(bundled) && 'dist/bundled not built');

describe('a timeline printed over several pages', { skip }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tiendo-print-pages-'));
  let server;
  let browser;
  before(async () => {
    cpSync(bundled, join(tmp, 'tiendo'), { recursive: true });
    cpSync(fixture('laocai-219-ctr-tu.json'), join(tmp, 'feed.json'));
    for (const lang of ['vi', 'en']) {
      writeFileSync(join(tmp, `${lang}.html`), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
        <script type="module" src="tiendo/tiendo-timeline.js"></script></head>
        <body><h1>Báo cáo</h1><tiendo-timeline src="feed.json" now="2026-06-30"></tiendo-timeline></body></html>`);
    }
    server = await serve({ root: tmp, port: 0 });
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** The page printed to A4 from a window `width` px wide: the text of each PDF page. */
  async function printedPages(lang, width) {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width, height: 900 });
      await page.goto(`http://127.0.0.1:${server.address().port}/${lang}.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => {
        const w = document.querySelector('tiendo-timeline');
        return w.feedState?.phase === 'ready' && !w.isUpdatePending;
      });
      const pdf = join(tmp, `${lang}-${width}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
      return stdout.normalize('NFC').split('\f').filter((text) => text.trim());
    } finally {
      await page.close();
    }
  }

  const cases = [
    { lang: 'vi', rowWords: 'Chưa có báo cáo', ruler: ['Nhiệm vụ', 'Hôm nay 30/6/2026'] },
    { lang: 'en', rowWords: 'No report', ruler: ['Task', 'Today 30 Jun 2026'] },
  ];
  for (const { lang, rowWords, ruler } of cases) {
    for (const width of [1200, 400]) {
      it(`${lang}, from a ${width} px window: the ruler heads every page with task rows`, async () => {
        const pages = await printedPages(lang, width);
        const withRows = pages.filter((text) => text.includes(rowWords));
        assert.ok(withRows.length >= 2, `the 22 tasks run over at least two pages (${withRows.length})`);
        withRows.forEach((text, i) => {
          for (const words of ruler) assert.ok(text.includes(words), `page ${i + 1} of the rows has "${words}"`);
        });
      });
    }
  }
});
