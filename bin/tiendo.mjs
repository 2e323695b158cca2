#!/usr/bin/env node
// `npx tiendo` from a clone or an installed package: runs the bundled CLI (Node cannot run the
// TypeScript sources). Build it first with `npm run build:cli`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/tiendo.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('tiendo: the command line is not built yet: run "npm run build:cli" first\n');
  process.exit(2);
}
await import(cli.href);
