/**
 * Issue 13, "Nothing lost": each breakage the attack run found, rebuilt on the real Programme 219
 * feed. One broken field costs that field, never a neighbour; every computed date stays in the
 * calendar.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { buildModel } from '../../src/feed/build-model.js';
import { formatPath, type FeedIssue } from '../../src/feed/issues.js';
import { addDays, dayNumber, fromDayNumber } from '../../src/feed/calendar.js';
import { programmeRange } from '../../src/timeline/range.js';

const fixture = async () => (await (await fetch('/fixtures/laocai-219-ctr-tu.json')).json()) as any;
const errors = (issues: FeedIssue[]) => issues.filter((i) => i.severity === 'error').map((i) => `${formatPath(i.path)} ${i.code}`);

/** Parses and builds the model as a widget does; the ids of the tasks it would draw. */
function shown(feed: unknown): { ids: string[]; issues: FeedIssue[]; model: ReturnType<typeof buildModel> } {
  const { feed: parsed, issues } = parseFeed(feed);
  expect(parsed, 'the feed is refused as a whole').to.not.equal(null);
  const model = buildModel(parsed!, issues);
  return { ids: model.tasks.map((t) => t.id), issues, model };
}

describe('one broken field never costs a valid task', () => {
  let all: string[];
  before(async () => {
    all = (await fixture()).tasks.map((t: { id: string }) => t.id);
    expect(all).to.have.length(22);
  });

  // From the programme's issue (22/5/2023) to its horizon (2030): one occurrence per period.
  const periods: Record<string, number> = { yearly: 8, semiannual: 16, quarterly: 31, monthly: 92 };
  for (const recurrence of Object.keys(periods)) {
    it(`a ${recurrence} timeframe ending 9999-12-31 keeps all 22 tasks and names the year`, async () => {
      const feed = await fixture();
      feed.tasks[4].timeframe = { text: 'Hằng năm', kind: 'recurring', recurrence, end: '9999-12-31' };
      const { ids, issues, model } = shown(feed);
      expect(ids).to.deep.equal(all);
      expect(errors(issues)).to.deep.equal(['tasks[4].timeframe.end schema', 'tasks[4].timeframe.end field-dropped']);
      expect(issues[0]!.params).to.include({ format: 'feed-year', received: '"9999-12-31"' });
      // The task is still drawn, yearly up to the horizon.
      expect(model.tasks[4]!.schedule!.end).to.equal('2030-12-31');
      expect(model.tasks[4]!.schedule!.occurrences).to.have.length(periods[recurrence]!);
    });
  }

  it("an agency's wrong-typed short name drops the short name, not the tasks that name the agency", async () => {
    const feed = await fixture();
    feed.agencies[0].short = 42;
    const { ids, issues, model } = shown(feed);
    expect(ids).to.deep.equal(all);
    expect(errors(issues)).to.deep.equal(['agencies[0].short schema', 'agencies[0].short field-dropped']);
    expect(model.agencies[0]!.name).to.deep.equal(feed.agencies[0].name);
    expect(model.agencies[0]!.short).to.equal(undefined);
  });

  it("an agency whose Vietnamese name is broken stays by its id, with all its tasks", async () => {
    const feed = await fixture();
    const id = feed.agencies[1].id;
    const naming = feed.tasks.filter((t: any) => t.lead.includes(id) || (t.coordinating ?? []).includes(id)).length;
    expect(naming).to.be.greaterThan(0);
    feed.agencies[1].name = { VI: feed.agencies[1].name };
    const { ids, issues, model } = shown(feed);
    expect(ids).to.deep.equal(all);
    expect(errors(issues)).to.include('agencies[1] placeholder');
    expect(model.agencyById.get(id)!.name).to.equal(id);
    expect(model.tasks.filter((t) => [...t.lead, ...t.coordinating].some((a) => a.id === id))).to.have.length(naming);
  });

  it('a section with an empty title keeps its tasks, untitled', async () => {
    const feed = await fixture();
    feed.sections[0].title = '';
    const { ids, issues, model } = shown(feed);
    expect(ids).to.deep.equal(all);
    expect(errors(issues)).to.deep.equal(['sections[0].title schema', 'sections[0] placeholder']);
    expect(model.sections[0]!.id).to.equal(feed.sections[0].id);
    expect(model.sections[0]!.tasks.length).to.be.greaterThan(0);
  });

  it('an invalid first copy of a duplicated id gives way to the valid second copy', async () => {
    const feed = await fixture();
    feed.tasks.unshift({ ...structuredClone(feed.tasks[3]), title: 5 });
    const { ids, issues, model } = shown(feed);
    expect(ids).to.deep.equal(all);
    expect(model.tasks[3]!.title).to.deep.equal(feed.tasks[4].title);
    expect(errors(issues)).to.deep.equal(['tasks[0].title schema', 'tasks[0] item-skipped']);
  });

  for (const [field, value] of [['meta.note', 5], ['programme.place', 5], ['programme.source', 'https://example.org'], ['programme.implements', { title: 'x' }]] as const) {
    it(`a wrong type in the optional ${field} drops that field, not the feed`, async () => {
      const feed = await fixture();
      const [object, key] = field.split('.') as [string, string];
      feed[object][key] = value;
      const { ids, issues, model } = shown(feed);
      expect(ids).to.deep.equal(all);
      expect(errors(issues)).to.include(`${field} field-dropped`);
      expect((model as any)[object][key]).to.equal(undefined);
    });
  }

  it('an unreadable "illustrative" flag labels the feed illustrative rather than real', async () => {
    const feed = await fixture();
    feed.meta.illustrative = 'yes';
    expect(shown(feed).model.meta.illustrative).to.equal(true);
  });

  it('a wrong link or update drops that element only', async () => {
    const feed = await fixture();
    feed.tasks[2].links = [{ url: '' }, { url: 'https://example.org/a' }];
    feed.tasks[3].updates = [{ date: '30/9/2023', text: 'x' }, { date: '2024-01-01', text: 'ok', status: 'done' }];
    const { ids, issues, model } = shown(feed);
    expect(ids).to.deep.equal(all);
    expect(model.tasks[2]!.links.map((l) => l.url)).to.deep.equal(['https://example.org/a']);
    expect(model.tasks[3]!.reported).to.equal('done');
    expect(errors(issues)).to.include.members(['tasks[2].links[0] field-dropped', 'tasks[3].updates[0] field-dropped']);
  });
});

