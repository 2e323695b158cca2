// The command line itself: help, version, usage errors, and `tiendo schema`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { root, tiendo, ensureBuilt } from './helpers.mjs';

describe('tiendo: help and usage', () => {
  it('--help lists the four commands, exit 0', async () => {
    const r = await tiendo(['--help']);
    assert.equal(r.code, 0);
    for (const c of ['import', 'validate', 'schema', 'render']) assert.match(r.stdout, new RegExp(`^  tiendo ${c} `, 'm'));
    assert.match(r.stdout, /Exit codes: 0 ok · 1 invalid feed · 2 usage, file or network error/);
  });

  it('each command has its own help', async () => {
    const r = await tiendo(['render', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: tiendo render <timeline\|matrix\|gauge\|summary> <feed\.json\|URL> \[options\]/);
    assert.match(r.stdout, /--target <id>/);
  });

  it('no command: the help, exit 2', async () => {
    const r = await tiendo([]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^tiendo — /);
  });

  it('--version', async () => {
    const r = await tiendo(['--version']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^tiendo \d+\.\d+\.\d+\n$/);
  });

  it('an unknown command: one line, exit 2', async () => {
    const r = await tiendo(['publish', 'feed.json']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tiendo: unknown command "publish" (commands: import, report, validate, schema, render; see tiendo --help)\n');
  });

  it('an unknown option: one line naming it, exit 2', async () => {
    const r = await tiendo(['validate', '--strickt', 'feed.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tiendo: Unknown option '--strickt' \(see tiendo validate --help\)\n$/);
  });

  it('a missing argument: one line, exit 2', async () => {
    const r = await tiendo(['validate']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tiendo: missing feed file or URL (see tiendo validate --help)\n');
  });

  it('bin/tiendo.mjs runs the same CLI (what `npx tiendo` starts)', async () => {
    await ensureBuilt();
    const r = spawnSync(process.execPath, [join(root, 'bin/tiendo.mjs'), '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^tiendo /);
  });
});

describe('tiendo schema', () => {
  it('prints the JSON Schema that `npm run build:schema` publishes', async () => {
    const r = await tiendo(['schema']);
    assert.equal(r.code, 0);
    const printed = JSON.parse(r.stdout);
    const { feedJsonSchema } = await import(join(root, 'scripts/build-schema.mjs'));
    assert.deepEqual(printed, await feedJsonSchema());
    assert.equal(printed.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(printed.required, ['meta', 'programme', 'agencies', 'sections', 'tasks']);
    assert.equal(printed.properties.tasks.items.properties.lead.minItems, 1);
  });

  it('--out writes it to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tiendo-schema-')), 'feed.schema.json');
    const r = await tiendo(['schema', '--out', out]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).title, 'tiendo programme feed, version 1');
  });

  it('a place it cannot write: one line, exit 2', async () => {
    const file = join(root, 'package.json');
    const r = await tiendo(['schema', '--out', join(file, 'feed.schema.json')]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `tiendo: cannot write ${join(file, 'feed.schema.json')}: a file stands where a folder should be\n`);
  });

  it('creates the folders of --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tiendo-schema-')), 'a', 'b', 'feed.schema.json');
    const r = await tiendo(['schema', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(JSON.parse(readFileSync(out, 'utf8')).properties);
  });
});
