/**
 * On paper a problem notice says what the reader must know (which tasks are missing) and leaves the
 * webmaster's technical details out. A notice that holds only those details must not print as an
 * empty bar under the picture.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/timeline/define.js';

type Widget = HTMLElement & { feed: unknown; updateComplete: Promise<boolean> };

async function mount(feed: unknown): Promise<Widget> {
  const el = fixtureSync<Widget>(html`<tiendo-timeline now="2025-06-30" style="width: 900px"></tiendo-timeline>`);
  el.feed = feed;
  await waitUntil(() => el.shadowRoot?.querySelector('.notice'), 'no problem notice', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const json = async (path: string) => (await fetch(path)).json();
const shown = (el: Element | null | undefined) => !!el && getComputedStyle(el).display !== 'none';

describe('a problem notice on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('leaves out a notice with only technical details, which the screen shows', async () => {
    const el = await mount(await json('/fixtures/invalid/dangling-agency.json'));
    const notice = el.shadowRoot!.querySelector('.notice');
    expect(shown(notice), 'on screen').to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown(notice), 'on paper').to.equal(false);
  });

  it('prints a notice that says a task is missing, without the details', async () => {
    const feed = await json('/fixtures/laocai-219-ctr-tu.json');
    feed.tasks[4].title = 42; // task 5 cannot be read: skipped, and the reader is told
    const el = await mount(feed);
    await emulateMedia({ media: 'print' });
    const notice = el.shadowRoot!.querySelector('.notice');
    expect(shown(notice)).to.equal(true);
    expect(notice!.querySelector('p')!.textContent).to.equal('1 mục trong dữ liệu bị lỗi và không được hiển thị.');
    expect(shown(notice!.querySelector('details.problems'))).to.equal(false);
  });
});
