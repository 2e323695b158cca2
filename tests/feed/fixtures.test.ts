/**
 * The fixtures are the product's first real data: Programme 219-CTr/TU must carry the document's
 * own words, its made-up twin must not drift from it, and every broken feed must really be broken
 * in the way fixtures/invalid/README.md says.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Feed, Task, type Feed as FeedType, type Task as TaskType, type Text } from '../../src/feed/schema.js';
import { largeFeed } from '../../fixtures/large-feed.js';

/** Raw JSON as read from a file, before validation. */
type Json = any;

const getText = async (path: string): Promise<string> => {
  const res = await fetch(path);
  expect(res.ok, `${path} is served`).to.equal(true);
  return res.text();
};
const getJson = async (path: string): Promise<Json> => JSON.parse(await getText(path));

const vi = (text: Text): string => (typeof text === 'string' ? text : (text.vi ?? ''));

function valid(raw: Json, name: string): FeedType {
  const result = z.safeParse(Feed, raw);
  expect(result.success, `${name}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`).to.equal(true);
  return result.data!;
}

/** Every lead and coordinating id names an agency of the same feed. */
function expectReferencesResolve(feed: FeedType) {
  const agencies = new Set(feed.agencies.map((a) => a.id));
  const sections = new Set(feed.sections.map((s) => s.id));
  for (const task of feed.tasks) {
    expect(sections.has(task.section), `${task.id}.section ${task.section}`).to.equal(true);
    for (const id of [...task.lead, ...task.coordinating]) expect(agencies.has(id), `${task.id} → ${id}`).to.equal(true);
  }
}

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('fixture: Programme 219-CTr/TU as the document has it', () => {
  let raw: Json;
  let feed: FeedType;
  let appendix: string[][];
  const task = (n: number): TaskType => feed.tasks.find((t) => t.id === `t${n}`)!;
  const agency = (id: string) => feed.agencies.find((a) => a.id === id)!;

  before(async () => {
    raw = await getJson('/fixtures/laocai-219-ctr-tu.json');
    feed = valid(raw, 'laocai-219-ctr-tu.json');
    appendix = (await getText('/fixtures/laocai-219-appendix.txt')).split('\n').map((line) => line.split('\t'));
  });

  it('validates against schema v1 and says what it is', () => {
    expect(feed.meta.schemaVersion).to.equal(1);
    expect(feed.meta.illustrative).to.equal(false);
    expect(JSON.stringify(feed.meta.note)).to.contain('unofficial translations');
    expect(feed.programme.symbol).to.equal('219-CTr/TU');
    expect(feed.programme.issued).to.equal('2023-05-22');
    expect(vi(feed.programme.issuer)).to.equal('Tỉnh ủy Lào Cai');
    expect(feed.programme.implements).to.deep.include({ symbol: '36-NQ/TW', issued: '2023-01-30' });
    expect([feed.programme.horizon, feed.programme.vision]).to.deep.equal([2030, 2045]);
    expect(vi(feed.programme.title)).to.match(/^Chương trình thực hiện Nghị quyết số 36-NQ\/TW ngày 30\/01\/2023 của Bộ chính trị về phát triển/);
    expect(feed.programme.source?.url).to.equal(undefined);
  });

  it('has the 22 tasks in 5 sections: 1–3, 4–7, 8–16, 17–19, 20–22', () => {
    expect(ids(feed.tasks)).to.deep.equal(Array.from({ length: 22 }, (_, i) => `t${i + 1}`));
    expect(feed.tasks.map((t) => t.number)).to.deep.equal(Array.from({ length: 22 }, (_, i) => String(i + 1)));
    expect(feed.sections.map((s) => s.number)).to.deep.equal(['I', 'II', 'III', 'IV', 'V']);
    const numbersIn = (id: string) => feed.tasks.filter((t) => t.section === id).map((t) => Number(t.number));
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(feed.sections.map((s) => numbersIn(s.id))).to.deep.equal([range(1, 3), range(4, 7), range(8, 16), range(17, 19), range(20, 22)]);
  });

  it("keeps every task title and timeframe character for character as the appendix prints it", () => {
    for (const t of feed.tasks) {
      const rows = appendix.filter((cells) => cells[0] === t.number);
      expect(rows, `row ${t.number}`).to.have.length(1);
      const [, title, , , timeframe] = rows[0];
      // Task 9's last word sits alone on the next page, in a row with an empty TT.
      expect(vi(t.title), `title of ${t.id}`).to.equal(t.number === '9' ? `${title} hiếm.` : title);
      expect(t.timeframe, `timeframe of ${t.id}`).to.equal(timeframe);
    }
    expect(vi(task(9).title)).to.match(/các nguồn gen quý, hiếm\.$/);
    expect(appendix.some((cells) => cells[0] === '' && cells[1] === 'hiếm.')).to.equal(true);
  });

  it('keeps the three spellings of 2023–2030, the EN DASH included', () => {
    expect(task(1).timeframe).to.equal('Xong trong Quý III/2023');
    expect(task(2).timeframe).to.equal('Từ Quý III/2023');
    expect(task(3).timeframe).to.equal('Hàng năm');
    expect(task(5).timeframe).to.equal('2023-2026');
    expect(task(7).timeframe).to.equal('2023-2030');
    expect(task(10).timeframe).to.equal('2023 - 2030');
    expect(task(17).timeframe).to.equal('2023 \u2013 2030');
    expect(task(22).timeframe).to.equal('2023-2025');
  });

  it('joins section IV\'s title across the page break', () => {
    expect(vi(feed.sections[3].title)).to.equal(
      'Xây dựng nguồn nhân lực công nghệ sinh học, tăng cường đầu tư cơ sở vật chất đáp ứng yêu cầu nghiên cứu, phát triển và ứng dụng công nghệ sinh học',
    );
    for (const s of feed.sections) {
      if (s.number === 'IV') continue;
      expect(vi(s.title)).to.equal(appendix.find((cells) => cells[0] === s.number)![1]);
    }
  });

  it('resolves every lead and coordinating id, and names each agency once', () => {
    expectReferencesResolve(feed);
    expect(new Set(ids(feed.agencies)).size).to.equal(feed.agencies.length);
    const used = new Set(feed.tasks.flatMap((t) => [...t.lead, ...t.coordinating]));
    expect(ids(feed.agencies).filter((id) => !used.has(id))).to.deep.equal([]);
  });

  it('task 1 is led by Ban Tuyên giáo Tỉnh ủy and due in Q3/2023', () => {
    expect(task(1).lead).to.have.length(1);
    expect(vi(agency(task(1).lead[0]).name)).to.equal('Ban Tuyên giáo Tỉnh ủy');
    expect(task(1).timeframe).to.equal('Xong trong Quý III/2023');
  });

  it('treats spelling variants of one body as one agency', () => {
    // "Đảng Đoàn HĐND tỉnh" (lead of 5) = "Đảng đoàn HĐND tỉnh" (coordinator of 4 and 7).
    const hdnd = task(5).lead[0];
    expect(task(4).coordinating).to.include(hdnd);
    expect(task(7).coordinating).to.include(hdnd);
    expect(vi(agency(hdnd).name)).to.equal('Đảng đoàn HĐND tỉnh');
    // "Ban cán sự đảng UBND tỉnh" (coordinator of 5) = "Ban Cán sự Đảng UBND tỉnh" (lead of 2–4, 6–22).
    const bcs = task(2).lead[0];
    expect(vi(agency(bcs).name)).to.equal('Ban Cán sự Đảng UBND tỉnh');
    expect(task(5).coordinating).to.include(bcs);
    for (const n of [2, 3, 4, ...Array.from({ length: 17 }, (_, i) => i + 6)]) expect(task(n).lead, `t${n}`).to.deep.equal([bcs]);
    // The Fatherland Front's Party group: task 4 ("Đảng đoàn …") and task 5 ("đảng đoàn …").
    const mttq = task(5).coordinating[1];
    expect(vi(agency(mttq).name)).to.equal('Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh');
    expect(task(4).coordinating).to.deep.equal(['dang-doan-hdnd-tinh', 'huyen-thi-thanh-uy', mttq, 'to-chuc-ctxh-tinh']);
  });

  it('keeps group bodies whole and tells the two "trực thuộc Tỉnh ủy" groups apart', () => {
    const districts = agency('huyen-thi-thanh-uy');
    expect(districts.kind).to.equal('group');
    expect(vi(districts.name)).to.equal('các huyện ủy, thị ủy, thành ủy');
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(task(n).coordinating, `t${n}`).to.include('huyen-thi-thanh-uy');
    const withDepartments = task(1).coordinating[0];
    const withoutDepartments = task(8).coordinating[0];
    expect(withDepartments).to.not.equal(withoutDepartments);
    expect(task(6).coordinating[0]).to.equal(withDepartments);
    for (let n = 9; n <= 22; n++) expect(task(n).coordinating, `t${n}`).to.deep.equal([withoutDepartments]);
    expect([agency(withDepartments).kind, agency(withoutDepartments).kind]).to.deep.equal(['group', 'group']);
    expect(vi(agency(withoutDepartments).name)).to.equal('Các đảng đoàn, ban cán sự, đảng ủy trực thuộc Tỉnh ủy');
  });

  it('never applies a successor: names stay as printed in 2023', () => {
    for (const a of feed.agencies) {
      expect(vi(a.name).length, a.id).to.be.greaterThan(0);
      if (a.successor) expect(vi(a.successor.name), a.id).to.not.equal(vi(a.name));
    }
    expect(agency('huyen-thi-thanh-uy').successor?.since).to.equal('2025-07-01');
  });

  it('reports no progress, because the document reports none', () => {
    expect(raw.tasks).to.have.length(22);
    expect(feed.targets).to.have.length(12);
    for (const t of raw.tasks) {
      for (const key of ['status', 'progress', 'updates', 'milestones', 'links']) expect(t, `${t.id}.${key}`).to.not.have.property(key);
    }
    for (const t of feed.targets) expect(t.actuals, t.id).to.deep.equal([]);
  });

  it('has the targets of part II.2 with their comparators', () => {
    const target = (id: string) => feed.targets.find((t) => t.id === id)!;
    expect(target('nong-san-quy-trinh-tot')).to.deep.include({ unit: 'percent', comparator: 'gt' });
    expect(target('nong-san-quy-trinh-tot').milestones.map((m) => [m.year, m.value])).to.deep.equal([[2030, 70]]);
    expect(target('nong-san-sau-che-bien')).to.deep.include({ unit: 'ratio', comparator: 'gte' });
    expect(target('nong-san-sau-che-bien').milestones.map((m) => [m.year, m.value])).to.deep.equal([[2030, 2]]);
    const grdp = target('cnsh-grdp');
    expect(grdp).to.deep.include({ unit: 'percent', comparator: 'approx' });
    expect(grdp.milestones.map((m) => [m.year, m.value, m.comparator])).to.deep.equal([[2030, 7, 'approx'], [2045, 10, 'eq']]);
    // The document's typo "phần đầu" (for "phấn đấu") stays.
    expect(vi(grdp.milestones[1].text!)).to.equal('phần đầu công nghiệp sinh học đóng góp 10% vào GRDP của tỉnh');
    const qualitative = feed.targets.filter((t) => t.kind === 'qualitative');
    expect(qualitative.map((t) => vi(t.title))).to.include.members([
      'Lào Cai là tỉnh có hoạt động ứng dụng công nghệ sinh học khá trong khu vực miền núi phía Bắc',
      'Tỉnh Lào Cai có nền công nghệ sinh học tiên tiến trong khu vực miền núi phía Bắc',
    ]);
    for (const t of qualitative) expect(t.milestones, t.id).to.deep.equal([]);
  });

  it('holds every goal of part II in the document\'s own words', async () => {
    // Section II of the document, byte for byte; every goal text must be a piece of it.
    const goals = await getText('/fixtures/laocai-219-goals.txt');
    const words = feed.targets.flatMap((t) => [...(t.kind === 'qualitative' ? [vi(t.title)] : []), ...t.milestones.map((m) => vi(m.text!))]);
    expect(words.length).to.equal(13);
    // Titles capitalise the first letter of a clause taken from mid-sentence; nothing else differs.
    const lowerFirst = (w: string) => w.charAt(0).toLocaleLowerCase('vi') + w.slice(1);
    for (const w of words) expect(goals.includes(w) || goals.includes(lowerFirst(w)), w).to.equal(true);
    const texts = words.join('\n');
    for (const statement of [
      'Công nghệ sinh học được ứng dụng rộng rãi trong từng ngành, lĩnh vực, địa phương của tỉnh',
      'Đào tạo, phát triển nguồn nhân lực công nghệ sinh học có chất lượng',
      'ảo đảm các nhu cầu thiết yếu của xã hội',
      'ổi mới, sáng tạo về công nghệ sinh học được quan tâm, tạo điều kiện thuận lợi để đầu tư, khởi nghiệp và phát triển',
      'Tập trung nguồn lực đầu tư phát triển và ứng dụng rộng rãi công nghệ sinh học vào sản xuất và đời sống',
    ]) expect(texts, statement).to.contain(statement);
    // Every sentence of part II.2 is somewhere in the fixture (the GRDP sentence is split in three).
    const sentences = goals.split('2. Mục tiêu cụ thể')[1].split('\n').filter((l) => l && !/^2\.\d\./.test(l));
    expect(sentences.length).to.equal(7);
    for (const line of sentences) {
      for (const clause of line.replace(/\.$/, '').split(/; |, (?=bảo đảm)/)) {
        expect(texts.toLowerCase(), clause).to.contain(clause.toLowerCase().replace(/^phần đầu /, '').replace(/^trong đó /, ''));
      }
    }
  });

  it('draws no baseline the document does not state', () => {
    // "tăng ít nhất 2 lần" names no base year: the feed says so in words instead.
    for (const t of feed.targets) expect(t.baseline, t.id).to.equal(undefined);
    const ratio = feed.targets.find((t) => t.id === 'nong-san-sau-che-bien')!;
    expect(vi(ratio.note!)).to.contain('không nêu mức gốc');
    expect((ratio.milestones[0].text as Record<string, string>).en).to.contain('at least doubles');
  });
});

