/**
 * The fuzzer (issue 13): the real fixtures, mutated — a field replaced by a value of the wrong
 * kind, a far or impossible date, a control character, a deleted key, a duplicated item — and
 * read exactly as a widget reads them (FeedLoader, the `tiendo-timeline` way) and as
 * `tiendo validate` does. Seeded, so a failure replays; bounded, a few seconds.
 *
 * For every mutant:
 * - nothing throws, and nothing hangs (a hang fails the test by its timeout);
 * - every task the mutation left intact (same JSON, id not duplicated) is still drawn;
 * - the feed is refused as a whole only for a problem in its frame (meta, programme, the lists);
 * - the CLI's verdict is the widget's: valid for `tiendo validate` ⇔ the widget shows it with no
 *   problem; refused by one ⇔ refused by the other.
 *
 * Counter-examples found on the way are kept in fixtures/invalid/ (see its README) and replayed
 * below as fixed cases.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ReactiveController } from 'lit';
import { FeedLoader } from '../../src/core/feed-loader.js';
import type { FeedState } from '../../src/core/feed-state.js';
import { parseTimeframe } from '../../src/feed/timeframe.js';
import { taskStatus } from '../../src/feed/status.js';
import { validateText } from '../../src/cli/validate.js';
import { programmeRange } from '../../src/timeline/range.js';

/** How many mutants each fixture gets; with two fixtures, 2 × RUNS mutants per `npm test`. */
export const RUNS = 150;
const SEED = 13;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Values a hurried editor, a bad export or an attacker puts into a feed. */
const NASTY: Json[] = [
  '', ' ', 'x', 42, -1, 0, 1e308, null, true, [], {}, [1, 2], { vi: 'x' }, { VI: 'x' }, { vi: '' },
  '9999-12-31', '0023-05-22', '0000-01-01', '2023-02-29', '2023-13-01', '22/5/2023', '2200-12-31', '1899-12-31',
  'Hoàn thành trước 31/12/9999', 'Hằng năm', 'Hằng tháng', 'Quý V/2023', '2023-9999', 'Từ năm 0023',
  'Tên \u202Eđảo ngược', 'dòng\u000Bmới', '\uFFFF', '\u0001', '\uD800', '__proto__', 'constructor',
  'javascript:alert(1)', ' JAVA\tSCRIPT:alert(1)', 'recurring', 'yearly', 'group', 'done', 150,
  { text: 'Hằng tháng', kind: 'recurring', recurrence: 'monthly', end: '9999-12-31' },
  { text: 'Hằng năm', kind: 'recurring', recurrence: 'yearly', start: '0023-01-01' },
  { text: 'Trước 2200', kind: 'deadline', end: '2200-12-31' },
  { text: '2030-2023', kind: 'window', start: '2030-01-01', end: '2023-01-01' },
  { url: '' }, { date: 'x', text: 'y' },
];

type Mutation = { path: Path; op: 'set'; value: Json } | { path: Path; op: 'delete' | 'duplicate' | 'garble' };

function paths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

function mutate(original: Json, mutations: Mutation[]): Json {
  const feed = structuredClone(original);
  for (const m of mutations) {
    if (m.path.length === 0) continue;
    let parent: any = feed;
    for (const key of m.path.slice(0, -1)) {
      parent = parent?.[key];
      if (parent === null || typeof parent !== 'object') break;
    }
    if (parent === null || typeof parent !== 'object') continue;
    const key = m.path.at(-1)!;
    if (!(key in parent)) continue;
    if (m.op === 'set') parent[key] = structuredClone(m.value);
    else if (m.op === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (m.op === 'duplicate' && Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
    else if (m.op === 'garble' && typeof parent[key] === 'string') parent[key] = `${parent[key]}\u0301`.replace(/^./, 'Đ');
  }
  return feed;
}

function mutations(original: Json): fc.Arbitrary<Mutation[]> {
  const all = paths(original).filter((p) => p.length > 0);
  const path = fc.constantFrom(...all);
  const value: fc.Arbitrary<Json> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NASTY) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> });
  const one: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ path, op: fc.constant('set' as const), value }) },
    { weight: 1, arbitrary: fc.record({ path, op: fc.constantFrom('delete' as const, 'duplicate' as const, 'garble' as const) }) },
  );
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

