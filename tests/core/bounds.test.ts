/**
 * Issue 13, "nothing frozen": no attribute, URL or feed can flood a server or hang a page.
 * Each case rebuilt from the attack run's description.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './test-widget.js';
import type { TestWidget } from './test-widget.js';
import { sampleFeed } from '../sample-feed.js';
import { readEmbed } from '../../src/embed/params.js';
import { REFRESH_SECONDS } from '../../src/feed/limits.js';

const settled = (el: TestWidget) => waitUntil(() => el.feedState.phase === 'ready' || el.feedState.phase === 'error', 'feed did not settle', { timeout: 30_000 });

/** The delays the page asked setInterval for while `run` ran. */
async function intervals(run: () => Promise<unknown>): Promise<number[]> {
  const asked: number[] = [];
  const original = window.setInterval;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    asked.push(delay ?? 0);
    return original(handler, delay, ...rest);
  }) as typeof window.setInterval;
  try {
    await run();
  } finally {
    window.setInterval = original;
  }
  return asked;
}

describe('refresh is clamped: one request per period at most, a timer that cannot overflow', () => {
  for (const [given, seconds] of [['2592000', REFRESH_SECONDS.max], ['1e308', REFRESH_SECONDS.max], ['Infinity', REFRESH_SECONDS.max], ['5', REFRESH_SECONDS.min], ['600', 600]] as const) {
    it(`refresh="${given}" reloads every ${seconds} s`, async () => {
      const asked = await intervals(async () => {
        const el = await fixture<TestWidget>(html`<test-widget src="/fixtures/laocai-219-ctr-tu.json" refresh=${given}></test-widget>`);
        await settled(el);
      });
      expect(asked).to.include(seconds * 1000);
      // A browser timer overflows past 2^31 - 1 ms and then fires at once, in a loop.
      expect(Math.max(...asked)).to.be.at.most(2 ** 31 - 1);
    });
  }

  it('embed.html clamps refresh from its URL, and drops what is no number', () => {
    const refresh = (value: string) => readEmbed('timeline', (name) => (name === 'refresh' ? value : null))?.attributes.refresh;
    expect(refresh('2592000')).to.equal('86400');
    expect(refresh('1e308')).to.equal('86400');
    expect(refresh('Infinity')).to.equal('86400');
    expect(refresh('1')).to.equal('30');
    expect(refresh('-5')).to.equal(undefined);
    expect(refresh('soon')).to.equal(undefined);
  });

  it('with the `feed` property set, a refresh never fetches `src` (the property wins)', async () => {
    let requests = 0;
    const original = window.fetch;
    window.fetch = ((...args: Parameters<typeof fetch>) => (requests++, original(...args))) as typeof fetch;
    try {
      const el = await fixture<TestWidget>(html`<test-widget src="/no/such/feed.json" .feed=${sampleFeed()} refresh="30"></test-widget>`);
      await el.reload();
      await el.updateComplete;
      expect(requests).to.equal(0);
      expect(el.feedState.stale).to.equal(false);
      expect(el.model!.tasks).to.have.length(3);
    } finally {
      window.fetch = original;
    }
  });
});

