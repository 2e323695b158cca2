// `tiendo import`, run as a user runs it, on the seed's appendix and on broken tables.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { data, fixture, tiendo, vi } from './helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'tiendo-import-'));
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Runs an import into a temporary file; returns the feed, the report and the exit code. */
async function importTable(table, ...args) {
  const out = join(tmp, `${Math.random().toString(36).slice(2)}.json`);
  const run = await tiendo(['import', table, '--out', out, ...args]);
  let feed;
  try {
    feed = read(out);
  } catch {
    feed = undefined;
  }
  return { ...run, feed, out };
}

/** Each task as a reader sees it: number, section number, title, agencies by printed name, timeframe. */
function tasksByName(feed) {
  const name = new Map(feed.agencies.map((a) => [a.id, vi(a.name)]));
  const section = new Map(feed.sections.map((s) => [s.id, s.number]));
  return feed.tasks.map((t) => ({
    number: t.number,
    section: section.get(t.section),
    title: vi(t.title),
    lead: t.lead.map((id) => name.get(id)),
    coordinating: t.coordinating.map((id) => name.get(id)),
    timeframe: typeof t.timeframe === 'string' ? t.timeframe : t.timeframe.text,
  }));
}

describe('tiendo import: the seed appendix (Programme 219-CTr/TU)', () => {
  const expected = read(fixture('laocai-219-ctr-tu.json'));
  let result;
  before(async () => {
    result = await importTable(fixture('laocai-219-appendix.txt'));
  });

  it('exits 0 and writes JSON', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.feed, 'a feed was written');
  });

  it('has the same five sections, titles joined across the page break', () => {
    assert.deepEqual(
      result.feed.sections.map((s) => [s.number, s.title]),
      expected.sections.map((s) => [s.number, vi(s.title)]),
    );
    assert.match(result.feed.sections[3].title, /đáp ứng yêu cầu nghiên cứu, phát triển và ứng dụng công nghệ sinh học$/);
  });

  it('has the same 22 tasks: number, section, title, lead and coordinating agencies, timeframe', () => {
    assert.equal(result.feed.tasks.length, 22);
    assert.deepEqual(tasksByName(result.feed), tasksByName(expected));
  });

  it('joins task 9 with its last word on the next page', () => {
    assert.match(result.feed.tasks[8].title, /các nguồn gen quý, hiếm\.$/);
  });

  it('finds the same nine agencies, first printed names, the same kinds, in order of appearance', () => {
    assert.deepEqual(
      result.feed.agencies.map((a) => [a.name, a.kind]),
      expected.agencies.map((a) => [vi(a.name), a.kind]),
    );
  });

  it('keeps group phrases whole and merges spellings that differ in case or tone-mark placement', () => {
    const names = result.feed.agencies.map((a) => a.name);
    assert.ok(names.includes('Các ban đảng, đảng đoàn, ban cán sự, đảng ủy trực thuộc Tỉnh ủy'));
    assert.ok(names.includes('các huyện ủy, thị ủy, thành ủy'));
    assert.ok(!names.includes('Các đảng đoàn, ban cán sự, đảng uỷ trực thuộc Tỉnh uỷ'), 'the uỷ spelling is merged into the ủy one');
    assert.ok(!names.includes('Đảng Đoàn HĐND tỉnh'));
  });

  it('reports what it found, the joins and the repeated headers with their lines, and nothing unread', () => {
    const report = result.stderr;
    assert.match(report, /22 tasks in 5 sections, 9 agencies \(4 groups\); timeframes: 22 read, 0 not read/);
    assert.match(report, /line 25: “hiếm\.” continues task 9 \(line 22\)/);
    assert.match(report, /line 36: “cứu, phát triển và ứng dụng công nghệ sinh học” continues the title of section IV \(line 33\)/);
    assert.equal(report.match(/dropped a header row repeated after a page break/g)?.length, 3);
    assert.match(report, /line 17: “Đảng Đoàn HĐND tỉnh” is the same agency as “Đảng đoàn HĐND tỉnh” \(line 12\)/);
    assert.match(report, /Could not read — fix by hand:\n {2}Nothing was left unread\./);
  });

  it('takes the programme from the appendix heading and says it is a guess', () => {
    assert.deepEqual(result.feed.programme, {
      symbol: '219-CTr/TU',
      title: 'Chương trình số 219-CTr/TU',
      issuer: 'Tỉnh ủy',
      issued: '2023-05-22',
      implements: { symbol: '36-NQ/TW', issued: '2023-01-30' },
    });
    assert.match(result.stderr, /line 4: programme taken from this line: symbol 219-CTr\/TU, issued 2023-05-22/);
  });

  it('notes the one split at “và” (task 4) as a guess', () => {
    assert.match(result.stderr, /line 12: “Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị xã hội tỉnh Lào Cai”: read as separate agencies/);
  });

  it('writes a feed that `tiendo validate` accepts with no warning', async () => {
    const check = await tiendo(['validate', '--strict', result.out]);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /valid: 22 tasks, 5 sections, 9 agencies, 0 targets; 0 errors, 0 warnings/);
  });

  it('from "TT Nhiệm vụ chính…" to the end (no heading): same tasks, programme left as TODO', async () => {
    const text = readFileSync(fixture('laocai-219-appendix.txt'), 'utf8');
    const table = join(tmp, 'from-header.txt');
    writeFileSync(table, text.slice(text.indexOf('TT\tNhiệm vụ chính')));
    const r = await importTable(table);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(tasksByName(r.feed), tasksByName(expected));
    assert.equal(r.feed.programme.symbol, 'TODO');
    assert.match(r.stderr, /wrote “TODO” in programme\.symbol/);
    const check = await tiendo(['validate', '--strict', r.out]);
    assert.equal(check.code, 1, 'placeholders are warnings, which --strict counts');
    assert.match(check.stdout, /programme\.symbol: still “TODO”/);
  });

  it('with --meta set to the hand-made feed, reproduces that feed exactly (ids, translations, successors, targets)', async () => {
    const r = await importTable(fixture('laocai-219-appendix.txt'), '--meta', fixture('laocai-219-ctr-tu.json'));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.feed, expected);
  });

  it('writes to stdout without --out, the report still on stderr', async () => {
    const r = await tiendo(['import', fixture('laocai-219-appendix.txt')]);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).tasks.length, 22);
    assert.match(r.stderr, /22 tasks in 5 sections/);
  });

  it('speaks Vietnamese with --lang vi (or LANG=vi_VN)', async () => {
    const r = await tiendo(['import', fixture('laocai-219-appendix.txt')], { env: { LANG: 'vi_VN.UTF-8' } });
    assert.match(r.stderr, /22 nhiệm vụ trong 5 mục, 9 cơ quan \(4 nhóm\)/);
    assert.match(r.stderr, /dòng 25: “hiếm\.” là phần tiếp của nhiệm vụ 9/);
  });
});

