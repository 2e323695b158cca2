import { expect } from '@open-wc/testing';
import { stringifyFeed } from '../../src/feed/serialize.js';
import { addActual, addUpdate, advanceAsOf, reportUpdate } from '../../src/feed/edit.js';
import { parseFeed } from '../../src/feed/parse.js';
import { sampleFeed } from '../sample-feed.js';

const raw = () => sampleFeed() as Record<string, unknown>;

describe('stringifyFeed: one text for one feed', () => {
  it('writes the Programme 219 fixture back exactly as it is committed', async () => {
    const text = await (await fetch(new URL('../../fixtures/laocai-219-ctr-tu.json', import.meta.url))).text();
    expect(stringifyFeed(JSON.parse(text))).to.equal(text);
  });

  it('puts keys in the schema order, keeps unknown keys after them, never drops one', () => {
    const text = stringifyFeed({ tasks: [{ timeframe: 'x', zz: 1, id: 't1', updates: [{ progress: 5, text: 'a', date: '2023-01-01' }] }], meta: { asOf: '2023-01-01', schemaVersion: 1 } });
    expect(text).to.equal(`{
  "meta": {
    "schemaVersion": 1,
    "asOf": "2023-01-01"
  },
  "tasks": [
    {
      "id": "t1",
      "timeframe": "x",
      "updates": [
        {
          "date": "2023-01-01",
          "text": "a",
          "progress": 5
        }
      ],
      "zz": 1
    }
  ]
}
`);
  });
});

describe('feed edits', () => {
  it('a report with a note, a source and a link: the source titles the link', () => {
    expect(reportUpdate({ date: '2023-09-15', status: 'done', note: 'Xong', source: 'Báo cáo 125', link: 'https://example.org/a' })).to.deep.equal({
      date: '2023-09-15', text: 'Xong', status: 'done', links: [{ url: 'https://example.org/a', title: 'Báo cáo 125' }],
    });
    expect(reportUpdate({ date: '2023-09-15', status: 'done' }).text).to.equal('done');
  });

  it('adds an update once; the same one again is unchanged; another on that day is a conflict; input untouched', () => {
    const feed = raw();
    const update = reportUpdate({ date: '2023-09-15', status: 'done', source: 'Báo cáo 125' });
    const once = addUpdate(feed, 0, update);
    expect(once.outcome.kind).to.equal('added');
    expect((feed.tasks as Array<{ updates?: unknown[] }>)[0]!.updates).to.equal(undefined);
    expect(addUpdate(once.feed, 0, { ...update }).outcome.kind).to.equal('unchanged');
    expect(addUpdate(once.feed, 0, { ...update, progress: 50 }).outcome.kind).to.equal('conflict');
    const parsed = parseFeed(once.feed);
    expect(parsed.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(parsed.feed!.tasks[0]!.updates).to.have.length(1);
    expect(parsed.feed!.tasks[0]!.updates![0]).to.deep.include(update);
  });

  it('adds an actual once; moves asOf forward, never back', () => {
    const feed = raw();
    const first = addActual(feed, 0, { date: '2024-12-31', value: 42 });
    expect(first.outcome.kind).to.equal('added');
    expect(addActual(first.feed, 0, { date: '2024-12-31', value: 42 }).outcome.kind).to.equal('unchanged');
    const meta = (f: Record<string, unknown>) => f.meta as { asOf?: string };
    expect(meta(advanceAsOf(feed, '2099-01-01')).asOf).to.equal('2099-01-01');
    expect(meta(advanceAsOf(advanceAsOf(feed, '2099-01-01'), '2000-01-01')).asOf).to.equal('2099-01-01');
  });
});
