// `tiendo report`, spawned: a quarterly report table and a targets table merged into the real
// Programme 219 feed; merged twice; bad rows reported by line; nothing else in the feed touched.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { data, fixture, tiendo } from './helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'tiendo-report-'));
const FEED = fixture('laocai-219-ctr-tu.json');
const original = JSON.parse(readFileSync(FEED, 'utf8'));
const SOURCE = 'Báo cáo số 125-BC/TU ngày 15/9/2023';
const TODAY = '2026-12-01';

async function merge(feed, tables, extra = []) {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}.json`);
  const r = await tiendo(['report', feed, ...tables, '--date', '2023-09-15', '--source', SOURCE, '--today', TODAY, '--out', out, ...extra]);
  return { ...r, out, text: r.code === 2 ? '' : readFileSync(out, 'utf8') };
}

describe('tiendo report: a quarterly report table', () => {
  it('adds one dated report per row on the task it names (number, "1.", "Nhiệm vụ 5" or id)', async () => {
    const r = await merge(FEED, [data('report-q3-2023.tsv')]);
    assert.equal(r.code, 0, r.stderr);
    const feed = JSON.parse(r.text);
    const byId = Object.fromEntries(feed.tasks.map((t) => [t.id, t]));
    assert.deepEqual(byId.t1.updates, [{
      date: '2023-09-15', text: 'Đã tổ chức hội nghị quán triệt cấp tỉnh', status: 'done', progress: 100,
      links: [{ url: 'https://example.org/bc-125.pdf', title: SOURCE }],
    }]);
    // No note: the source document is the report's text, so where it came from is kept.
    assert.deepEqual(byId.t2.updates, [{ date: '2023-09-15', text: SOURCE, status: 'in-progress', progress: 60 }]);
    assert.deepEqual(byId.t5.updates, [{ date: '2023-09-15', text: SOURCE, status: 'in-progress', progress: 35.5 }]);
    assert.deepEqual(byId.t7.updates, [{ date: '2023-09-15', text: `Chưa trình HĐND (${SOURCE})`, status: 'delayed' }]);
    assert.equal(feed.tasks.filter((t) => t.updates).length, 4);
    assert.equal(feed.meta.asOf, '2023-09-15');
    assert.match(r.stderr, /task report table, 5 row\(s\): 4 added, 0 unchanged, 0 rejected/);
    assert.match(r.stderr, /line 4: task 1: report of 2023-09-15 \(done, 100 %\)/);
    assert.match(r.stderr, /line 3: section row I: no report/);
    assert.match(r.stderr, /Data as of \(meta\.asOf\): 2023-05-22 → 2023-09-15/);
  });

  it('changes nothing else: same tasks in the same order, same keys, the rest byte for byte', async () => {
    const r = await merge(FEED, [data('report-q3-2023.tsv')]);
    const feed = JSON.parse(r.text);
    assert.deepEqual(feed.tasks.map((t) => t.id), original.tasks.map((t) => t.id));
    const stripped = structuredClone(feed);
    for (const t of stripped.tasks) delete t.updates;
    stripped.meta.asOf = original.meta.asOf;
    assert.equal(JSON.stringify(stripped, null, 2), JSON.stringify(original, null, 2));
    const validate = await tiendo(['validate', r.out]);
    assert.equal(validate.code, 0, validate.stdout);
  });

  it('merging the same table twice adds nothing: the file is byte-identical', async () => {
    const once = await merge(FEED, [data('report-q3-2023.tsv')]);
    const twice = await merge(once.out, [data('report-q3-2023.tsv')]);
    assert.equal(twice.code, 0, twice.stderr);
    assert.equal(twice.text, once.text);
    assert.match(twice.stderr, /5 row\(s\): 0 added, 4 unchanged, 0 rejected/);
    assert.match(twice.stderr, /line 4: task 1: the report of 2023-09-15 is already there/);
    assert.doesNotMatch(twice.stderr, /Data as of/);
  });

  it('a changed report on the same date is a conflict, not a second report', async () => {
    const once = await merge(FEED, [data('report-q3-2023.tsv')]);
    const table = join(tmp, 'changed.tsv');
    writeFileSync(table, 'TT\tTrạng thái\tTiến độ\n2\tĐang thực hiện\t70\n');
    const r = await merge(once.out, [table]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 2: task 2: the feed already has another report dated 2023-09-15/);
    assert.equal(JSON.parse(r.text).tasks[1].updates.length, 1);
  });

  it('Vietnamese account with --lang vi', async () => {
    const r = await merge(FEED, [data('report-q3-2023.tsv')], ['--lang', 'vi']);
    assert.match(r.stderr, /dòng 4: nhiệm vụ 1: báo cáo ngày 15\/9\/2023 \(đã hoàn thành, 100%\)/);
    assert.match(r.stderr, /Số liệu đến ngày \(meta\.asOf\): 22\/5\/2023 → 15\/9\/2023/);
  });
});

describe('tiendo report: bad rows', () => {
  it('rejects each bad row with its line and reason, keeps the good ones, exit 1', async () => {
    const r = await merge(FEED, [data('report-bad-rows.csv')]);
    assert.equal(r.code, 1);
    const expected = [
      /line 3: no task numbered “23” in the feed \(tasks 1–22\)/,
      /line 4: task 2: unknown status “Xong rồi”/,
      /line 5: task 3: progress “120” is outside 0–100 %/,
      /line 6: task 4: progress “abc” is not a number/,
      /line 7: 6: “31\/2\/2023” is not a date/,
      /line 8: 8: 2023-01-01 is before the programme was issued \(2023-05-22\)/,
      /line 9: 9: 2099-01-01 is after today \(2026-12-01\)/,
      /line 10: task 1 is already on line 2: one row per task/,
      /line 11: task 10: the row has no status, progress or note/,
    ];
    for (const p of expected) assert.match(r.stderr, p);
    assert.match(r.stderr, /11 row\(s\): 2 added, 0 unchanged, 9 rejected/);
    const feed = JSON.parse(r.text);
    // Only task 1 (line 2) and task 11 (line 12, dated by --date) were good.
    assert.deepEqual(feed.tasks.filter((t) => t.updates).map((t) => t.id), ['t1', 't11']);
    assert.equal(feed.tasks.find((t) => t.id === 't11').updates[0].date, '2023-09-15');
  });

  it('without --date or a date column, a row is rejected, not dated today', async () => {
    const out = join(tmp, 'nodate.json');
    const r = await tiendo(['report', FEED, data('report-q3-2023.tsv'), '--out', out]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 4: 1: no date \(add a Date column or --date\)/);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(FEED, 'utf8'));
  });

  it('a feed that is not valid is refused (exit 2), a bad --date too', async () => {
    const r = await tiendo(['report', fixture('invalid/missing-programme.json'), data('report-q3-2023.tsv'), '--date', '2023-09-15']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /is not a valid feed/);
    const d = await tiendo(['report', FEED, data('report-q3-2023.tsv'), '--date', '31/13/2023']);
    assert.equal(d.code, 2);
    assert.match(d.stderr, /--date "31\/13\/2023" is not a date/);
  });
});

describe('tiendo report: a targets table', () => {
  it('adds actuals by target id or title; an ambiguous number and an unknown target are rejected', async () => {
    const r = await merge(FEED, [data('targets-2024.csv')]);
    assert.equal(r.code, 1);
    const feed = JSON.parse(r.text);
    const byId = Object.fromEntries(feed.targets.map((t) => [t.id, t]));
    assert.deepEqual(byId['nong-san-quy-trinh-tot'].actuals, [{ date: '2024-12-31', value: 42.5, source: 'Báo cáo số 200-BC/UBND', url: 'https://example.org/bc-200.pdf' }]);
    assert.deepEqual(byId['nong-san-sau-che-bien'].actuals, [{ date: '2024-12-31', value: 1.3, source: 'Báo cáo số 200-BC/UBND' }]);
    assert.deepEqual(byId['cnsh-grdp'].actuals, []);
    assert.match(r.stderr, /line 4: target cnsh-grdp: cannot read the value “1\.000”/);
    assert.match(r.stderr, /line 5: no target “Không có chỉ tiêu này” in the feed/);
    assert.equal(feed.meta.asOf, '2024-12-31');
    const again = await merge(r.out, [data('targets-2024.csv')]);
    assert.equal(again.text, r.text);
  });

  it('two tables in one run: reports and actuals, one file', async () => {
    const r = await merge(FEED, [data('report-q3-2023.tsv'), data('targets-2024.csv')]);
    const feed = JSON.parse(r.text);
    assert.equal(feed.tasks.filter((t) => t.updates).length, 4);
    assert.equal(feed.targets.filter((t) => t.actuals.length).length, 2);
    assert.match(r.stderr, /tiendo report report-q3-2023\.tsv[\s\S]*tiendo report targets-2024\.csv/);
  });
});
