// `tiendo validate`, spawned, on the fixtures (good and broken), on a feed full of warnings and on URLs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { data, fixture, tiendo } from './helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'tiendo-validate-'));

describe('tiendo validate: the fixtures', () => {
  for (const name of ['laocai-219-ctr-tu.json', 'laocai-219-ctr-tu.illustrative.json', 'empty.json', 'large-1000.json']) {
    it(`${name} is valid (exit 0)`, async () => {
      const r = await tiendo(['validate', fixture(name)]);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /^✔ .*: valid: /m);
      assert.equal(r.stderr, '');
    });
  }

  it('the real feed counts what it holds', async () => {
    const r = await tiendo(['validate', fixture('laocai-219-ctr-tu.json')]);
    assert.match(r.stdout, /valid: 22 tasks, 5 sections, 9 agencies, 12 targets; 0 errors, 0 warnings/);
  });

  // Each broken feed of fixtures/invalid/: the problem its README promises, at the path and line.
  const broken = [
    ['truncated.json', [/truncated\.json:63:50: error: JSON syntax error at line 63, column 50\. \[syntax\]/]],
    ['html-page.json', [/html-page\.json: error: The response is not JSON \(perhaps an HTML error page\)\. \[not-json\]/]],
    ['wrong-types.json', [/wrong-types\.json:11:15: error: programme\.issued: Wrong .*format.*: "22\/5\/2023"\./, /:64:15: error: tasks\[1\]\.lead: Wrong type: expected array, got string\./]],
    ['dangling-agency.json', [/:79:9: error: tasks\[2\]\.lead\[0\]: Id "so-khcn" refers to nothing; it is shown as the id itself\./]],
    ['javascript-link.json', [/:60:18: error: tasks\[0\]\.links\[0\]\.url: Unsafe or invalid link dropped: javascript:alert\(1\)/]],
    ['end-before-start.json', [/error: tasks\[1\]\.timeframe: End \(2023-01-01\) is before start \(2026-12-31\)/]],
    ['duplicate-id.json', [/:74:13: error: tasks\[2\]\.id: Id "t1" is used twice/]],
    ['progress-out-of-range.json', [/:73:19: error: tasks\[1\]\.progress: Too big or too long \(maximum 100\)\./]],
    ['missing-programme.json', [/missing-programme\.json:1:1: error: programme: Required field missing/]],
    ['proto-pollution.json', [/error: tasks\[2\]\.title: Invalid value/]],
  ];
  for (const [name, patterns] of broken) {
    it(`invalid/${name}: exit 1, the problem with its path and line`, async () => {
      const r = await tiendo(['validate', fixture(`invalid/${name}`)]);
      assert.equal(r.code, 1, r.stdout);
      for (const p of patterns) assert.match(r.stdout, p);
      assert.match(r.stdout, /^✖ .*: invalid: \d+ errors?/m);
    });
  }

  // src/feed/parse.ts compares zod's `issue.pattern` ("/^\d{4}-\d{2}-\d{2}$/", with slashes) with
  // DATE_PATTERN.source (without): the date is then reported as "Wrong format (regex)".
  it('names a wrong date as such', async () => {
    const r = await tiendo(['validate', fixture('invalid/wrong-types.json')]);
    assert.match(r.stdout, /programme\.issued: Wrong date format \(expected a real date, YYYY-MM-DD\): "22\/5\/2023"\./);
  });

  it('several files at once: one verdict each, exit 1 when any is invalid', async () => {
    const r = await tiendo(['validate', fixture('laocai-219-ctr-tu.json'), fixture('invalid/duplicate-id.json')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /✔ .*laocai-219-ctr-tu\.json: valid/);
    assert.match(r.stdout, /✖ .*duplicate-id\.json: invalid/);
  });

  it('reads standard input with "-"', async () => {
    const r = await tiendo(['validate', '-'], { input: readFileSync(fixture('invalid/wrong-types.json')) });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^\(stdin\):11:15: error: programme\.issued/m);
  });
});