describe('fixture: Programme 219-CTr/TU with illustrative progress', () => {
  let real: FeedType;
  let feed: FeedType;

  before(async () => {
    real = valid(await getJson('/fixtures/laocai-219-ctr-tu.json'), 'real');
    feed = valid(await getJson('/fixtures/laocai-219-ctr-tu.illustrative.json'), 'illustrative');
  });

  it('is marked illustrative, as of 2026-06-30', () => {
    expect(feed.meta.illustrative).to.equal(true);
    expect(feed.meta.asOf).to.equal('2026-06-30');
    expect(JSON.stringify(feed.meta.note)).to.contain('made up');
    // Its credit must not claim the invented statuses were transcribed.
    expect(vi(feed.meta.publisher!)).to.not.contain('chép lại từ văn bản');
    expect(vi(feed.meta.publisher!)).to.contain('minh họa');
  });

  it('has exactly the real programme underneath: no drift', () => {
    expect(feed.programme).to.deep.equal(real.programme);
    expect(feed.agencies).to.deep.equal(real.agencies);
    expect(feed.sections).to.deep.equal(real.sections);
    expect(ids(feed.tasks)).to.deep.equal(ids(real.tasks));
    expect(feed.tasks.map((t) => t.title)).to.deep.equal(real.tasks.map((t) => t.title));
    const plan = ({ status, progress, updates, milestones, links, ...rest }: TaskType) => rest;
    expect(feed.tasks.map(plan)).to.deep.equal(real.tasks.map(plan));
    expect(feed.targets.map(({ actuals, status, ...rest }) => rest)).to.deep.equal(real.targets.map(({ actuals, status, ...rest }) => rest));
  });

  it('has done, in-progress, delayed and unreported tasks, milestones and placeholder links', () => {
    const statuses = feed.tasks.map((t) => t.status);
    expect(statuses).to.include.members(['done', 'in-progress', 'delayed']);
    expect(statuses.filter((s) => s === undefined).length).to.be.greaterThan(3);
    expect(feed.tasks.filter((t) => t.milestones?.length).length).to.be.at.least(2);
    const links = feed.tasks.flatMap((t) => t.links ?? []);
    expect(links.length).to.be.at.least(2);
    for (const l of links) expect(l.url).to.match(/^https:\/\/example\.org\//);
  });

  it('has invented actuals for the quantitative targets only', () => {
    const grdp = feed.targets.find((t) => t.id === 'cnsh-grdp')!;
    expect(grdp.actuals.map((a) => [a.date, a.value])).to.deep.equal([['2024-12-31', 3.1], ['2025-12-31', 3.8]]);
    for (const t of feed.targets) {
      if (t.kind === 'quantitative') expect(t.actuals.length, t.id).to.be.greaterThan(0);
      else expect(t.actuals, t.id).to.deep.equal([]);
      for (const a of t.actuals) expect(vi(a.source!)).to.equal('Số liệu minh họa');
    }
  });
});

describe('fixture: empty feed', () => {
  it('is valid with zero tasks: the empty state, not an error', async () => {
    const feed = valid(await getJson('/fixtures/empty.json'), 'empty.json');
    expect(feed.tasks).to.deep.equal([]);
  });
});

describe('fixture: large generated feeds', () => {
  const feed = largeFeed(1000);

  it('validates and resolves every reference', () => {
    const parsed = valid(feed, 'largeFeed(1000)');
    expect(parsed, 'already in parsed form').to.deep.equal(feed);
    expectReferencesResolve(feed);
    expect(feed.meta.illustrative).to.equal(true);
  });

  it('has 60 agencies (some groups), 8 sections and the tasks asked for', () => {
    expect(feed.agencies).to.have.length(60);
    expect(new Set(ids(feed.agencies)).size).to.equal(60);
    expect(feed.agencies.filter((a) => a.kind === 'group').length).to.be.within(5, 20);
    expect(feed.sections).to.have.length(8);
    expect(feed.tasks).to.have.length(1000);
    expect(new Set(ids(feed.tasks)).size).to.equal(1000);
    for (const t of feed.tasks) {
      expect(t.lead.length, t.id).to.be.within(1, 2);
      expect(t.coordinating.length, t.id).to.be.within(0, 6);
    }
    expect(largeFeed(0).tasks).to.deep.equal([]);
    expect(largeFeed(37).tasks).to.have.length(37);
  });

  it('has every kind of timeframe text, and some structured ones', () => {
    const texts = feed.tasks.map((t) => t.timeframe).filter((tf): tf is string => typeof tf === 'string');
    for (const pattern of [/^Xong trong Quý [IV]+\/20\d\d$/, /^Từ Quý [IV]+\/20\d\d$/, /^Hàng năm$/, /^Thường xuyên$/, /^20\d\d – 20\d\d$/, /^20\d\d-20\d\d$/, /sau khi/, /^năm tiếp theo$/]) {
      expect(texts.some((s) => pattern.test(s)), String(pattern)).to.equal(true);
    }
    const kinds = new Set(feed.tasks.map((t) => (typeof t.timeframe === 'string' ? 'text' : t.timeframe.kind)));
    expect([...kinds]).to.include.members(['text', 'window', 'deadline']);
  });

  it('is deterministic, and the committed large-1000.json is what the generator makes', async () => {
    expect(JSON.stringify(largeFeed(1000))).to.equal(JSON.stringify(feed));
    expect(JSON.stringify(largeFeed(1000, 7))).to.not.equal(JSON.stringify(feed));
    expect(await getJson('/fixtures/large-1000.json')).to.deep.equal(feed);
  });
});

describe('fixtures/invalid: each file is broken the way its README says', () => {
  /** `json`: JSON.parse throws. `schema`: z.safeParse(Feed) fails at `paths`. `checks`: the schema accepts it; `defect` finds what the checks must. */
  type Case =
    | { file: string; layer: 'json' }
    | { file: string; layer: 'schema'; paths: string[]; badTasks: number[] }
    | { file: string; layer: 'checks'; defect: (feed: FeedType) => boolean };

  const cases: Case[] = [
    { file: 'truncated.json', layer: 'json' },
    { file: 'html-page.json', layer: 'json' },
    { file: 'wrong-types.json', layer: 'schema', paths: ['programme.issued', 'tasks.1.lead'], badTasks: [1] },
    { file: 'progress-out-of-range.json', layer: 'schema', paths: ['tasks.1.progress'], badTasks: [1] },
    { file: 'missing-programme.json', layer: 'schema', paths: ['programme'], badTasks: [] },
    { file: 'proto-pollution.json', layer: 'schema', paths: ['tasks.2.title'], badTasks: [2] },
    {
      file: 'dangling-agency.json',
      layer: 'checks',
      defect: (f) => f.tasks[2].lead[0] === 'so-khcn' && !f.agencies.some((a) => a.id === 'so-khcn'),
    },
    {
      file: 'javascript-link.json',
      layer: 'checks',
      defect: (f) => f.tasks[0].links?.[0].url === 'javascript:alert(1)' && /^https:\/\//.test(f.tasks[1].links?.[0].url ?? ''),
    },
    {
      file: 'end-before-start.json',
      layer: 'checks',
      defect: (f) => {
        const tf = f.tasks[1].timeframe;
        return typeof tf === 'object' && !!tf.start && !!tf.end && tf.end < tf.start;
      },
    },
    { file: 'duplicate-id.json', layer: 'checks', defect: (f) => f.tasks[2].id === f.tasks[0].id },
  ];

  for (const c of cases) {
    it(`${c.file}: ${c.layer === 'json' ? 'is not JSON' : c.layer === 'schema' ? `fails the schema at ${c.paths.join(', ')}` : 'passes the schema but has the defect the checks must report'}`, async () => {
      const text = await getText(`/fixtures/invalid/${c.file}`);
      if (c.layer === 'json') {
        expect(() => JSON.parse(text)).to.throw(SyntaxError);
        return;
      }
      const raw = JSON.parse(text);
      const result = z.safeParse(Feed, raw);
      if (c.layer === 'checks') {
        expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
        expect(c.defect(result.data!)).to.equal(true);
      } else {
        expect(result.success).to.equal(false);
        expect(result.error!.issues.map((i) => i.path.join('.'))).to.have.members(c.paths);
        // The rest still loads: every other task is valid on its own.
        const bad = (raw.tasks as unknown[]).flatMap((t, i) => (z.safeParse(Task, t).success ? [] : [i]));
        expect(bad).to.deep.equal(c.badTasks);
      }
      expect((raw.tasks as unknown[]).length, 'built on the 3-task feed').to.equal(3);
    });
  }

  it('covers every broken file there is', () => {
    expect(cases.map((c) => c.file).sort()).to.deep.equal([
      'dangling-agency.json', 'duplicate-id.json', 'end-before-start.json', 'html-page.json', 'javascript-link.json',
      'missing-programme.json', 'progress-out-of-range.json', 'proto-pollution.json', 'truncated.json', 'wrong-types.json',
    ]);
  });

  it('proto-pollution.json: the hostile keys are really own keys, and validation drops them without polluting', async () => {
    const raw = await getJson('/fixtures/invalid/proto-pollution.json');
    expect(Object.hasOwn(raw.tasks[0], '__proto__')).to.equal(true);
    expect(Object.hasOwn(raw.tasks[0], 'constructor')).to.equal(true);
    expect(Object.hasOwn(raw.tasks[2].title, '__proto__')).to.equal(true);
    const first = z.safeParse(Task, raw.tasks[0]);
    expect(first.success).to.equal(true);
    expect(Object.hasOwn(first.data!, '__proto__')).to.equal(false);
    expect(Object.hasOwn(first.data!, 'constructor')).to.equal(false);
    expect(Object.getPrototypeOf(first.data)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
