// Publishes the feed schema (src/feed/schema.ts, zod/mini) as JSON Schema: dist/feed.schema.json.
// Done at build time in Node, because toJSONSchema would add 22 KB to every widget bundle.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

/** The docs, in the repository (the package ships the README only): as src/cli/guide.ts says it. */
const GUIDE = `${JSON.parse(readFileSync('package.json', 'utf8')).homepage.replace(/#.*$/, '')}/blob/main/docs/`;

export async function feedJsonSchema() {
  const out = join('node_modules', '.cache', 'tiendo', `schema-${process.pid}.mjs`); // inside the project, so that zod resolves
  await build({ entryPoints: ['src/feed/schema.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'error' });
  const { Feed } = await import(pathToFileURL(out).href);
  const z = await import('zod/mini');
  return {
    title: 'tiendo programme feed, version 1',
    description: `One public programme: its tasks, the agencies responsible, timeframes and targets. See ${GUIDE}feed.md.`,
    ...z.toJSONSchema(Feed, { io: 'input', unrepresentable: 'any' }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await mkdir('dist', { recursive: true });
  // One line: editors and validators read it; docs/feed.md is the version for people.
  await writeFile('dist/feed.schema.json', JSON.stringify(await feedJsonSchema()) + '\n');
  console.log('wrote dist/feed.schema.json');
}
