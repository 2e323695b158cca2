/**
 * A page carries a widget's server rendering (`tiendo render --format fragment`: the element with
 * a declarative shadow root) and loads the script too. Readers see the server's picture until the
 * live widget has data; then the live one replaces it: the programme is never on the page twice,
 * never blank or "loading" in between, and a feed that fails leaves the server's picture standing.
 */
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import '../../src/matrix/define.js';
import '../../src/gauge/define.js';
import '../../src/summary/define.js';

const WIDGETS = ['tiendo-timeline', 'tiendo-matrix', 'tiendo-gauge', 'tiendo-summary'];
const FEED = '/fixtures/laocai-219-ctr-tu.illustrative.json';
/** The feed, served after a delay: the live widget has no data for a while. */
const SLOW_FEED = `/__feed/file?ms=400&file=${FEED.slice(1)}`;

type Widget = HTMLElement & { feed: unknown; updateComplete: Promise<boolean> };

/** Parses the element with a declarative shadow root holding `serverMarkup`, as a page's HTML would. */
function mount(tag: string, attributes: string, serverMarkup: string): Widget {
  const host = fixtureSync<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  host.setHTMLUnsafe(`<${tag} now="2026-06-30" ${attributes}><template shadowrootmode="open">${serverMarkup}</template></${tag}>`);
  return host.firstElementChild as Widget;
}

const SERVER_PICTURE = '<div class="server-picture" part="frame">Chương trình 219-CTr/TU (bản dựng sẵn)</div>';
const count = (el: Element, selector: string) => el.shadowRoot!.querySelectorAll(selector).length;

describe('a server-rendered widget on a page that runs the script', () => {
  for (const tag of WIDGETS) {
    it(`<${tag}> shows the server's picture while its feed loads, then its live picture instead`, async () => {
      const el = mount(tag, `src="${SLOW_FEED}"`, SERVER_PICTURE);
      expect(customElements.get(tag), 'the element is live').to.exist;
      await el.updateComplete;
      expect(count(el, '.server-picture'), 'the server picture stands in').to.equal(1);
      expect(count(el, '.frame'), 'no live frame (loading line, empty state) beside it').to.equal(0);

      await oneEvent(el, 'tiendo-load');
      await el.updateComplete;
      expect(count(el, '.server-picture'), 'the server picture is gone').to.equal(0);
      expect(count(el, '.frame'), 'one live frame').to.equal(1);
      expect(count(el, '[part="caption"]')).to.equal(1);
    });
  }

  it('the timeline over its own static rendering: one chart and one caption once live', async () => {
    // A rendering of the element's own static output, as `tiendo render` writes it (styles aside).
    const feed = await (await fetch(FEED)).json();
    const source = fixtureSync<Widget>(html`<tiendo-timeline media="static" now="2026-06-30" style="width: 900px"></tiendo-timeline>`);
    source.feed = feed;
    await waitUntil(() => source.shadowRoot!.querySelector('[part="chart"]'), 'the static rendering never drew');
    await source.updateComplete;
    const markup = source.shadowRoot!.getHTML();
    expect(markup).to.contain('part="chart"');

    const el = mount('tiendo-timeline', '', markup);
    await el.updateComplete;
    expect(count(el, '[part="chart"]'), 'the server chart').to.equal(1);
    el.feed = feed;
    await waitUntil(() => count(el, '.timeline') && !count(el, '.timeline.static'), 'the live timeline never took over');
    await el.updateComplete;
    expect(count(el, '[part="chart"]'), 'one chart, not two').to.equal(1);
    expect(count(el, '[part="caption"]'), 'one caption, not two').to.equal(1);
    expect(count(el, '.timeline.static'), 'the live one, not the static one').to.equal(0);
  });

  it('shows the server picture for at least one painted frame, even when the data is there at once', async () => {
    const feed = await (await fetch(FEED)).json();
    const el = mount('tiendo-timeline', '', SERVER_PICTURE);
    el.feed = feed; // in the same task: no frame can have been painted yet
    await el.updateComplete;
    expect((el as Widget & { model?: unknown }).model, 'the live widget has its data').to.exist;
    expect(count(el, '.server-picture'), 'and the server picture is still what readers see').to.equal(1);
    await waitUntil(() => count(el, '.server-picture') === 0, 'the live timeline never took over');
    expect(count(el, '[part="chart"]')).to.equal(1);
  });

  it('keeps the server picture when the feed cannot be loaded, and says so to the page', async () => {
    const el = mount('tiendo-timeline', 'src="/__feed/status?code=503"', SERVER_PICTURE);
    const failed = await oneEvent(el, 'tiendo-error');
    expect(failed).to.exist;
    await el.updateComplete;
    expect(count(el, '.server-picture'), 'the last good data stays').to.equal(1);
    expect(count(el, '.frame'), 'no error frame beside or instead of it').to.equal(0);
  });

  it('an element without a server rendering is unaffected: it shows its loading state', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('tiendo-timeline') as Widget;
    el.setAttribute('src', '/__feed/file?ms=2000');
    host.append(el);
    await el.updateComplete;
    expect(count(el, '.frame'), 'its own frame at once').to.equal(1);
  });
});
