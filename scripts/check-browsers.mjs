// `node scripts/check-browsers.mjs` (part of npm test, after the build): every browser file the
// package ships must run in the browsers package.json's "browserslist" names (README: "Browsers").
// Two checks by es-check, each on the module files and on the classic scripts:
//  - syntax: ES2021 (Safari 15 has no class `static {}` blocks; rollup.config.mjs targets ES2021);
//  - features: built-ins the range lacks (Object.hasOwn, Array#findLast, … are Safari 15.4 / Firefox 104).
// Prints one line per check and exits 1 if any fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Classic scripts (no `import`/`export`): the folder's classic entry and the host page's resize script. */
const SCRIPTS = ['dist/bundled/cdn/tiendo.iife.min.js', 'dist/bundled/tiendo-embed.js'];
const MODULES = ['dist/bundled/**/*.js', 'dist/esm/**/*.js'];

const checks = [
  ['ES2021 syntax, modules', ['es2021', '--module', ...MODULES, `--not=${SCRIPTS.join(',')}`]],
  ['ES2021 syntax, classic scripts', ['es2021', ...SCRIPTS]],
  ['browserslist features, modules', ['checkBrowser', '--checkFeatures', '--module', ...MODULES, `--not=${SCRIPTS.join(',')}`]],
  ['browserslist features, classic scripts', ['checkBrowser', '--checkFeatures', ...SCRIPTS]],
];

let failed = 0;
for (const file of SCRIPTS) {
  if (!existsSync(file)) {
    console.log(`✗ ${file} is missing: build first (npx rollup -c)`);
    process.exit(1);
  }
}
for (const [name, args] of checks) {
  const run = spawnSync(process.execPath, ['node_modules/es-check/lib/cli/index.js', ...args], { encoding: 'utf8' });
  const out = `${run.stdout}${run.stderr}`;
  const files = /checking (\d+) files/.exec(out)?.[1] ?? '?';
  if (run.status === 0) console.log(`✓ ${name} (${files} files)`);
  else {
    failed++;
    console.log(`✗ ${name}\n${out.split('\n').filter((l) => /erroring file|error:/.test(l)).join('\n')}`);
  }
}
console.log(`browser range: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