/**
 * What a widget (FeedLoader, with the timeframe reader) makes of a text: at once for a right feed,
 * once zod is fetched for one with a problem.
 */
function widgetReads(text: string): Promise<FeedState> {
  const host = { addController: (_: ReactiveController) => {}, requestUpdate: () => {}, removeController: () => {}, updateComplete: Promise.resolve(true) };
  return new Promise((settled) => {
    const loader = new FeedLoader(host, (state) => state.phase !== 'loading' && settled(state), () => parseTimeframe);
    loader.use(text);
  });
}

const FRAME = new Set(['meta', 'programme', 'agencies', 'sections', 'tasks', 'targets']);

/** Checks one mutant; returns what it found, for the summary. */
async function check(feed: Json): Promise<{ refused: boolean; valid: boolean }> {
  const text = JSON.stringify(feed, null, 2);
  const state = await widgetReads(text);
  const validation = validateText(text, 'mutant.json', { lang: 'en', strict: false });
  // A refusal here that is not a FeedError (an exception inside) would have been "network": never.
  expect(state.error?.code ?? 'none', JSON.stringify(state.error?.issues?.slice(0, 3))).to.not.equal('network');

  if (state.phase === 'error') {
    expect(validation.counts, 'the CLI accepts what the widget refuses').to.equal(undefined);
    expect(validation.valid).to.equal(false);
    // Refused only for the frame (a list itself, meta or programme), never for one item; the
    // problems of the items are listed too, so the webmaster sees everything at once.
    const frame = state.error!.issues.filter(({ path: [first, second], code }) =>
      code !== 'schema' || first === undefined || first === 'meta' || first === 'programme' || (FRAME.has(String(first)) && typeof second !== 'number'));
    expect(frame, `refused for ${state.error!.issues.map((i) => i.path.join('.')).join(', ')}`).to.not.be.empty;
    return { refused: true, valid: false };
  }
  expect(state.phase).to.equal('ready');
  const model = state.model!;
  expect(validation.counts, 'the CLI refuses what the widget shows').to.not.equal(undefined);
  const widgetValid = !model.issues.some((i) => i.severity === 'error');
  expect(validation.valid, `CLI ${validation.valid} vs widget ${widgetValid}: ${validation.problems.filter((p) => p.severity === 'error').map((p) => `${p.path} ${p.code}`).join('; ')}`).to.equal(widgetValid);

  // Every task left intact is drawn.
  const tasks = (feed as any)?.tasks;
  if (Array.isArray(tasks)) {
    const ids = tasks.map((t: any) => t?.id);
    const shown = new Set(model.tasks.map((t) => t.id));
    for (const task of tasks) {
      if (!intact.has(JSON.stringify(task)) || ids.filter((id: unknown) => id === task.id).length !== 1) continue;
      expect(shown.has(task.id), `intact task ${task.id} was lost`).to.equal(true);
    }
  }
  // And every task can be given a status and a place on the axis without throwing.
  for (const task of model.tasks) taskStatus(task, '2026-06-30');
  programmeRange(model);
  return { refused: false, valid: widgetValid };
}

let intact = new Set<string>();

describe('fuzzer: mutated real fixtures', function () {
  this.timeout(120_000);

  for (const name of ['laocai-219-ctr-tu.json', 'laocai-219-ctr-tu.illustrative.json']) {
    it(`${name}: ${RUNS} mutants, no throw or hang, no intact task lost, CLI verdict = widget verdict`, async () => {
      const original = (await (await fetch(`/fixtures/${name}`)).json()) as Json;
      intact = new Set(((original as any).tasks as Json[]).map((t) => JSON.stringify(t)));
      const seen = { refused: 0, valid: 0, invalid: 0 };
      await fc.assert(
        fc.asyncProperty(mutations(original), async (ms) => {
          const r = await check(mutate(original, ms));
          seen[r.refused ? 'refused' : r.valid ? 'valid' : 'invalid']++;
        }),
        { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
      );
      // The mutations reach every outcome: some mutants still valid, most reported, a few refused.
      expect(seen.valid + seen.invalid + seen.refused).to.equal(RUNS);
      expect(seen.invalid).to.be.greaterThan(RUNS / 2);
      expect(seen.refused).to.be.greaterThan(0);
    });
  }
});