describe('tiendo import: broken tables', () => {
  it('page breaks, repeated and numbered headers, spilled and unreadable cells (CRLF, STT, extra column)', async () => {
    const r = await importTable(data('page-breaks.tsv'));
    assert.equal(r.code, 1, 'a task without a lead cannot be imported: exit 1');
    const tasks = tasksByName(r.feed);
    assert.deepEqual(tasks.map((t) => t.number), ['1', '2', '3', '4', '5', '7']);
    assert.equal(tasks[1].title, 'Tổ chức hội nghị phổ biến kế hoạch cho cán bộ chủ chốt các xã, thị trấn và các đơn vị trường học trên địa bàn.');
    assert.equal(tasks[3].timeframe, '2024 và những năm tiếp theo', 'a timeframe split by a page break is joined');
    assert.deepEqual(tasks[0].lead, ['Văn phòng HĐND và UBND huyện'], 'one office of two bodies is not split at “và”');
    assert.deepEqual(r.feed.sections.map((s) => s.title), ['Công tác tuyên truyền', 'Hoàn thiện cơ chế']);
    assert.match(r.stderr, /line 5: dropped the row that numbers the columns/);
    assert.match(r.stderr, /line 4: ignored column “Sản phẩm”/);
    assert.match(r.stderr, /line 11: the continuation repeats “các xã, thị trấn và”: kept once/);
    assert.match(r.stderr, /line 13: section row II has text in the timeframe column \(“năm tiếp theo”\).*ignored/);
    assert.match(r.stderr, /line 18: task 5: could not read the timeframe “theo Nghị quyết 12\/2025\/NQ-HĐND ngày 10”/);
    assert.match(r.stderr, /line 19: task 6: no lead agency; the task could not be imported/);
    assert.match(r.stderr, /line 20: task 7: the timeframe cell is empty/);
    assert.match(r.stderr, /programme taken from this line: symbol 45-KH\/UBND, issued 2024-08-05, issuer “Ủy ban nhân dân huyện Bảo Thắng”/);
    const check = await tiendo(['validate', r.out]);
    assert.equal(check.code, 0, `the written feed still validates: ${check.stdout}`);
  });

  it('NFD text, no-break and doubled spaces; agencies split and merged the way documents write them', async () => {
    const r = await importTable(data('nfd-spaces.tsv'));
    assert.equal(r.code, 0, r.stderr);
    const feed = r.feed;
    assert.equal(feed.tasks[0].title, 'Ban hành kế hoạch thực hiện', 'composed, spaces folded');
    assert.equal(feed.tasks[0].title, feed.tasks[0].title.normalize('NFC'));
    assert.equal(feed.tasks[1].timeframe, '2025 – 2030');
    const tasks = tasksByName(feed);
    assert.deepEqual(tasks[1].lead, ['Sở Khoa học và Công nghệ'], '“Sở KH&CN” is the same department');
    assert.deepEqual(tasks[1].coordinating, ['Sở Tài chính', 'Sở Công Thương', 'các hội doanh nghiệp tỉnh']);
    assert.deepEqual(tasks[2].coordinating, ['UBND các huyện, thị xã, thành phố', 'Bộ, ngành, địa phương']);
    assert.deepEqual(tasks[3].lead, ['Sở Khoa học và Công nghệ'], 'lower-case spelling merged');
    assert.deepEqual(tasks[3].coordinating, ['Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ', 'Bộ Khoa học, Công nghệ']);
    assert.deepEqual(tasks[4].lead, ['Đảng uỷ Khối các cơ quan tỉnh']);
    assert.deepEqual(tasks[4].coordinating, ['Các sở, ban, ngành'], 'the ủy spelling of the lead is dropped from coordinating');
    const kind = Object.fromEntries(feed.agencies.map((a) => [a.name, a.kind]));
    assert.equal(kind['UBND các huyện, thị xã, thành phố'], 'group');
    assert.equal(kind['Bộ, ngành, địa phương'], 'group');
    assert.equal(kind['Các sở, ban, ngành'], 'group');
    assert.equal(kind['Đảng uỷ Khối các cơ quan tỉnh'], 'single', 'the bloc committee is one body');
    assert.match(r.stderr, /“Sở KH&CN” read as the same agency as “Sở Khoa học và Công nghệ” \(line 3\) once abbreviations are expanded/);
    assert.match(r.stderr, /“Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ”: read as two agencies though nothing separates them/);
    assert.match(r.stderr, /“Bộ Khoa học, Công nghệ”: a comma inside a name, read as one agency/);
  });

  it('comma-separated with quoted cells (commas, a line break, doubled quotes)', async () => {
    const r = await importTable(data('quoted.csv'));
    assert.equal(r.code, 0, r.stderr);
    const tasks = tasksByName(r.feed);
    assert.equal(r.feed.sections[0].title, 'Tuyên truyền, phổ biến');
    assert.equal(tasks[0].title, 'Tổ chức tuyên truyền về "Tháng hành động" trên báo, đài');
    assert.deepEqual(tasks[0].coordinating, ['Báo Lào Cai', 'Đài Phát thanh và Truyền hình tỉnh', 'các huyện ủy, thị ủy, thành ủy']);
    assert.equal(tasks[1].title, 'Biên soạn tài liệu hỏi - đáp');
    assert.deepEqual(tasks[1].coordinating, ['Hội Nông dân tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh']);
  });

  it('semicolon-separated (Excel with a Vietnamese list separator), “;” inside quoted cells', async () => {
    const r = await importTable(data('semicolon.csv'));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(tasksByName(r.feed)[0].coordinating, ['Đảng đoàn HĐND tỉnh', 'các huyện ủy, thị ủy, thành ủy']);
  });

  it('UTF-16 with a byte-order mark (Excel “Unicode Text”)', async () => {
    const text = readFileSync(fixture('laocai-219-appendix.txt'), 'utf8');
    const file = join(tmp, 'unicode.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]));
    const r = await importTable(file);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.feed.tasks.length, 22);
    assert.equal(r.feed.tasks[8].title.endsWith('quý, hiếm.'), true);
  });

  it('no header row: assumes the usual columns, puts tasks in a section, and says so', async () => {
    const r = await importTable(data('no-header.tsv'));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.feed.tasks.length, 2);
    assert.deepEqual(r.feed.sections.map((s) => s.title), ['Nhiệm vụ']);
    assert.match(r.stderr, /no header row found; assumed the columns are/);
    assert.match(r.stderr, /tasks before the first section row/);
    assert.match(r.stderr, /2 tasks in 1 section,/); // one section is "section"
  });

  it('--meta with a programme object fills the programme in', async () => {
    const meta = join(tmp, 'programme.json');
    writeFileSync(meta, JSON.stringify({ symbol: '45-KH/UBND', title: 'Kế hoạch thực hiện', issuer: 'UBND huyện Bảo Thắng', issued: '2024-08-05', horizon: 2025 }));
    const r = await importTable(data('no-header.tsv'), '--meta', meta);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.feed.programme.title, 'Kế hoạch thực hiện');
    assert.equal(r.feed.programme.horizon, 2025);
    assert.doesNotMatch(r.stderr, /TODO/);
  });

  it('prose, not a table: one line, exit 2', async () => {
    const r = await tiendo(['import', data('prose.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tiendo: no task rows found in .*prose\.txt: expected numbered rows under a header/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.equal(r.stdout, '');
  });

  it('a legacy Vietnamese encoding (Windows-1258): one line asking for UTF-8, exit 2', async () => {
    const r = await tiendo(['import', data('legacy-1258.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tiendo: not UTF-8 text: .*legacy-1258\.txt \(save it as UTF-8/);
  });

  it('the document itself instead of its table (a PDF): one line saying so, exit 2', async () => {
    const pdf = join(tmp, 'chuong-trinh.pdf');
    writeFileSync(pdf, Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'));
    const r = await tiendo(['import', pdf]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `tiendo: ${pdf} is a PDF file, not text: copy the table out of it as text first (see https://github.com/tiendo/tiendo/blob/main/docs/cli.md#tiendo-import)\n`);
  });

  it('a missing file: one line saying which, exit 2, no stack trace; --debug adds it', async () => {
    const r = await tiendo(['import', 'nope/appendix.txt']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tiendo: file not found: nope/appendix.txt\n');
    const d = await tiendo(['import', 'nope/appendix.txt', '--debug']);
    assert.equal(d.code, 2);
    assert.match(d.stderr, /^tiendo: file not found: nope\/appendix\.txt\nCliError: .*\n\s+at /);
  });

  it('a --meta file that is not JSON: one line with its line and column, exit 2', async () => {
    const bad = join(tmp, 'bad-meta.json');
    writeFileSync(bad, '{\n  "symbol": "219-CTr/TU",\n  oops\n}');
    const r = await tiendo(['import', fixture('laocai-219-appendix.txt'), '--meta', bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tiendo: .*bad-meta\.json:3:3: not valid JSON\n$/);
  });
});
