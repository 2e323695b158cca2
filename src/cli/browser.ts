/**
 * A local Chrome or Chromium, which draws PNG images (png.ts). Nothing is downloaded: the
 * reader's own browser, or none (then `--format svg` still works, it needs no browser).
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

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
