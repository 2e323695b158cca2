// A webmaster pastes `tiendo render timeline … --format fragment --attr src=<feed URL>` into an
// article and loads the widget's script on the same page (docs/cli.md, "Server-rendered, then
// live"). Opened in Chromium from a web server, the self-hosted folder next to it: with scripts
// off the reader has the server's picture; with scripts on, the live timeline replaces it — one
// chart, the live controls, never the programme twice.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, root, tiendo } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const bundled = join(root, 'dist/bundled');

describe('a server-rendered fragment on a page that loads the script', { skip: (!existsSync(chrome) && 'no Chromium') || (!existsSync(bundled) && 'dist/bundled not built') }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tiendo-prerendered-'));
  let browser;
  let server;
  let base;
  before(async () => {
    cpSync(bundled, join(tmp, 'tiendo'), { recursive: true });
    cpSync(fixture('laocai-219-ctr-tu.json'), join(tmp, 'feed.json'));
    const r = await tiendo(['render', 'timeline', fixture('laocai-219-ctr-tu.json'), '--format', 'fragment', '--now', '2026-06-30', '--attr', 'src=feed.json']);
    assert.equal(r.code, 0, r.stderr);
    writeFileSync(join(tmp, 'article.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8">
      <script type="module" src="tiendo/tiendo-timeline.js"></script></head>
      <body><h1>Tiến độ Chương trình 219</h1>${r.stdout}</body></html>`);
    server = await serve({ root: tmp, port: 0 });
    base = `http://127.0.0.1:${server.address().port}`;
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** What the reader has in the timeline's shadow root. */
  const seen = (page) =>
    page.evaluate(() => {
      const shadow = document.querySelector('tiendo-timeline').shadowRoot;
      const visible = (el) => el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none';
      return {
        charts: shadow.querySelectorAll('[part="chart"]').length,
        captions: shadow.querySelectorAll('[part="caption"]').length,
        rows: shadow.querySelectorAll('[part="task-row"]').length,
        toolbar: visible(shadow.querySelector('[part="toolbar"]')),
        static: shadow.querySelectorAll('.timeline.static').length,
      };
    });

  it('without --now the picture is drawn for the day of rendering and the element is not pinned to it', async () => {
    const r = await tiendo(['render', 'timeline', fixture('laocai-219-ctr-tu.json'), '--format', 'fragment', '--attr', 'src=feed.json']);
    assert.equal(r.code, 0, r.stderr);
    const tag = /<tiendo-timeline [^>]*>/.exec(r.stdout)?.[0];
    assert.ok(tag, 'the element');
    assert.doesNotMatch(tag, /\bnow=/, 'live, it follows the reader\'s today');
    const d = new Date();
    assert.match(r.stdout, new RegExp(`Hôm nay ${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`), 'the server picture\'s today line');
  });

  it('with scripts off: the server picture, every task, no controls', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${base}/article.html`, { waitUntil: 'load' });
    const s = await seen(page);
    assert.equal(s.charts, 1);
    assert.equal(s.rows, 22);
    assert.equal(s.static, 1, 'the static rendering');
    assert.equal(s.toolbar, false, 'no controls that need a script');
    await page.close();
  });

  it('with scripts on: the live timeline replaces it, once', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/article.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('tiendo-timeline').shadowRoot.querySelector('[part="toolbar"]'), { timeout: 20_000 });
    const s = await seen(page);
    assert.deepEqual(errors, []);
    assert.equal(s.charts, 1, 'one chart, not the server copy and the live one');
    assert.equal(s.captions, 1);
    assert.equal(s.static, 0, 'the live widget, not the static one');
    assert.equal(s.toolbar, true, 'the live controls');
    assert.equal(s.rows, 22);
    await page.close();
  });
});
