// Issue 13 on the command line: one verdict with the widgets (the 9999 timeframe, the 6 MB file),
// well-formed SVG whatever the text holds, syntax errors on their true line, file errors in one
// line with nothing left behind.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, tiendo } from './helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'tiendo-robust-'));
const real = () => JSON.parse(readFileSync(fixture('laocai-219-ctr-tu.json'), 'utf8'));
const write = (name, text) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('tiendo and the widgets give one verdict', () => {
  it('a recurring timeframe ending 9999-12-31 is an error for validate, and render keeps every task', async () => {
    const feed = real();
    feed.tasks[4].timeframe = { text: 'Hằng năm', kind: 'recurring', recurrence: 'yearly', end: '9999-12-31' };
    const path = write('y9999.json', JSON.stringify(feed, null, 2));
    const v = await tiendo(['validate', path]);
    assert.equal(v.code, 1, v.stdout);
    assert.match(v.stdout, /error: tasks\[4\]\.timeframe\.end: Wrong year \(dates must fall in the years 1900–2200\): "9999-12-31"\. \[schema\]/);
    assert.match(v.stdout, /tasks\[4\]\.timeframe\.end: This field is left out; the rest of the item still renders\. \[field-dropped\]/);
    const out = join(tmp, 'y9999.html');
    const r = await tiendo(['render', 'matrix', path, '--out', out, '--now', '2026-06-30']);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.equal((html.match(/<tr class="task/g) ?? []).length, 22);
    // The static page lists what is wrong, not only how many.
    assert.match(html, /<li data-code="schema">\s*<code>tasks\[4\]\.timeframe\.end<\/code>/);
  });

  it('a 6 MB local file is refused as the widgets refuse it by URL (too large), by file, stdin and URL alike', async () => {
    const feed = real();
    feed.meta.note = 'x'.repeat(6 * 1024 * 1024);
    const text = JSON.stringify(feed);
    const path = write('big.json', text);
    const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(text));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      for (const args of [[path], ['-'], [`http://127.0.0.1:${server.address().port}/big.json`]]) {
        const r = await tiendo(['validate', ...args], { input: args[0] === '-' ? text : undefined });
        assert.equal(r.code, 1, `${args}: ${r.stdout}${r.stderr}`);
        assert.match(r.stdout, /error: The feed is too large \(limit 5 MB\)\. \[too-large\]/);
      }
      const r = await tiendo(['render', 'timeline', path, '--out', join(tmp, 'big.html')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /too large \(limit 5 MB\)/);
      assert.equal(existsSync(join(tmp, 'big.html')), false);
    } finally {
      server.close();
    }
  });
});

describe('SVG output is well-formed XML whatever the feed text holds', () => {
  let svg;
  let validation;
  before(async () => {
    const feed = real();
    feed.tasks[0].title = { vi: 'Quán triệt\u000Bdòng mới\u0001 và\uFFFF hết\u000Cnữa' };
    feed.agencies[0].name = 'Ban Tuyên giáo\u000C Tỉnh ủy';
    const path = write('controls.json', JSON.stringify(feed, null, 2));
    const out = join(tmp, 'controls.svg');
    const r = await tiendo(['render', 'timeline', path, '--out', out, '--now', '2026-06-30']);
    assert.equal(r.code, 0, r.stderr);
    svg = readFileSync(out, 'utf8');
    validation = await tiendo(['validate', path]);
  });

  it('keeps no character XML forbids; a vertical tab or form feed becomes a space', () => {
    assert.doesNotMatch(svg, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    // The title may be wrapped onto lines (tspans): read it as the image shows it.
    assert.match(svg.replace(/<\/tspan><tspan[^>]*>/g, ' '), /Quán triệt dòng mới và hết nữa/);
  });

  it('parses as XML (librsvg reads it)', () => {
    const r = spawnSync('rsvg-convert', ['--format', 'png', '--output', join(tmp, 'controls.png'), join(tmp, 'controls.svg')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('validate warns about each text holding such characters, and stays valid', () => {
    assert.equal(validation.code, 0, validation.stdout);
    assert.match(validation.stdout, /warning: tasks\[0\]\.title\.vi: contains control characters XML forbids \(U\+000B, U\+0001, U\+FFFF/);
    assert.match(validation.stdout, /warning: agencies\[0\]\.name: contains control characters XML forbids \(U\+000C/);
  });
});

describe('the counter-examples kept in fixtures/invalid/', () => {
  for (const [name, pattern] of [
    ['vertical-tab.json', /warning: tasks\[0\]\.title: contains control characters XML forbids \(U\+000B/],
    ['bidi-override.json', /warning: programme\.title: contains explicit direction controls/],
  ]) {
    it(`${name}: valid, with the warning its README promises`, async () => {
      const r = await tiendo(['validate', fixture(`invalid/${name}`)]);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, pattern);
    });
  }
});

describe('messages that point at the cause', () => {
  it('a JSON typo on line 9 is reported on line 9, not at the end of the file', async () => {
    const lines = readFileSync(fixture('laocai-219-ctr-tu.json'), 'utf8').split('\n');
    const column = lines[8].indexOf('": ') + 3; // 1-based, at the value that follows
    lines[8] = lines[8].replace('": ', '" '); // a missing colon on line 9
    const r = await tiendo(['validate', write('typo.json', lines.join('\n'))]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, new RegExp(`typo\\.json:9:${column}: error: JSON syntax error at line 9, column ${column}\\. \\[syntax\\]`));
  });

  it('a TSV given to validate is a syntax error at line 1, column 1', async () => {
    const r = await tiendo(['validate', write('table.tsv', 'STT\tNội dung\tCơ quan chủ trì\n1\tQuán triệt\tBan Tuyên giáo\n')]);
    assert.match(r.stdout, /table\.tsv:1:1: error: JSON syntax error at line 1, column 1\./);
  });

  it('a feed saved as UTF-16 or UTF-32 with a byte-order mark is read, not a syntax error', async () => {
    const text = readFileSync(fixture('laocai-219-ctr-tu.json'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf32 = Buffer.alloc(4 + [...text].length * 4);
    utf32.writeUInt32BE(0xfeff, 0);
    [...text].forEach((c, i) => utf32.writeUInt32BE(c.codePointAt(0), 4 + i * 4));
    for (const [name, bytes] of [['u16.json', utf16], ['u32.json', utf32]]) {
      const r = await tiendo(['validate', write(name, bytes)]);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /valid: 22 tasks/);
    }
  });

  it('--out through a folder that does not exist fails in one line, or writes where the path really leads, and leaves no folder behind', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tiendo-out-'));
    const r = await tiendo(['render', 'gauge', fixture('laocai-219-ctr-tu.json'), '--out', 'a/missing/../../x.html'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(cwd), ['x.html']);
    // Folders made, then the file cannot be written (its name is too long): the folders go again.
    const f = await tiendo(['render', 'gauge', fixture('laocai-219-ctr-tu.json'), '--out', `new/deeper/${'x'.repeat(300)}.html`], { cwd });
    assert.equal(f.code, 2);
    assert.equal(f.stderr.trim().split('\n').length, 1, f.stderr);
    assert.match(f.stderr, /^tiendo: cannot write /);
    assert.deepEqual(readdirSync(cwd), ['x.html']);
  });
});

after(() => {});
