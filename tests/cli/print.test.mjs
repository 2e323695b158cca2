// Print is its own layout, decided by the paper and not by the window: the demo page (what
// `npm start` shows) printed to A4 PDF by Chromium from a 1200 px and from a 720 px window, in
// Vietnamese and in English, read back with poppler's `pdftotext` as a reader's PDF tool would.
// Needs the built widgets (dist/bundled: `npm test` builds them first) and poppler-utils.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const run = promisify(execFile);
const feed = JSON.parse(readFileSync(join(root, 'fixtures/laocai-219-ctr-tu.json'), 'utf8'));
const NOW = '2026-06-30';

/**
 * Text as compared: NFC, one space for any run of white space, and no hyphens: a line may end
 * at a hyphen ("36-" / "NQ/TW"), and pdftotext joins such lines without it ("36NQ/TW").
 */
const normal = (text) => text.normalize('NFC').replace(/-\s*/g, '').replace(/\s+/g, ' ').trim();
const words = (text) => text.normalize('NFC').split(/\s+/).filter(Boolean);

/**
 * A header word broken across lines comes back from the PDF as two tokens in a row that join
 * into it ("Tuyê" "n", "HĐN" "D"). Returns the broken words found.
 */
function brokenWords(tokens, expected) {
  const broken = [];
  for (const word of expected) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (a.length < word.length && a + b === word) broken.push(`${a}|${b}`);
    }
  }
  return broken;
}

let server;
let browser;
let base;
const dir = mkdtempSync(join(tmpdir(), 'tiendo-print-'));
const printed = new Map();

/** The demo page printed to A4 from a window `width` px wide: its text, as pdftotext reads it. */
async function printDemo(lang, width, landscape = false) {
  const key = `${lang} ${width} ${landscape}`;
  if (!printed.has(key)) printed.set(key, (async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width, height: 900 });
      await page.goto(`${base}/demo/?lang=${lang}&now=${NOW}`, { waitUntil: 'load' });
      // Every widget has its feed (or its error) and has drawn it.
      await page.waitForFunction(() => {
        const widgets = [...document.querySelectorAll('tiendo-timeline, tiendo-matrix, tiendo-gauge')];
        return widgets.length > 0 && widgets.every((w) => ['ready', 'error'].includes(w.feedState?.phase) && !w.isUpdatePending && w.shadowRoot?.textContent?.trim());
      });
      const pdf = join(dir, `demo-${lang}-${width}${landscape ? '-landscape' : ''}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', landscape, printBackground: true }));
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
      return stdout;
    } finally {
      await page.close();
    }
  })());
  return printed.get(key);
}

const dist = existsSync(join(root, 'dist/bundled/index.js'));

describe('printing the demo page to A4 PDF', { skip: !dist && 'build the widgets first (npx rollup -c)' }, () => {
  before(async () => {
    server = await serve({ root, port: 0 });
    base = `http://127.0.0.1:${server.address().port}`;
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done()));
    rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['vi', 'en']) {
    const titles = feed.tasks.map((t) => t.title[lang]);
    const headers = feed.agencies.map((a) => (a.short ?? a.name)[lang]);

    it(`${lang}: every one of the 22 task titles prints in full, from a 1200 px and a 720 px window`, async () => {
      assert.equal(titles.length, 22);
      for (const width of [1200, 720]) {
        const text = normal(await printDemo(lang, width));
        const missing = titles.filter((t) => !text.includes(normal(t)));
        assert.deepEqual(missing, [], `titles cut or lost in the PDF printed from ${width} px`);
        // The legend's "From… (no end date)" is the one ellipsis meant to be there.
        assert.ok(!text.replace(/(Từ|From)… \(/g, '').includes('…'), `nothing is cut with "…" (${width} px)`);
      }
    });

    it(`${lang}: every matrix header prints with its words whole`, async () => {
      const headerWords = [...new Set(headers.flatMap(words))];
      for (const width of [1200, 720]) {
        const tokens = words(await printDemo(lang, width));
        assert.deepEqual(headerWords.filter((w) => !tokens.includes(w)), [], `header words missing (${width} px)`);
        assert.deepEqual(brokenWords(tokens, headerWords), [], `header words broken across lines (${width} px)`);
      }
    });

    it(`${lang}: the PDFs printed from 1200 px and from 720 px carry the same words`, async () => {
      const wide = words(await printDemo(lang, 1200));
      const narrow = words(await printDemo(lang, 720));
      assert.ok(wide.length > 1000, `a whole demo page of text (${wide.length} words)`);
      assert.deepEqual(narrow, wide);
    });
  }

  it('vi: each printed task gives its timeframe in the document\'s words and its status', async () => {
    const text = normal(await printDemo('vi', 1200));
    const missing = feed.tasks.filter((t) => !text.includes(normal(`${t.title.vi} Chưa có báo cáo`)) || !text.includes(` · ${normal(t.timeframe)}`));
    assert.deepEqual(missing.map((t) => t.number), []);
  });

  it('prints nothing a reader could only click: no sort arrows, hints, switches or folded credits', async () => {
    const vi = normal(await printDemo('vi', 1200));
    const en = normal(await printDemo('en', 720));
    for (const dead of ['⇅', 'Di chuột hoặc dùng phím mũi tên', 'Phím mũi tên', 'Theo số nhiệm vụ', 'Xem theo cơ quan', 'Cả chương trình', 'Về dữ liệu']) {
      assert.ok(!vi.includes(dead), `"${dead}" is printed`);
    }
    for (const dead of ['Hover over the table', 'Arrow keys', 'By workload', 'Whole programme', 'About the data']) {
      assert.ok(!en.includes(dead), `"${dead}" is printed`);
    }
  });

  it('A4 landscape: every title in full, headers whole, the words of portrait', async () => {
    const landscape = await printDemo('vi', 1200, true);
    const text = normal(landscape);
    assert.deepEqual(feed.tasks.filter((t) => !text.includes(normal(t.title.vi))).map((t) => t.number), []);
    const headerWords = [...new Set(feed.agencies.flatMap((a) => words((a.short ?? a.name).vi)))];
    assert.deepEqual(brokenWords(words(landscape), headerWords), []);
    // As a set: fewer pages repeat the table's header fewer times.
    const vocabulary = (t) => [...new Set(words(normal(t)))].sort();
    assert.deepEqual(vocabulary(landscape), vocabulary(await printDemo('vi', 720)));
  });

  it('the demo in its dark theme prints on a white page, as its widgets do', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/demo/?lang=vi&now=${NOW}`, { waitUntil: 'load' });
      await page.click('button[data-theme="dark"]');
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(await background(), 'rgb(255, 255, 255)', 'dark on screen');
      await page.emulateMediaType('print');
      assert.equal(await background(), 'rgb(255, 255, 255)');
    } finally {
      await page.close();
    }
  });
});