describe('problem lists are capped and computed without blocking the page', function () {
  this.timeout(120_000);
  /** Programme 219's frame with `count` broken tasks (each reported several times). */
  const broken = (count: number) => ({ ...sampleFeed(), tasks: Array.from({ length: count }, (_, i) => ({ id: `x${i}`, lead: 5 })) });

  it('40,000 broken items: at most 50 problems listed, the rest counted; the page runs between slices', async () => {
    let ticks = 0;
    const tick = () => {
      ticks++;
      if (el.feedState.phase === 'loading') setTimeout(tick, 0);
    };
    const el = document.createElement('test-widget');
    el.feed = broken(40_000);
    document.body.append(el);
    try {
      setTimeout(tick, 0);
      await settled(el);
      // Other work ran while the feed was being checked: it was read in slices, not in one task.
      expect(ticks).to.be.greaterThan(1);
      expect(el.feedState.phase).to.equal('ready');
      const problems = el.shadowRoot!.querySelector('[part="problems"]')!;
      await waitUntil(() => problems.querySelector('details'), 'no problem list');
      const listed = problems.querySelectorAll('li');
      expect(listed.length).to.equal(50);
      const total = el.model!.issues.length;
      expect(total).to.be.greaterThan(20_000);
      expect(problems.querySelector('.more-problems')!.textContent).to.contain(String(total - 50));
      // The first 20,000 are read and reported one by one; the list's length is one problem.
      expect(problems.querySelector('p')!.textContent).to.contain('20000');
      expect(problems.querySelector('li[data-code="too-many"]')!.textContent).to.contain('40000');
    } finally {
      el.remove();
    }
  });

  it('the `feed` property is under the same size cap as `src` (5 MB)', async () => {
    const feed = sampleFeed();
    feed.meta.note = 'x'.repeat(5 * 1024 * 1024 + 1);
    const el = await fixture<TestWidget>(html`<test-widget .feed=${feed}></test-widget>`);
    await settled(el);
    expect(el.feedState.phase).to.equal('error');
    expect(el.feedState.error!.code).to.equal('too-large');
  });

  it('and under the same item cap: 20,000 items per list, the rest reported once', async () => {
    const feed = sampleFeed();
    feed.tasks = Array.from({ length: 20_005 }, (_, i) => ({ ...feed.tasks[0], id: `t${i}` }));
    const el = document.createElement('test-widget');
    el.feed = feed;
    document.body.append(el);
    try {
      await settled(el);
      expect(el.model!.tasks).to.have.length(20_000);
      const tooMany = el.model!.issues.filter((i) => i.code === 'too-many');
      expect(tooMany.map((i) => i.params)).to.deep.equal([{ list: 'tasks', limit: 20_000, count: 20_005 }]);
    } finally {
      el.remove();
    }
  });
});

describe('feed text is bidi-isolated', () => {
  it('a title ending in an unclosed RIGHT-TO-LEFT OVERRIDE does not reverse the caption after it', async () => {
    const feed = sampleFeed();
    feed.programme.symbol = '1-CTr/TU \u202E';
    feed.programme.title = 'Chương trình \u202Emẫu';
    feed.programme.issuer = 'Tỉnh ủy Lào Cai';
    const el = await fixture<TestWidget>(html`<test-widget .feed=${feed} lang="vi"></test-widget>`);
    const caption = el.shadowRoot!.querySelector('.caption')!.textContent!;
    // The override is closed inside its own isolate (FSI … PDI), before the issuer and date.
    expect(caption).to.contain('\u20681-CTr/TU \u202E\u2069');
    expect(caption.indexOf('\u2069')).to.be.lessThan(caption.indexOf('Tỉnh ủy Lào Cai'));
    expect(el.model!.programme.title).to.equal('\u2068Chương trình \u202Emẫu\u2069');
    // Text with no direction controls and no right-to-left letters is untouched.
    expect(el.model!.programme.issuer).to.equal('Tỉnh ủy Lào Cai');
  });

  it('a language map keyed "url" (a language, ISO 639-3 Urali) is isolated too; the source link is left as it is', async () => {
    /** The programme line of the credit, and the source link's address, for a feed with `change` made. */
    const shown = async (change: (programme: Record<string, unknown>) => void) => {
      const feed = sampleFeed();
      feed.programme.title = { url: 'Chương trình \u202Emẫu' };
      feed.programme.source = { url: 'https://example.org/a\u202E' };
      change(feed.programme);
      const el = await fixture<TestWidget>(html`<test-widget .feed=${feed} lang="vi"></test-widget>`);
      await settled(el);
      return [el.shadowRoot!.querySelector('[part="credit"] dd')!.textContent!, el.model!.programme.source!.url];
    };
    const title = '1-CTr/TU — \u2068Chương trình \u202Emẫu\u2069';
    // Read by the generated readers, and (a wrong `place` to repair) by zod, then isolateAll.
    for (const [text, url] of [await shown(() => {}), await shown((programme) => (programme.place = 5))]) {
      expect(text).to.contain(title);
      expect(url).to.equal('https://example.org/a\u202E');
    }
  });
});
