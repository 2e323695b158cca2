#!/usr/bin/env node
// `npx tiendo` from a clone or an installed package: runs the bundled CLI (Node cannot run the
// TypeScript sources). Build it first with `npm run build` (rollup, then `npm run build:cli`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/tiendo.mjs', import.meta.url);
// The CLI imports the package's modules (dist/esm, built by rollup) for the widgets and the feed.
if (!existsSync(cli) || !existsSync(new URL('../dist/esm/index.js', import.meta.url))) {
  process.stderr.write('tiendo: the command line is not built yet: run "npm run build" first\n');
  process.exit(2);
}
await import(cli.href);
