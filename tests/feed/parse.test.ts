import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { formatPath } from '../../src/feed/issues.js';
import { sampleFeed } from '../sample-feed.js';

const paths = (issues: { path: readonly (string | number)[]; code: string }[], code?: string) =>
  issues.filter((i) => !code || i.code === code).map((i) => formatPath(i.path));

describe('parseFeed', () => {
  it('accepts a valid feed with no problems and applies defaults', () => {
    const { feed, issues } = parseFeed(sampleFeed());
    expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(feed!.tasks.map((t) => t.id)).to.deep.equal(['t1', 't2', 't3']);
    expect(feed!.tasks[2]!.coordinating).to.deep.equal([]);
    expect(feed!.agencies[0]!.kind).to.equal('single');
    expect(feed!.meta.illustrative).to.equal(false);
  });

  it('fails as a whole only when the frame is broken, with the path of the problem', () => {
    const input = sampleFeed();
    delete input.programme;
    const { feed, issues } = parseFeed(input);
    expect(feed).to.equal(null);
    expect(paths(issues)).to.include('programme');
    expect(issues[0]!.params).to.include({ problem: 'missing' });
  });

  it('skips a task of the wrong shape and keeps the others', () => {
    const input = sampleFeed();
    input.tasks[1].lead = 'hdnd';
    input.tasks[1].progress = 140;
    const { feed, issues } = parseFeed(input);
    expect(feed!.tasks.map((t) => t.id)).to.deep.equal(['t1', 't3']);
    expect(paths(issues, 'schema')).to.include.members(['tasks[1].lead', 'tasks[1].progress']);
    expect(issues.find((i) => formatPath(i.path) === 'tasks[1].lead')!.params).to.include({ problem: 'type', expected: 'array', received: 'string' });
    expect(paths(issues, 'item-skipped')).to.deep.equal(['tasks[1]']);
  });

  it('reports a date written the Vietnamese way where YYYY-MM-DD is required', () => {
    const input = sampleFeed();
    input.programme.issued = '22/5/2023';
    const { feed, issues } = parseFeed(input);
    expect(feed).to.equal(null);
    expect(issues.map((i) => [formatPath(i.path), i.params?.problem, i.params?.format])).to.deep.equal([['programme.issued', 'format', 'date']]);
  });

  it('keeps a task whose agencies the feed does not define, showing each by its id', () => {
    const input = sampleFeed();
    input.tasks[0].coordinating = ['huyen', 'nobody'];
    input.tasks[1].lead = ['ghost'];
    const { feed, issues } = parseFeed(input);
    expect(feed!.tasks.map((t) => t.id)).to.deep.equal(['t1', 't2', 't3']);
    expect(feed!.tasks[0]!.coordinating).to.deep.equal(['huyen', 'nobody']);
    expect(feed!.tasks[1]!.lead).to.deep.equal(['ghost']);
    // One placeholder per missing id, named by the id, after the agencies the feed defines.
    expect(feed!.agencies.slice(3)).to.deep.equal([{ id: 'nobody', name: 'nobody', kind: 'single' }, { id: 'ghost', name: 'ghost', kind: 'single' }]);
    expect(paths(issues, 'dangling-ref')).to.deep.equal(['tasks[0].coordinating[1]', 'tasks[1].lead[0]']);
    expect(paths(issues, 'item-skipped')).to.deep.equal([]);
  });

  it('keeps the first of two items with one id, with positions from the input', () => {
    const input = sampleFeed();
    input.tasks.splice(1, 0, { ...input.tasks[0], title: 'Bản sao' });
    const { feed, issues } = parseFeed(input);
    expect(feed!.tasks.map((t) => t.title)).to.deep.equal(['Quán triệt', 'Rà soát', 'Khen thưởng']);
    expect(paths(issues, 'duplicate-id')).to.deep.equal(['tasks[1].id']);
  });

  it('renders no javascript: link and resolves relative links against the feed URL', () => {
    const input = sampleFeed();
    input.tasks[0].links = [{ url: 'javascript:alert(1)' }, { url: ' JAVA\tSCRIPT:alert(1)' }, { url: 'data:text/html,<b>x</b>' }, { url: 'docs/plan.pdf' }, { url: 'https://example.org/a' }];
    const { feed, issues } = parseFeed(input, { baseUrl: 'https://portal.example/feeds/219.json' });
    expect(feed!.tasks[0]!.links!.map((l) => l.url)).to.deep.equal(['https://portal.example/feeds/docs/plan.pdf', 'https://example.org/a']);
    expect(paths(issues, 'unsafe-link')).to.deep.equal(['tasks[0].links[0].url', 'tasks[0].links[1].url', 'tasks[0].links[2].url']);
  });

  it('keeps the words of a structured timeframe whose end is before its start', () => {
    const input = sampleFeed();
    input.tasks[1].timeframe = { text: '2026-2023', kind: 'window', start: '2026-01-01', end: '2023-12-31' };
    const { feed, issues } = parseFeed(input);
    expect(feed!.tasks[1]!.timeframe).to.equal('2026-2023');
    expect(paths(issues, 'end-before-start')).to.deep.equal(['tasks[1].timeframe']);
  });

  it('never lets __proto__ or constructor keys reach an object', () => {
    const input = JSON.parse(JSON.stringify(sampleFeed()).replace('"id":"t1",', '"id":"t1","__proto__":{"polluted":true},"constructor":{"prototype":{"bad":1}},'));
    const { feed } = parseFeed(input);
    const task = feed!.tasks[0]!;
    expect(Object.hasOwn(task, '__proto__')).to.equal(false);
    expect(Object.hasOwn(task, 'constructor')).to.equal(false);
    expect(({} as any).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(task)).to.equal(Object.prototype);
  });

  it('warns about an agency no task uses, without failing', () => {
    const input = sampleFeed();
    input.agencies.push({ id: 'lonely', name: 'Sở Không Việc' });
    const { feed, issues } = parseFeed(input);
    expect(feed!.agencies).to.have.length(4);
    expect(issues.filter((i) => i.code === 'unused-agency').map((i) => i.severity)).to.deep.equal(['warning']);
  });
});

