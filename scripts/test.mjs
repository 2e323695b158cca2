// `npm test`: type-check, build, browser tests (@web/test-runner in Chromium), then Node tests (the
// CLI, spawned as a user runs it), and one closing line `N passed, N failed, N skipped` for all.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'], env: process.env });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (p, f, s) => ((totals.passed += p), (totals.failed += f), (totals.skipped += s));

const typecheck = await run('npx', ['tsc', '-p', 'tsconfig.json']);
if (typecheck.code !== 0) add(0, 1, 0);

// The embedding tests load the built files (dist/bundled, the manifest): build them first.
const build = await run('npx', ['rollup', '-c', '--silent']);
const manifest = build.code === 0 ? await run('node', ['scripts/build-manifest.mjs']) : build;
if (manifest.code !== 0) add(0, 1, 0);
// The rest of the package, as `npm run build` makes it: the package and consumer tests read it.
for (const step of ['build:types', 'build:schema', 'build:cli']) {
  const built = await run('npm', ['run', '--silent', step]);
  if (built.code !== 0) add(0, 1, 0);
}
const integrations = manifest.code === 0 ? await run('node', ['scripts/build-integrations.mjs']) : manifest;
if (integrations.code !== 0) add(0, 1, 0);

// The element reference in docs/embed.md is tracked: it must say what the sources say.
const docs = await run('node', ['scripts/build-manifest.mjs', '--check-docs']);
add(docs.code === 0 ? 1 : 0, docs.code === 0 ? 0 : 1, 0);

// Every shipped browser file against the stated browser range (package.json "browserslist").
if (build.code === 0) {
  const range = await run('node', ['scripts/check-browsers.mjs'], { capture: true });
  const counted = /^browser range: (\d+) passed, (\d+) failed$/m.exec(range.out);
  if (counted) add(+counted[1], +counted[2], 0);
  else add(0, 1, 0);
}

const browser = await run('npx', ['web-test-runner', '--static-logging'], { capture: true });
const line = [...browser.out.matchAll(/^(\d+) passed, (\d+) failed, (\d+) skipped$/gm)].at(-1);
if (line) add(+line[1], +line[2], +line[3]);
if (browser.code !== 0 && (!line || +line[2] === 0)) add(0, 1, 0);

const nodeTests = existsSync('tests/cli') ? readdirSync('tests/cli').filter((f) => f.endsWith('.test.mjs')).map((f) => `tests/cli/${f}`) : [];
if (nodeTests.length) {
  const node = await run('node', ['--test', '--test-reporter=spec', ...nodeTests], { capture: true });
  const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(node.out)?.[1] ?? 0);
  add(count('pass'), count('fail') + count('cancelled'), count('skipped') + count('todo'));
  if (node.code !== 0 && count('fail') === 0) add(0, 1, 0);
}

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed ? 1 : 0);
