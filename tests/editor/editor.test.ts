/**
 * The built editor (dist/bundled/editor.html) in a frame, used by keyboard alone: open the real
 * Programme 219 feed from this site, add a report to task 1, save — and the saved file differs
 * from the input only by that report and asOf, validates, and the preview timeline shows task 1
 * as reported done. No request leaves the site.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseFeed } from '../../src/feed/parse.js';
import { stringifyFeed } from '../../src/feed/serialize.js';

const FIXTURE = '/fixtures/laocai-219-ctr-tu.json';
const SOURCE = 'Báo cáo số 125-BC/TU ngày 15/9/2023';
type Editor = HTMLElement & { value?: Record<string, any>; text?: string; shadowRoot: ShadowRoot };

async function openEditor(width: number): Promise<{ frame: HTMLIFrameElement; doc: Document; editor: Editor }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = '/dist/bundled/editor.html?now=2026-12-01';
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.customElements?.get('tiendo-editor'), 'the editor was not defined', { timeout: 20000 });
  const doc = frame.contentDocument!;
  const editor = doc.querySelector('tiendo-editor') as Editor;
  editor.setAttribute('now', '2026-12-01');
  await (editor as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { frame, doc, editor };
}

/** The focused element, through shadow roots. */
function focused(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabTo(doc: Document, matches: (e: Element) => boolean, what: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const active = focused(doc);
    if (active && matches(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; focus is on ${focused(doc)?.outerHTML.slice(0, 120)}`);
}

const press = async (...keys: string[]) => {
  for (const key of keys) await sendKeys({ press: key });
};

describe('editor.html: a report added by keyboard alone', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('opens the real feed, adds "Hoàn thành, 15/9/2023" with its source to task 1, saves a file that differs only by that', async function () {
    // Some sixty key presses, each a round trip to the browser: more than mocha's 10 s on a busy machine.
    this.timeout(120_000);
    const { frame, doc, editor } = await openEditor(360);
    const saves: string[] = [];
    editor.addEventListener('tiendo-save', (e) => saves.push((e as CustomEvent<{ text: string }>).detail.text));
    frame.focus();
    frame.contentWindow!.focus();

    await tabTo(doc, (e) => e.id === 'url', 'the address field');
    await sendKeys({ type: FIXTURE });
    await press('Enter');
    await waitUntil(() => editor.value, 'the feed did not open', { timeout: 10000 });

    await tabTo(doc, (e) => e.getAttribute('data-form') === 'report:0', 'the "add a report to task 1" button', 60);
    expect(focused(doc)!.textContent!.trim()).to.equal('Thêm báo cáo cho nhiệm vụ 1');
    await press('Enter');
    await waitUntil(() => focused(doc)?.id === 'report:0-date', 'the form did not take the focus');
    await sendKeys({ down: 'Control' });
    await press('a');
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '15/9/2023' });
    await press('Tab', 'ArrowDown'); // status: the first choice after "none given" is "Hoàn thành"
    expect((focused(doc) as HTMLSelectElement).value).to.equal('done');
    await press('Tab', 'Tab', 'Tab'); // progress, note, source
    expect(focused(doc)!.id).to.equal('report:0-source');
    await sendKeys({ type: SOURCE });
    await press('Enter');
    await waitUntil(() => editor.value?.tasks[0].updates, 'the report was not added');
    expect(editor.shadowRoot.querySelector('.changes')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Có thay đổi chưa lưu: 1 báo cáo mới, ngày số liệu 15/9/2023');

    // Save with the keyboard.
    await sendKeys({ down: 'Control' });
    await press('s');
    await sendKeys({ up: 'Control' });
    await waitUntil(() => saves.length === 1, 'nothing was saved');

    const input = await (await fetch(FIXTURE)).text();
    const original = JSON.parse(input);
    const expected = structuredClone(original);
    expected.meta.asOf = '2023-09-15';
    expected.tasks[0].updates = [{ date: '2023-09-15', text: SOURCE, status: 'done' }];
    // The same bytes as the input but for the report and asOf: key order and formatting kept.
    expect(saves[0]).to.equal(`${JSON.stringify(expected, null, 2)}\n`);
    expect(stringifyFeed(original)).to.equal(input);
    const parsed = parseFeed(JSON.parse(saves[0]!));
    expect(parsed.feed).to.not.equal(null);
    expect(parsed.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);

    // The preview timeline: task 1 reported done.
    const timeline = doc.querySelector('tiendo-timeline')!;
    await waitUntil(() => timeline.shadowRoot?.querySelector('.tree [data-key="t1"] .status')?.textContent?.includes('Đã hoàn thành'), 'the timeline does not show task 1 as done', { timeout: 10000 });

    // Nothing was requested from another host.
    const hosts = frame.contentWindow!.performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
    expect(hosts.length).to.be.greaterThan(3);
    expect([...new Set(hosts)]).to.deep.equal([location.origin]);
  });

  it('refuses a bad date with the reason next to the field, and undo takes a report back', async () => {
    const { doc, editor } = await openEditor(1200);
    (editor as unknown as { src: string }).src = FIXTURE;
    await waitUntil(() => editor.value, 'the feed did not open', { timeout: 10000 });
    const root = editor.shadowRoot;
    (root.querySelector('[data-form="report:1"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('#report\\:1-date'));
    const date = root.querySelector('#report\\:1-date') as HTMLInputElement;
    date.value = '31/2/2024';
    (root.querySelector('#report\\:1-status') as HTMLSelectElement).value = 'in-progress';
    (root.querySelector('form.mini-form button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('#report\\:1-date-error'));
    expect(root.querySelector('#report\\:1-date-error')!.textContent).to.equal('Ngày không hợp lệ: ghi 15/9/2023 hoặc 2023-09-15.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(doc)).to.equal(root.querySelector('#report\\:1-date'));
    expect(editor.value!.tasks[1].updates).to.equal(undefined);

    (root.querySelector('#report\\:1-date') as HTMLInputElement).value = '2099-01-01';
    (root.querySelector('form.mini-form button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('#report\\:1-date-error')?.textContent === 'Ngày sau hôm nay.');

    (root.querySelector('#report\\:1-date') as HTMLInputElement).value = '2024-06-30';
    (root.querySelector('form.mini-form button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => editor.value!.tasks[1].updates?.length === 1);
    expect(editor.value!.meta.asOf).to.equal('2024-06-30');
    (root.querySelector('.toolbar button:nth-of-type(2)') as HTMLButtonElement).click(); // Hoàn tác
    await waitUntil(() => editor.value!.tasks[1].updates === undefined, 'undo did not take the report back');
    expect(editor.value!.meta.asOf).to.equal('2023-05-22');
  });

  it('a feed with errors is not saved as if valid: the clerk is told and chooses', async () => {
    const { editor } = await openEditor(1200);
    (editor as unknown as { src: string }).src = '/fixtures/invalid/dangling-agency.json';
    await waitUntil(() => editor.value, 'the feed did not open', { timeout: 10000 });
    const root = editor.shadowRoot;
    const saves: string[] = [];
    editor.addEventListener('tiendo-save', (e) => saves.push((e as CustomEvent<{ text: string }>).detail.text));
    (root.querySelector('.toolbar button.primary') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('.toolbar [role="alert"]'));
    expect(root.querySelector('.toolbar [role="alert"]')!.textContent).to.match(/^Tệp còn \d+ lỗi/);
    expect(saves).to.deep.equal([]);
    expect(root.textContent).to.contain('tasks[2].lead[0]');
    (root.querySelector('.toolbar button.danger') as HTMLButtonElement).click();
    await waitUntil(() => saves.length === 1);
  });
});
