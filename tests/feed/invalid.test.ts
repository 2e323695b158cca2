import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { parseJson } from '../../src/feed/load.js';
import { formatPath, type FeedError } from '../../src/feed/issues.js';

/** Each broken fixture: the problem the loader must name, where, and what still loads. */
const cases: Array<{ file: string; code: string; path?: string; loads: string[] | null }> = [
  { file: 'truncated.json', code: 'syntax', loads: null },
  { file: 'html-page.json', code: 'not-json', loads: null },
  { file: 'wrong-types.json', code: 'schema', path: 'tasks[1].lead', loads: null },
  { file: 'missing-programme.json', code: 'schema', path: 'programme', loads: null },
  { file: 'dangling-agency.json', code: 'dangling-ref', path: 'tasks[2].lead[0]', loads: ['t1', 't2', 't3'] },
  { file: 'javascript-link.json', code: 'unsafe-link', path: 'tasks[0].links[0].url', loads: ['t1', 't2', 't3'] },
  { file: 'end-before-start.json', code: 'end-before-start', path: 'tasks[1].timeframe', loads: ['t1', 't2', 't3'] },
  { file: 'duplicate-id.json', code: 'duplicate-id', path: 'tasks[2].id', loads: ['t1', 't2'] },
  { file: 'progress-out-of-range.json', code: 'schema', path: 'tasks[1].progress', loads: ['t1', 't2', 't3'] },
  { file: 'proto-pollution.json', code: 'schema', path: 'tasks[2].title', loads: ['t1', 't2'] },
  // Issue 13 and the fuzzer's counter-examples: one broken field never costs a valid task.
  { file: 'recurring-9999.json', code: 'schema', path: 'tasks[1].timeframe.end', loads: ['t1', 't2', 't3'] },
  { file: 'agency-short-number.json', code: 'field-dropped', path: 'agencies[0].short', loads: ['t1', 't2', 't3'] },
  { file: 'section-empty-title.json', code: 'placeholder', path: 'sections[0]', loads: ['t1', 't2', 't3'] },
  { file: 'section-empty-id.json', code: 'dangling-ref', path: 'tasks[0].section', loads: ['t1', 't2', 't3'] },
  { file: 'duplicate-invalid-first.json', code: 'schema', path: 'tasks[0].title', loads: ['t1', 't2', 't3'] },
  { file: 'optional-wrong-type.json', code: 'field-dropped', path: 'programme.place', loads: ['t1', 't2', 't3'] },
  { file: 'year-0023.json', code: 'schema', path: 'programme.issued', loads: null },
];

describe('broken feeds: each problem named where it is, the rest kept', () => {
  for (const { file, code, path, loads } of cases) {
    it(`${file}: ${code}${path ? ` at ${path}` : ''}`, async () => {
      const text = await (await fetch(`/fixtures/invalid/${file}`)).text();
      let json: unknown;
      try {
        json = parseJson(text);
      } catch (e) {
        expect((e as FeedError).code).to.equal(code);
        expect(loads).to.equal(null);
        return;
      }
      const { feed, issues } = parseFeed(json);
      const found = issues.filter((i) => i.code === code && i.severity === 'error').map((i) => formatPath(i.path));
      expect(found).to.include(path);
      if (loads === null) expect(feed).to.equal(null);
      else expect(feed!.tasks.map((t) => t.id)).to.deep.equal(loads);
      expect(({} as any).polluted).to.equal(undefined);
    });
  }

  it('renders no javascript: link but keeps the https one', async () => {
    const { feed } = parseFeed(await (await fetch('/fixtures/invalid/javascript-link.json')).json());
    expect(feed!.tasks[0]!.links ?? []).to.deep.equal([]);
    expect(feed!.tasks[1]!.links![0]!.url).to.match(/^https:\/\/example\.org\//);
  });
});
