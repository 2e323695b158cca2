/**
 * The generated readers (src/feed/verdict.ts, from schema.ts through readers.ts) must give zod's
 * verdict and zod's data, or ask zod: on random items and feeds — real and large ones, mutated
 * field by field with the values a bad export or an attacker writes — they accept exactly what
 * `z.safeParse` accepts, with the same value (same keys, same order, absent stays absent; text
 * bidi-isolated as read.ts isolates zod's data), and never accept what zod refuses. Seeded.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { Agency, FeedFrame, Id, Section, Target, Task } from '../../src/feed/schema.js';
import { ASK, type Reader } from '../../src/feed/readers.js';
import { isolateAll } from '../../src/feed/bidi.js';
import { readAgency, readFeedFrame, readId, readSection, readTarget, readTask } from '../../src/feed/verdict.js';
import { largeFeed } from '../../fixtures/large-feed.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const SEED = 15;
const programme = (await (await fetch('/fixtures/laocai-219-ctr-tu.json')).json()) as Json;
const illustrative = (await (await fetch('/fixtures/laocai-219-ctr-tu.illustrative.json')).json()) as Json;
const large = largeFeed(60) as unknown as Json;

/** What zod cares about at the edges: types, lengths (in code points), ranges, dates, keys. */
const NASTY: unknown[] = [
  '', 'x', ' ', '𝒳', 'a'.repeat(120), 'a'.repeat(121), `${'𝒳'.repeat(60)}`, `${'𝒳'.repeat(61)}`, 'a b', '-a', 'a:b.c_d',
  0, -1, 1e308, 100, 100.5, 101, 1899, 1900, 2200, 2024.5, NaN, Infinity, null, true, false, undefined, [], {}, [''], ['a', 'a'],
  { vi: '' }, { vi: 'x' }, { VI: 'x' }, { 'zh-Hant': 'x' }, { vi: 1 }, JSON.parse('{"__proto__": "x"}'), { constructor: 'x' }, { 1: 'x' },
  '2023-02-29', '2024-02-29', '2023-13-01', '0023-05-22', '9999-12-31', '2023-9-1', '2023-09-01T00:00', ' 2023-09-01',
  'deadline', 'window', 'monthly', 'quarter', 'planned', 'done', 'percent', 'range', 'higher', 'group', 'single', 1,
  { text: 'Quý III/2023', kind: 'deadline', end: '2023-09-30' }, { text: '', kind: 'window' }, { text: 'x', kind: 'bogus' },
  { url: 'https://example.org' }, { url: '' }, { date: '2024-01-01', title: 'x' }, { date: '2024-01-01', text: 'x', progress: 50 },
  { year: 2030, value: 1 }, { value: 1 }, { date: '2024-01-01', value: 1, extra: true },
  // Text a reader must isolate (bidi.ts), and strings it must leave as they are (links).
  'Tên \u202Eđảo ngược', 'a\u2069b\u2066', 'مرحبا', '\u200F', { vi: 'x\u202E', en: 'ok' }, { url: '\u202Ex' }, { $schema: '\u2067' },
  { text: '\u202E2023', kind: 'deadline' }, { url: 'https://example.org/\u202E', title: '\u202Ex' }, ['\u202E'],
];

const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

function paths(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...path, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...path, k], out);
  return out;
}

type Mutation = { at: number; op: 'set' | 'add'; value: unknown; key: string } | { at: number; op: 'delete'; value?: undefined; key?: undefined };

/** The item with each mutation made at one of its paths (`at` picks it); the original is kept. */
function mutate(item: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(item);
  for (const m of mutations) {
    const all = paths(copy);
    const path = all[m.at % all.length]!;
    if (path.length === 0) continue;
    let parent: any = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const last = path.at(-1)!;
    if (m.op === 'set') parent[last] = structuredClone(m.value);
    else if (m.op === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    else if (parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last][m.key] = structuredClone(m.value);
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ at: fc.nat(), op: fc.constant('set' as const), value, key: fc.constant('') }) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), op: fc.constant('delete' as const) }) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), op: fc.constant('add' as const), value, key: fc.constantFrom('extra', 'status', 'title', 'text', 'vi', 'en', 'kind', '__proto__') }) },
);

/** The value as a list of entries, recursively: key order and `undefined` keys count. */
function entries(v: unknown): unknown {
  if (Array.isArray(v)) return ['array', v.length, ...v.map(entries)];
  if (v !== null && typeof v === 'object') return ['object', Object.getPrototypeOf(v) === Object.prototype, ...Object.keys(v).map((k) => [k, entries((v as Record<string, unknown>)[k])])];
  return [typeof v, v];
}

/**
 * Both on one input: the same verdict and the same data; returns which it was. ASK on a value zod
 * accepts is allowed (zod then reads it) but must stay rare: it is counted as 'asked'.
 */
function agree(schema: z.ZodMiniType, read: Reader, input: unknown): 'accepted' | 'refused' | 'asked' {
  const zod = z.safeParse(schema, input);
  const fast = read(input);
  if (!zod.success) {
    expect(fast, `zod refuses ${JSON.stringify(input)?.slice(0, 300)}: ${zod.error.issues.map((i) => `${i.path.join('.')} ${i.code}`).join('; ')}`).to.equal(ASK);
    return 'refused';
  }
  if (fast === ASK) return 'asked';
  // read.ts isolates what zod gives back as the readers do while reading: the frame's own fields
  // (its lists are read item by item), or the whole item.
  const data = zod.data as Record<string, unknown>;
  if (read === readFeedFrame) {
    isolateAll(data.meta);
    isolateAll(data.programme, 'source');
  } else isolateAll(data);
  expect(entries(fast)).to.deep.equal(entries(data));
  return 'accepted';
}

