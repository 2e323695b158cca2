// Runs the built CLI the way a user does: `node dist/cli/tiendo.mjs …` in a child process.
// Builds it first when it is missing or older than its sources (under a lock, because node --test
// may run test files in parallel).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = join(root, 'dist/cli/tiendo.mjs');
export const data = (name) => join(root, 'tests/cli/data', name);
export const fixture = (name) => join(root, 'fixtures', name);

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

let built;
export function ensureBuilt() {
  built ??= (async () => {
    const fresh = () => existsSync(cli) && statSync(cli).mtimeMs >= Math.max(newest(join(root, 'src')), statSync(join(root, 'scripts/build-cli.mjs')).mtimeMs);
    if (fresh()) return;
    const lock = join(root, 'dist/.build-cli.lock');
    mkdirSync(join(root, 'dist'), { recursive: true });
    for (let i = 0; ; i++) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        if (i > 300) rmSync(lock, { recursive: true, force: true }); // a crashed builder's lock
        await sleep(100);
        if (fresh()) return;
      }
    }
    try {
      if (!fresh()) {
        const { buildCli } = await import('../../scripts/build-cli.mjs');
        await buildCli({ quiet: true });
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  })();
  return built;
}

/** Runs `tiendo …args` (this repository's, or `cli`); resolves with the exit code and both streams as text. */
export async function tiendo(args, { input, env, cwd = root, cli: bin = cli } = {}) {
  await ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    // A command may stop reading early (a feed over the size cap on stdin): not an error of the test.
    child.stdin.on('error', () => {});
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** The Vietnamese text of a Text value. */
export const vi = (text) => (typeof text === 'string' ? text : text.vi);
