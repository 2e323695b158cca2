/**
 * The height of a static widget, measured by a local Chrome or Chromium when there is one. Node
 * has no layout engine, and an SVG image needs its height written down; text wrapping decides it.
 * Runs the browser headless on a page of our own (the widget's markup and one line of script),
 * with networking off, and reads the height back from the dumped DOM.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];
const KNOWN = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** CHROME_PATH, else a Chrome, Chromium or Edge on PATH or in its usual place. */
export function findBrowser(): string | undefined {
  const env = process.env.CHROME_PATH;
  if (env) return existsSync(env) ? env : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      for (const candidate of [join(dir, name), join(dir, `${name}.exe`)]) if (dir && existsSync(candidate)) return candidate;
    }
  }
  return KNOWN.find((p) => existsSync(p));
}

/** Lays `markup` out in the browser and returns the height of its first element, in CSS px. */
export async function measureHeight(browser: string, markup: string, timeout = 30_000): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'tiendo-measure-'));
  try {
    const page = join(dir, 'measure.html');
    await writeFile(page, `<!doctype html><html><head><meta charset="utf-8"><title>-</title></head><body style="margin:0">${markup}
<script>document.title = 'tiendo-height:' + Math.ceil(document.body.firstElementChild.getBoundingClientRect().height);</script></body></html>`);
    const dom = await run(browser, [
      '--headless', '--disable-gpu', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-extensions', `--user-data-dir=${join(dir, 'profile')}`, '--virtual-time-budget=2000', '--dump-dom',
      pathToFileURL(page).href,
    ], timeout);
    const m = /tiendo-height:(\d+)/.exec(dom);
    if (!m) throw new Error('the browser did not report a height');
    return Number(m[1]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.on('error', (e) => (clearTimeout(timer), reject(e)));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (out) resolve(out);
      else reject(new Error(`the browser exited with code ${code}`));
    });
  });
}