describe('every date inside the calendar', () => {
  it('reads years 0000–0099 as themselves, not as 1900–1999', () => {
    expect(dayNumber('0023-05-22')).to.not.equal(dayNumber('1923-05-22'));
    expect(fromDayNumber(dayNumber('0023-05-22'))).to.equal('0023-05-22');
    expect(dayNumber('1923-05-22') - dayNumber('0023-05-22')).to.equal(693_960); // 1,900 years of 365.2425 days
  });

  it('never computes a date past 9999-12-31 or before 0001-01-01', () => {
    expect(addDays('9999-12-31', 1)).to.equal('9999-12-31');
    expect(addDays('0001-01-01', -1)).to.equal('0001-01-01');
    expect(fromDayNumber(Number.POSITIVE_INFINITY)).to.equal('9999-12-31');
    expect(fromDayNumber(Number.NaN)).to.equal('1970-01-01');
  });

  it('says a typo’d year (0023) is outside the years a feed may name', async () => {
    const feed = await fixture();
    feed.programme.issued = '0023-05-22';
    const { feed: parsed, issues } = parseFeed(feed);
    expect(parsed).to.equal(null);
    expect(issues.map((i) => [formatPath(i.path), i.params?.format])).to.deep.equal([['programme.issued', 'feed-year']]);
  });

  it('draws a far deadline without stretching the axis to centuries', async () => {
    const feed = await fixture();
    feed.tasks[0].timeframe = { text: 'Hoàn thành trước năm 2200', kind: 'deadline', end: '2200-12-31' };
    const { model } = shown(feed);
    const range = programmeRange(model);
    expect(range.start).to.equal('2023-01-01');
    expect(range.end).to.equal('2082-12-31');
    expect(model.tasks[0]!.schedule!.end).to.equal('2200-12-31');
  });
});