describe('parseFeed on a broken frame', () => {
  it('reports every problem at once, list items included', () => {
    const input = sampleFeed();
    input.programme.issued = '22/5/2023';
    input.tasks[1].lead = 'hdnd';
    const { feed, issues } = parseFeed(input);
    expect(feed).to.equal(null);
    expect(paths(issues)).to.include.members(['programme.issued', 'tasks[1].lead']);
  });
});

describe('parseJson', () => {
  it('gives the line and column of a syntax error', async () => {
    const { parseJson } = await import('../../src/feed/load.js');
    try {
      parseJson('{\n  "meta": {\n    "schemaVersion": 1,\n  }\n}');
      expect.fail('no error');
    } catch (e: any) {
      expect(e.code).to.equal('syntax');
      expect(e.issues[0].params).to.include({ line: 4, column: 3 });
    }
  });

  it('recognises an HTML page where JSON was expected', async () => {
    const { parseJson } = await import('../../src/feed/load.js');
    expect(() => parseJson('\n<!doctype html><html></html>')).to.throw().with.property('code', 'not-json');
  });
});

describe('calendar dates in the schema', () => {
  it('rejects 31/2 and a year that is not whole, naming the format', () => {
    const input = sampleFeed();
    input.programme.issued = '2023-02-31';
    input.programme.horizon = 2030.5;
    const { issues } = parseFeed(input);
    expect(issues.map((i) => [formatPath(i.path), i.params?.problem, i.params?.format])).to.deep.equal([
      ['programme.issued', 'format', 'date'],
      ['programme.horizon', 'format', 'year'],
    ]);
  });
});