const lists = { agencies: [Agency, readAgency], sections: [Section, readSection], tasks: [Task, readTask], targets: [Target, readTarget] } as const;

describe('verdict.ts: the same verdict and data as zod', () => {
  for (const [list, [schema, read]] of Object.entries(lists)) {
    it(`${list}: every item of the three fixtures, as given`, () => {
      const items = [programme, illustrative, large].flatMap((feed) => (feed as Record<string, unknown[]>)[list] ?? []);
      expect(items.length).to.be.greaterThan(0);
      for (const item of items) expect(agree(schema as z.ZodMiniType, read, item)).to.equal('accepted');
    });

    it(`${list}: mutated items`, () => {
      const items = [programme, illustrative, large].flatMap((feed) => (feed as Record<string, unknown[]>)[list] ?? []);
      const seen = { accepted: 0, refused: 0, asked: 0 };
      fc.assert(
        fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (pick, ms) => {
          seen[agree(schema as z.ZodMiniType, read, mutate(items[pick % items.length], ms))]++;
        }),
        { seed: SEED, numRuns: 400 },
      );
      // Both verdicts were seen, and zod was asked about a right value rarely (odd record keys only).
      expect(seen.accepted, JSON.stringify(seen)).to.be.greaterThan(20);
      expect(seen.refused, JSON.stringify(seen)).to.be.greaterThan(20);
      expect(seen.asked, JSON.stringify(seen)).to.be.lessThan(40);
    });
  }

  it('the frame: mutated feeds', () => {
    const seen = { accepted: 0, refused: 0, asked: 0 };
    fc.assert(
      fc.property(fc.constantFrom(programme, illustrative, large), fc.array(mutation, { minLength: 1, maxLength: 2 }), (feed, ms) => {
        seen[agree(FeedFrame as z.ZodMiniType, readFeedFrame, mutate(feed, ms))]++;
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(seen.accepted, JSON.stringify(seen)).to.be.greaterThan(20);
    expect(seen.refused, JSON.stringify(seen)).to.be.greaterThan(5);
  });

  it('a key zod would read as a number, or __proto__ in a language map, is left to zod', () => {
    const task = (large as { tasks: object[] }).tasks[0]!;
    expect(readTask(task)).to.not.equal(ASK);
    expect(readTask({ ...task, title: JSON.parse('{"__proto__": "x"}') })).to.equal(ASK);
    expect(readTask({ ...task, title: { 1: 'x' } })).to.equal(ASK);
  });

  it('text is isolated as it is read (FSI … PDI); links, ids and dates are left as they are', () => {
    const task = (large as { tasks: Record<string, unknown>[] }).tasks[0]!;
    const read = readTask({
      ...task, number: '\u202E1', title: { vi: 'Tên \u202Eđảo', url: '\u202Ex' }, timeframe: 'Quý III/2023 \u2069',
      links: [{ url: 'https://example.org/\u202E', title: 'مرحبا' }],
    });
    if (read === ASK) throw new Error('the reader refused a right task');
    expect(read.number).to.equal('\u2068\u202E1\u2069');
    // "url" is a language here (the tag pattern takes it; ISO 639-3 has Urali), not a link.
    expect(read.title).to.deep.equal({ vi: '\u2068Tên \u202Eđảo\u2069', url: '\u2068\u202Ex\u2069' });
    // A stray closer is dropped so that it cannot end the isolate early.
    expect(read.timeframe).to.equal('\u2068Quý III/2023 \u2069');
    expect(read.links).to.deep.equal([{ url: 'https://example.org/\u202E', title: '\u2068مرحبا\u2069' }]);
    expect(read.id).to.equal(task.id);
    expect(readTask({ ...task, title: 'Việc \u0111ã xong' })).to.have.property('title', 'Việc \u0111ã xong');
  });

  it('a language map keyed "url" is text on both paths, wherever text goes; a link is left as it is', () => {
    const map = { url: '\u202Ex' };
    const isolated = { url: '\u2068\u202Ex\u2069' };
    const frame = JSON.parse(JSON.stringify(programme)) as { programme: Record<string, unknown> };
    frame.programme.title = map;
    frame.programme.source = { url: 'https://example.org/\u202E' };
    const target = {
      ...(large as { targets: object[] }).targets[0]!,
      title: map, baseline: { value: 1, source: map },
      actuals: [{ date: '2024-06-30', value: 2, source: map, url: 'https://example.org/\u202E' }],
    };
    expect(agree(FeedFrame as z.ZodMiniType, readFeedFrame, frame)).to.equal('accepted');
    expect(agree(Target as z.ZodMiniType, readTarget, target)).to.equal('accepted');
    const { programme: read } = readFeedFrame(frame) as unknown as { programme: Record<string, unknown> };
    expect(read.title).to.deep.equal(isolated);
    expect(read.source).to.deep.equal({ url: 'https://example.org/\u202E' });
    const t = readTarget(target) as unknown as { title: unknown; baseline: { source: unknown }; actuals: Array<{ source: unknown; url: string }> };
    expect([t.title, t.baseline.source, t.actuals[0]!.source]).to.deep.equal([isolated, isolated, isolated]);
    expect(t.actuals[0]!.url).to.equal('https://example.org/\u202E');
  });

  it('ids: lengths in code points at the limits, the pattern, non-strings', () => {
    const ids = ['a', 'a'.repeat(120), 'a'.repeat(121), '𝒳', 'a'.repeat(119) + '.', 'a'.repeat(118) + '𝒳', '', '-a', 'a b', 1, null, undefined];
    for (const id of ids) agree(Id as z.ZodMiniType, readId, id);
    expect(readId('a'.repeat(120))).to.equal('a'.repeat(120));
    expect(readId('a'.repeat(121))).to.equal(ASK);
  });
});