describe('tiendo validate: warnings', () => {
  const file = data('warnings.json');

  it('do not fail the feed (exit 0), each with its path, line and code', async () => {
    const r = await tiendo(['validate', file]);
    assert.equal(r.code, 0, r.stdout);
    const expected = [
      /:25:5: warning: agencies\[1\]: agency ban-tuyen-giao-tu-2 has the same name as ban-tuyen-giao-tu .*\[same-agency-twice\]/,
      /warning: agencies\[2\]\.name: text is in decomposed Unicode \(NFD\).*\[not-nfc\]/,
      /warning: sections\[1\]: section II has no tasks \[empty-section\]/,
      /warning: tasks\[0\]\.title: text looks wrongly decoded .*“phát triĨn thêi kú míi cđa ®Êt n−íc” \[mojibake\]/,
      /warning: tasks\[0\]\.progress: status “done” does not match progress 60% \[status-progress\]/,
      /warning: tasks\[0\]\.updates\[1\]\.date: 2023-12-31 is earlier than the entry before it \(2024-03-01\).*\[date-order\]/,
      /warning: tasks\[0\]\.updates\[2\]\.date: 2024-09-30 is after the feed's data date meta\.asOf \(2024-06-30\) \[after-as-of\]/,
      /warning: tasks\[0\]\.links\[0\]\.url: unencrypted http:\/\/ link .*\[insecure-link\]/,
      /warning: tasks\[1\]\.number: number 1 is already used by tasks\[0\] in the same section \[duplicate-number\]/,
      /warning: tasks\[1\]\.timeframe\.end: end 2024-09-03 does not match the words “Trước 30\/9\/2024” \(which give 2024-09-30\); day and month swapped\? \[timeframe-mismatch\]/,
      /warning: tasks\[2\]\.timeframe: timeframe “năm tiếp theo” cannot be read.*\[timeframe-unparsed\]/,
    ];
    for (const p of expected) assert.match(r.stdout, p);
    assert.match(r.stdout, /✔ .*: valid: 3 tasks, 2 sections, 3 agencies, 0 targets; 0 errors, 11 warnings/);
  });

  it('fail with --strict (exit 1)', async () => {
    const r = await tiendo(['validate', '--strict', file]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /✖ .*: invalid: 0 errors, 11 warnings — warnings count as errors \(--strict\)/);
  });

  it('--json prints machine-readable results', async () => {
    const r = await tiendo(['validate', '--json', file, fixture('invalid/truncated.json')]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.valid, false);
    assert.equal(out.files.length, 2);
    const [warned, truncated] = out.files;
    assert.deepEqual([warned.valid, warned.errors, warned.warnings], [true, 0, 11]);
    assert.deepEqual(warned.counts, { tasks: 3, sections: 2, agencies: 3, targets: 0 });
    const mojibake = warned.problems.find((p) => p.code === 'mojibake');
    assert.deepEqual({ ...mojibake, message: undefined, params: undefined }, { severity: 'warning', code: 'mojibake', path: 'tasks[0].title', line: 51, column: 16, message: undefined, params: undefined });
    assert.deepEqual(truncated.problems.map((p) => [p.code, p.line, p.column]), [['syntax', 63, 50]]);
  });

  it('a task with no lead is an error: the widgets skip it', async () => {
    const feed = JSON.parse(readFileSync(fixture('laocai-219-ctr-tu.json'), 'utf8'));
    feed.tasks[1].lead = [];
    const path = join(tmp, 'no-lead.json');
    writeFileSync(path, JSON.stringify(feed, null, 2));
    const r = await tiendo(['validate', path]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error: tasks\[1\]\.lead: a task needs at least one lead agency \(chủ trì\); the widgets skip this task/);
  });

  it('in Vietnamese with --lang vi', async () => {
    const r = await tiendo(['validate', '--lang', 'vi', file]);
    assert.match(r.stdout, /cảnh báo: sections\[1\]: mục II không có nhiệm vụ nào/);
    assert.match(r.stdout, /hợp lệ: 3 nhiệm vụ/);
  });
});

describe('tiendo validate: URLs', () => {
  let server;
  let base;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(fixture('laocai-219-ctr-tu.json')));
      if (req.url === '/cms-page') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Trang chủ</title>');
      res.writeHead(404).end('not here');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('a feed served over http is checked like a file', async () => {
    const r = await tiendo(['validate', `${base}/feed.json`]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /✔ http:\/\/127\.0\.0\.1:\d+\/feed\.json: valid: 22 tasks/);
  });

  it('a 404: one line with the status and the URL, exit 2', async () => {
    const r = await tiendo(['validate', `${base}/missing.json`]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `tiendo: HTTP 404 Not Found from ${base}/missing.json\n`);
  });

  it('an HTML page where the feed should be: invalid, exit 1', async () => {
    const r = await tiendo(['validate', `${base}/cms-page`]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error: The response is not JSON/);
  });

  it('nothing listening: one line saying what and where, exit 2', async () => {
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${closed.address().port}/feed.json`;
    await new Promise((resolve) => closed.close(resolve));
    const r = await tiendo(['validate', url]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `tiendo: could not fetch ${url}: ECONNREFUSED\n`);
  });
});
