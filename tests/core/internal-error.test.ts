import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './test-widget.js';
import type { TestWidget } from './test-widget.js';
import { sampleFeed } from '../sample-feed.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** A feed object whose reading throws a TypeError: a fault in code, not in the data or the network. */
function brokenFeed(): unknown {
  const feed = sampleFeed() as Record<string, unknown>;
  Object.defineProperty(feed, 'tasks', { enumerable: true, get: () => { throw new TypeError('tasks getter exploded'); } });
  return feed;
}

describe('widget core: a fault in tiendo is reported as internal', () => {
  it('says "internal", never "network", when reading the feed throws something that is not a FeedError', async () => {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      const el = await fixture<TestWidget>(html`<test-widget lang="en" .feed=${brokenFeed()}></test-widget>`);
      await waitUntil(() => el.feedState.phase === 'error', 'no error state', { timeout: 8000 });
      expect(el.feedState.error!.code).to.equal('internal');
      expect(el.feedState.error!.issues[0]!.params!.message).to.contain('tasks getter exploded');
      await el.updateComplete;
      expect(shadowText(el)).not.to.contain('Could not reach');
    } finally {
      console.error = original;
    }
    expect(logged.some((args) => String(args[0]).includes('internal error'))).to.equal(true);
  });

  it('keeps a real feed problem a feed problem (not internal)', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .feed=${{ schemaVersion: 1 }}></test-widget>`);
    await waitUntil(() => el.feedState.phase === 'error', 'no error state', { timeout: 8000 });
    expect(el.feedState.error!.code).not.to.equal('internal');
    expect(el.feedState.error!.code).not.to.equal('network');
  });
});
