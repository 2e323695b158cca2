// Screenshots a page in Debian's Chromium, printing the page's console errors:
// node scripts/screenshot.mjs URL out.png [width=1280] [--dark] [--print out.pdf]
import puppeteer from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const flagValues = new Set(['--print', '--clip'].map((f) => process.argv[process.argv.indexOf(f) + 1]));
const [url, out, width = '1280'] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !flagValues.has(a));
const pdf = process.argv.includes('--print') ? process.argv[process.argv.indexOf('--print') + 1] : undefined;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'tiendo-shot-'))}`],
});
const page = await browser.newPage();
// A tall viewport, so that `content-visibility: auto` content counts as on screen.
await page.setViewport({ width: Number(width), height: process.argv.includes('--clip') ? 8000 : 900 });
if (process.argv.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
page.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.error(`console.${m.type()}:`, m.text()));
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 500));
// --clip Y:H takes a band of the page instead of all of it.
const clip = process.argv.includes('--clip') ? process.argv[process.argv.indexOf('--clip') + 1].split(':').map(Number) : undefined;
if (out) await page.screenshot(clip ? { path: out, clip: { x: 0, y: clip[0], width: Number(width), height: clip[1] } } : { path: out, fullPage: true });
if (pdf) await page.pdf({ path: pdf, format: 'A4', printBackground: true });
await browser.close();
