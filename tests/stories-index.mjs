/**
 * The @web/test-runner side of the story check (tests/stories/): it lets the browser find every
 * story file, import the JSON fixtures stories import, and emulate print and forced colours.
 *
 * - `GET /__stories/index.json` lists `stories/**\/*.stories.ts`, read afresh on every request,
 *   so a new story file is checked without anyone editing a test.
 * - `import feed from '../fixtures/x.json'` works in Vite (Storybook) but not in a browser; the
 *   esbuild plugin cannot help (its json loader would also turn `fetch('/fixtures/x.json')` into
 *   JavaScript). So such imports get `?json-module` and only those requests become
 *   `export default …`.
 * - `/feeds/…` serves `fixtures/…`, as Storybook does (its `staticDirs`), for stories that load a
 *   feed by URL.
 * - The `story-media` command sets CSS media emulation (`media: 'print'`, `forced-colors`)
 *   through the DevTools protocol: puppeteer's own `emulateMediaFeatures` refuses
 *   `forced-colors`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const INDEX = '/__stories/index.json';
const JSON_MODULE = 'json-module';
const FEEDS = '/feeds/';

/** Every `*.stories.ts` under `dir`, as root-relative URL paths, sorted. */
async function storyFiles(root, dir = 'stories') {
  const found = [];
  const walk = async (folder) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.stories.ts')) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  await walk(join(root, dir));
  return found.sort();
}

/** A DevTools session per page, kept open: emulation ends when its session detaches. */
const sessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function storiesPlugin({ root = process.cwd() } = {}) {
  return {
    name: 'tiendo-stories',

    async serve(context) {
      if (context.path === INDEX) return { body: JSON.stringify(await storyFiles(root)), type: 'json' };
      if (context.path.startsWith(FEEDS) && !context.path.includes('..')) {
        const file = join(root, 'fixtures', decodeURIComponent(context.path.slice(FEEDS.length)));
        // A missing file falls through to the server's own 404, like any other URL.
        return readFile(file, 'utf8').then((body) => ({ body, type: 'json' }), () => undefined);
      }
      return undefined;
    },

    transformImport({ source }) {
      if (/\.json$/.test(source) && (source.startsWith('.') || source.startsWith('/'))) return `${source}?${JSON_MODULE}`;
      return undefined;
    },

    resolveMimeType(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has(JSON_MODULE)) return 'js';
      return undefined;
    },

    transform(context) {
      if (!context.path.endsWith('.json') || !context.URL.searchParams.has(JSON_MODULE)) return undefined;
      const body = typeof context.body === 'string' ? context.body : String(context.body);
      JSON.parse(body); // a broken fixture fails here, with its name in the runner's log
      return { body: `export default ${body};` };
    },

    async executeCommand({ command, payload, session }) {
      if (command !== 'story-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('story-media needs a puppeteer (Chromium) browser');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const { media = '', forcedColors } = payload ?? {};
      await cdp.send('Emulation.setEmulatedMedia', {
        media,
        features: [{ name: 'forced-colors', value: forcedColors ?? '' }],
      });
      return true;
    },
  };
}
