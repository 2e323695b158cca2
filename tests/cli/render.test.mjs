// `tiendo render`, spawned: static pages, fragments and SVG of the three widgets, then the pages
// opened in Chromium with JavaScript off, as a reader whose CMS strips scripts sees them.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, tiendo } from './helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'tiendo-render-'));
const feed = fixture('laocai-219-ctr-tu.illustrative.json');
const NOW = '2026-06-30';

async function render(widget, out, ...args) {
  const path = join(tmp, out);
  const r = await tiendo(['render', widget, feed, '--now', NOW, '--out', path, ...args]);
  return { ...r, path, text: r.code === 0 ? readFileSync(path, 'utf8') : '' };
}

describe('tiendo render: static HTML', () => {
  const pages = {};
  before(async () => {
    for (const w of ['timeline', 'matrix', 'gauge']) pages[w] = await render(w, `${w}.html`);
  });

  for (const w of ['timeline', 'matrix', 'gauge']) {
    it(`${w}: a whole page, no script, the element with a declarative shadow root`, () => {
      const { code, stderr, text } = pages[w];
      assert.equal(code, 0, stderr);
      assert.match(text, /^<!doctype html>\n<html lang="vi">/);
      assert.match(text, new RegExp(`<tiendo-${w} [^>]*now="${NOW}"[^>]*><template shadowroot(mode)?="open"`));
      assert.doesNotMatch(text, /<script/i, 'no JavaScript at all');
      assert.doesNotMatch(text, /<!--\/?lit-part|<!--lit-node/, 'no hydration markers');
      assert.doesNotMatch(text, /style="/, 'no style attributes (strict CSP)');
    });
  }

  it('timeline: every task row, the today line, a track per task and the data table', () => {
    const { text } = pages.timeline;
    assert.equal(text.match(/part="task-row"/g)?.length, 22);
    assert.match(text, /Hôm nay 30\/6\/2026/);
    assert.equal(text.match(/part="track"/g)?.length, 22);
    assert.match(text, /<table[\s>]/);
    assert.match(text, /Xong trong Quý III\/2023/);
  });

  it('matrix: task 5 is led by the People’s Council Party group (CT) and supported by the PPC delegation (PH)', () => {
    const { text } = pages.matrix;
    assert.match(text, /<table[\s>]/);
    assert.match(text, /Rà soát hoàn thiện cơ chế, chính sách của tỉnh/);
    assert.ok((text.match(/>CT</g)?.length ?? 0) >= 22, 'at least one lead badge per task');
  });

  it('gauge: the GRDP share is 3,8% against about 7% by 2030', () => {
    const { text } = pages.gauge;
    assert.match(text, /3,8\s?%/);
    assert.match(text, /khoảng 7\s?% đến năm 2030/);
  });

  it('English, dark, one target, another width', async () => {
    const r = await render('gauge', 'gauge-en.html', '--lang', 'en', '--theme', 'dark', '--target', 'cnsh-grdp', '--width', '360');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.text, /<html lang="en">/);
    assert.match(r.text, /<tiendo-gauge [^>]*theme="dark"/);
    assert.match(r.text, /target="cnsh-grdp"/);
    assert.match(r.text, /max-width: 360px/);
    assert.equal(r.text.match(/part="gauge"/g)?.length, 1, 'one card');
    assert.match(r.text, /Contribution of the bio-industry to the province's GRDP|Contribution of the bio-industry to the province&#39;s GRDP/);
  });

  it('a fragment to paste into a page: just the element', async () => {
    const r = await render('matrix', 'matrix-fragment.html', '--format', 'fragment');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.text, /^<!-- tiendo [\d.]+: matrix of 219-CTr\/TU, rendered \d{4}-\d\d-\d\d -->\n<tiendo-matrix /);
    assert.doesNotMatch(r.text, /<html|<body|<head/);
  });

  it('a 1000-task feed: every row is in the static page (no virtual scrolling without a script)', async () => {
    const r = await tiendo(['render', 'timeline', fixture('large-1000.json'), '--now', NOW]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.match(/part="task-row"/g)?.length, 1000);
  });

  it('--attr sets any other attribute; --csp prints the style hashes a strict policy needs', async () => {
    const r = await tiendo(['render', 'gauge', feed, '--now', NOW, '--attr', 'variant=bar', '--csp', '--out', join(tmp, 'bar.html')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(join(tmp, 'bar.html'), 'utf8'), /<tiendo-gauge [^>]*variant="bar"/);
    assert.match(r.stderr, /^Content-Security-Policy: style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*'){2,}\n$/);
  });

  it('to standard output when there is no --out', async () => {
    const r = await tiendo(['render', 'gauge', feed, '--now', NOW]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^<!doctype html>/);
  });
});

describe('tiendo render: --height is gone', () => {
  it('an image is as tall as its picture: --height is one line, exit 2', async () => {
    const r = await render('timeline', 'x.svg', '--height', '900');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tiendo: --height is no longer needed: an SVG or PNG image is as tall as its picture\n');
  });
});

describe('tiendo render: errors', () => {
  it('an unknown widget: one line, exit 2', async () => {
    const r = await tiendo(['render', 'gantt', feed]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tiendo: unknown widget "gantt" (use timeline, matrix, gauge or summary)\n');
  });

  it('a missing feed: one line, exit 2', async () => {
    const r = await tiendo(['render', 'timeline', 'feeds/none.json']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tiendo: file not found: feeds/none.json\n');
  });

  it('a feed the widgets refuse: its problems, nothing rendered, exit 1', async () => {
    const r = await tiendo(['render', 'timeline', fixture('invalid/wrong-types.json'), '--out', join(tmp, 'never.html')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /wrong-types\.json:11:15: error: programme\.issued: Wrong .*format.*"22\/5\/2023"/);
    assert.match(r.stderr, /nothing rendered\n$/);
    assert.equal(existsSync(join(tmp, 'never.html')), false);
  });

  it('a feed with a skipped item still renders, and says so', async () => {
    const r = await tiendo(['render', 'timeline', fixture('invalid/duplicate-id.json'), '--now', NOW]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /has 2 problems; the widget shows the rest and lists them/);
    assert.match(r.stdout, /part="problems"/);
    // The skipped task by its number and title, not only counted.
    assert.match(r.stdout, /<ul class="skipped-names">\s*<li>3\. Tôn vinh, khen thưởng các tổ chức, cá nhân hoạt động hiệu quả\.<\/li>/);
  });

  it('an unknown target: one line listing the targets, exit 2', async () => {
    const r = await tiendo(['render', 'gauge', feed, '--target', 'grdp']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tiendo: no target "grdp" in .* \(targets: nong-san-quy-trinh-tot, nong-san-sau-che-bien, cnsh-grdp, /);
  });

  it('--target on another widget, a bad --now, theme or width: one line each, exit 2', async () => {
    for (const [args, message] of [
      [['timeline', feed, '--target', 'x'], 'tiendo: --target is for the gauge\n'],
      [['timeline', feed, '--now', '30/6/2026'], 'tiendo: --now must be a date as YYYY-MM-DD, got "30/6/2026"\n'],
      [['timeline', feed, '--theme', 'sepia'], 'tiendo: --theme must be light, dark or auto, got "sepia"\n'],
      [['timeline', feed, '--width', '100'], 'tiendo: --width must be a whole number of pixels from 280 to 4000, got "100"\n'],
    ]) {
      const r = await tiendo(['render', ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr, message);
    }
  });
});

// The static output in a real browser with JavaScript disabled. Needs Chromium (CI installs it).
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
describe('tiendo render: opened in Chromium with JavaScript off', { skip: !existsSync(chrome) && 'no Chromium' }, () => {
  let browser;
  let server;
  let base;
  before(async () => {
    for (const w of ['timeline', 'matrix', 'gauge']) {
      const r = await render(w, `${w}-browser.html`);
      assert.equal(r.code, 0, r.stderr);
    }
    server = createServer((req, res) => {
      const file = join(tmp, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8' }).end(readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath: chrome,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(url, width = 1200) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  it('timeline: shadow root, 22 task rows with their bars, styled, the table for screen readers', async () => {
    const page = await open(`${base}/timeline-browser.html`);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('tiendo-timeline').shadowRoot;
      const row = root.querySelector('[part~="task-row"]');
      const table = root.querySelector('table');
      return {
        rows: root.querySelectorAll('[part~="task-row"]').length,
        bars: root.querySelectorAll('[part~="bar"]').length,
        firstTitle: row.textContent.replace(/\s+/g, ' ').trim(),
        rowHeight: row.getBoundingClientRect().height,
        today: getComputedStyle(root.querySelector('[part~="today"]')).stroke,
        tableRows: table?.querySelectorAll('tbody tr').length,
        toolbarShown: getComputedStyle(root.querySelector('[part~="toolbar"]')).display !== 'none',
      };
    });
    await page.close();
    assert.equal(seen.rows, 22);
    assert.ok(seen.bars >= 22, `${seen.bars} bars`);
    assert.match(seen.firstTitle, /1 ?Tổ chức học tập, quán triệt/);
    // Static rows grow with their titles (never cut without a script to show the rest).
    assert.ok(seen.rowHeight > 30 && seen.rowHeight < 200, `a styled row is ${seen.rowHeight}px tall`);
    assert.equal(seen.today, 'rgb(191, 57, 137)', 'the today line has the theme colour: the styles applied');
    assert.ok(seen.tableRows >= 22, 'the data table is there');
    assert.equal(seen.toolbarShown, false, 'buttons that need a script are hidden');
  });

  it('matrix: the table with a lead and coordinating cell per task, and the totals', async () => {
    const page = await open(`${base}/matrix-browser.html`);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('tiendo-matrix').shadowRoot;
      const table = root.querySelector('table');
      const ct = [...root.querySelectorAll('td, th')].filter((c) => /^\s*CT\s*$/.test(c.textContent) || c.textContent.includes('Chủ trì')).length;
      return { rows: table.querySelectorAll('tbody tr').length, ct, width: table.getBoundingClientRect().width, fontWeight: getComputedStyle(table.querySelector('thead th')).fontWeight };
    });
    await page.close();
    assert.ok(seen.rows >= 22, `${seen.rows} rows`);
    assert.ok(seen.ct >= 22, `${seen.ct} lead cells`);
    assert.ok(seen.width > 500, 'laid out at its width');
  });

  it('gauge: three gauges drawn, values in words, the data table folded away', async () => {
    const page = await open(`${base}/gauge-browser.html`);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('tiendo-gauge').shadowRoot;
      return {
        cards: root.querySelectorAll('[part~="gauge"]').length,
        pictures: [...root.querySelectorAll('svg[part~="picture"]')].map((s) => Math.round(s.getBoundingClientRect().width)),
        text: root.textContent.replace(/\s+/g, ' '),
        details: root.querySelector('details') !== null,
      };
    });
    await page.close();
    assert.equal(seen.cards, 3);
    assert.ok(seen.pictures.every((w) => w > 100), `pictures ${seen.pictures}`);
    assert.match(seen.text, /58,5%/);
    assert.ok(seen.details);
  });

  it('the page fits a 360 px phone when rendered with --width 360', async () => {
    const r = await render('timeline', 'timeline-360.html', '--width', '360');
    assert.equal(r.code, 0, r.stderr);
    const page = await open(`${base}/timeline-360.html`, 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    assert.ok(overflow <= 0, `${overflow}px of horizontal scrolling`);
  });

  it('the file opens directly too (file://)', async () => {
    const page = await open(pathToFileURL(join(tmp, 'gauge-browser.html')).href);
    const cards = await page.evaluate(() => document.querySelector('tiendo-gauge').shadowRoot.querySelectorAll('[part~="gauge"]').length);
    await page.close();
    assert.equal(cards, 3);
  });
});
