// The feed's schema as the generator reads it: src/feed/schema.ts, rules.ts and bidi.ts bundled
// into one module, so that a rule the schema refines with is the very function rules.ts exports
// (the generator names a refine by finding its function there) and a text is isolated as the
// widgets isolate it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = "export * as schema from './src/feed/schema.ts'; export * as rules from './src/feed/rules.ts'; export { isolate } from './src/feed/bidi.ts';";

/** `{ schema, rules, isolate }` from the sources under `root` (bundled in a temporary folder, removed after). */
export async function loadSchema(root) {
  const dir = mkdtempSync(join(tmpdir(), 'tiendo-reader-'));
  try {
    const file = join(dir, 'schema.mjs');
    await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
      bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'error',
    });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
