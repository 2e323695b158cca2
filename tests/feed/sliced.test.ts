/**
 * parseFeedSliced lets the page run between its slices. Its slices are measured on
 * `performance.now()`: the tests give it a clock on which every look finds the slice used up, so
 * it pauses at every chance on any machine, and watch what a timer queued before it can see.
 */
import { expect } from '@open-wc/testing';
import { parseFeedSliced } from '../../src/feed/read.js';
import { largeFeed } from '../../fixtures/large-feed.js';

describe('parseFeedSliced: the page runs between slices', () => {
  let clock = 0;
  beforeEach(() => {
    performance.now = () => (clock += 1000);
  });
  afterEach(() => {
    delete (performance as { now?: unknown }).now; // Performance.prototype's own clock again
  });

  it('a timer queued before the reading runs before it ends, and the feed is read whole', async () => {
    let done = false;
    let seen: boolean | undefined;
    setTimeout(() => (seen = done));
    const result = await parseFeedSliced(largeFeed(200)).finally(() => (done = true));
    expect(seen, 'the timer ran only after the reading').to.equal(false);
    expect(result.feed!.tasks).to.have.length(200);
  });

  it('a signal aborted by such a timer stops the reading at the next pause, with its reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('gone')));
    const reading = parseFeedSliced(largeFeed(200), { signal: controller.signal });
    const outcome = await reading.then((r) => `read ${r.feed?.tasks.length} tasks`, (e: Error) => e.message);
    expect(outcome).to.equal('gone');
  });
});
