/**
 * Test-only route: the self-hostable folder as another version of tiendo would be, for the test
 * of two builds on one page (tests/embed/two-builds.test.ts). `/__build/<version>/<file>` is
 * dist/bundled/<file> with the version string changed: another URL, so the browser loads its
 * modules, its Lit and its classes again, as it would for a second copy of the folder.
 */
import { readFile } from 'node:fs/promises';

const VERSION = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version;

export async function otherBuild(ctx, next) {
  const m = /^\/__build\/([\w.-]+)\/([\w./-]+)$/.exec(ctx.path);
  if (!m || m[2].includes('..')) return next();
  const [, version, file] = m;
  let text;
  try {
    text = await readFile(new URL(`../dist/bundled/${file}`, import.meta.url), 'utf8');
  } catch {
    ctx.status = 404;
    return;
  }
  ctx.type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'text/plain';
  ctx.body = file.endsWith('.js') ? text.replaceAll(JSON.stringify(VERSION), JSON.stringify(version)) : text;
}
