/**
 * The model path's defaults are the safe ones: a widget that does not say how it reads
 * timeframes still gets dated tasks, and only a problem with the feed is blamed on the feed —
 * tiendo's own bugs are `internal`, logged with what failed, never `network`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TiendoWidget } from '../../src/core/widget.js';
import { define } from '../../src/core/define.js';
import { parseTimeframe } from '../../src/feed/timeframe.js';
import type { ProgrammeModel } from '../../src/feed/model.js';
import { sampleFeed } from '../sample-feed.js';

/** What a JavaScript subclass looks like when its author forgot to declare a timeframe reader. */
// @ts-expect-error TypeScript asks for `readTimeframe`; JavaScript cannot, and must still be safe.
class UndeclaredWidget extends TiendoWidget {
  protected override renderContent(model: ProgrammeModel) {
    return html`<ol>${model.tasks.map((t) => html`<li>${t.schedule?.end ?? 'undated'}</li>`)}</ol>`;
  }
}
define('undeclared-widget', UndeclaredWidget);

/** A widget whose model build has a bug: its timeframe reader throws a TypeError. */
class BrokenModelWidget extends TiendoWidget {
  protected readonly readTimeframe = (raw: string): ReturnType<typeof parseTimeframe> => {
    if (raw.startsWith('Xong')) throw new TypeError('reading a property of undefined');
    return parseTimeframe(raw);
  };

  protected override renderContent() {
    return html`<p>drawn</p>`;
  }
}
define('broken-model-widget', BrokenModelWidget);

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const settled = (el: TiendoWidget) => waitUntil(() => el.feedState.phase === 'ready' || el.feedState.phase === 'error', 'feed did not settle', { timeout: 8000 });

/** Collects console.error calls while `run` runs. */
async function consoleErrors(run: () => Promise<void>): Promise<unknown[][]> {
  const original = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => void calls.push(args);
  try {
    await run();
  } finally {
    console.error = original;
  }
  return calls;
}

describe('model path: safe defaults', () => {
  it('dates the tasks of a widget that does not say how it reads timeframes (feed property)', async () => {
    const el = await fixture<UndeclaredWidget>(html`<undeclared-widget .feed=${sampleFeed()}></undeclared-widget>`);
    await settled(el);
    const tasks = el.model!.tasks;
    expect(tasks.map((t) => t.timeframe.kind)).to.deep.equal(['deadline', 'window', 'recurring']);
    expect(tasks[0]!.schedule!.end).to.equal('2023-09-30');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['2023-09-30', '2026-12-31', '2030-12-31']);
  });

  it('dates the tasks of such a widget reading a feed from src too (Programme 219, task 1 due 30/9/2023)', async () => {
    const el = await fixture<UndeclaredWidget>(html`<undeclared-widget src="/fixtures/laocai-219-ctr-tu.json"></undeclared-widget>`);
    await settled(el);
    expect(el.model!.tasks).to.have.length(22);
    expect(el.model!.tasks[0]!.schedule!.end).to.equal('2023-09-30');
  });
});

describe('model path: errors', () => {
  it('reports a bug while building the model as internal, not network, and logs what failed', async () => {
    let el!: BrokenModelWidget;
    const errors = await consoleErrors(async () => {
      el = await fixture<BrokenModelWidget>(html`<broken-model-widget .feed=${sampleFeed()}></broken-model-widget>`);
      await settled(el);
    });
    expect(el.feedState.phase).to.equal('error');
    expect(el.feedState.error!.code).to.equal('internal');
    expect(el.feedState.error!.issues[0]!.params).to.deep.equal({ step: 'model', message: 'TypeError: reading a property of undefined' });
    const logged = errors.find((args) => String(args[0]).startsWith('tiendo: internal error while building the programme model'));
    expect(logged, 'console.error names what failed').to.exist;
    expect(logged![1]).to.be.instanceOf(TypeError);

    expect(shadowText(el)).to.contain('Tiện ích gặp lỗi nên không hiển thị được dữ liệu của chương trình.');
    expect(shadowText(el)).to.not.contain('Không tải được dữ liệu');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"] details li'), 'no details');
    const details = el.shadowRoot!.querySelector('[part="error"] details')!.textContent!.replace(/\s+/g, ' ');
    expect(details).to.contain('Lỗi bên trong tiendo khi dựng dữ liệu chương trình (TypeError: reading a property of undefined).');
    expect(el.shadowRoot!.querySelector('[part="error"] li')!.getAttribute('data-code')).to.equal('internal');
  });

  it('says the same in English for a feed from src, naming the feed it failed on', async () => {
    let el!: BrokenModelWidget;
    const errors = await consoleErrors(async () => {
      el = await fixture<BrokenModelWidget>(html`<broken-model-widget lang="en" src="/fixtures/laocai-219-ctr-tu.json"></broken-model-widget>`);
      await settled(el);
    });
    expect(el.feedState.error!.code).to.equal('internal');
    expect(errors.some((args) => String(args[0]) === 'tiendo: internal error while building the programme model from /fixtures/laocai-219-ctr-tu.json')).to.equal(true);
    expect(shadowText(el)).to.contain("The widget ran into an error and cannot show the programme's data.");
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"] details li'), 'no details');
    expect(el.shadowRoot!.querySelector('[part="error"] details')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'tiendo failed while building the programme from the feed (TypeError: reading a property of undefined). This is a bug in the widget',
    );
  });

  it('still blames the feed for what is wrong with the feed: an unreachable or malformed src is network, not internal', async () => {
    const el = await fixture<BrokenModelWidget>(html`<broken-model-widget src="http://[::1"></broken-model-widget>`);
    await settled(el);
    expect(el.feedState.error!.code).to.equal('network');
    expect(shadowText(el)).to.contain('Không tải được dữ liệu');
  });
});
