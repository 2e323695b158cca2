/** <tiendo-summary> in Chromium: what a reader sees and hears on the real and the illustrative feed, boundaries, themes, axe. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TiendoSummary } from '../../src/summary/define.js';
import { addUpdate, reportUpdate } from '../../src/feed/edit.js';
import { axeViolations, fixtureFeed } from '../widget-fixture.js';

const REAL = 'laocai-219-ctr-tu.json';
const ILLUSTRATIVE = 'laocai-219-ctr-tu.illustrative.json';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

interface Attrs { lang?: string; theme?: string; width?: number; now?: string; href?: string }

async function summary(feed: unknown, { lang = 'vi', theme = 'light', width = 360, now = '2026-12-01', href = '' }: Attrs = {}): Promise<TiendoSummary> {
  const el = await fixture<TiendoSummary>(
    html`<tiendo-summary style="width: ${width}px" .feed=${feed} lang=${lang} theme=${theme} now=${now} href=${href}></tiendo-summary>`,
  );
  await el.updateComplete;
  return el;
}

describe('<tiendo-summary>: Programme 219-CTr/TU as the document has it (no reports)', () => {
  it('says that no task has a report, and which deadlines have passed', async () => {
    const el = await summary(await fixtureFeed(REAL));
    expect(text($(el, '[part="programme"]'))).to.equal('219-CTr/TU · Tỉnh ủy Lào Cai · 22/5/2023');
    expect(text($(el, '.total'))).to.equal('22 nhiệm vụ');
    expect(text($(el, '[part="reported"]'))).to.equal('Chưa nhiệm vụ nào có báo cáo');
    expect(text($(el, '[part="unreported"]'))).to.equal('22 chưa có báo cáo, trong đó 3 đã quá hạn, 19 trong thời hạn');
    expect(text($(el, '.passed-head'))).to.equal('Đã quá hạn, chưa báo cáo hoàn thành (3)');
    expect($$(el, '.passed-item').map(text)).to.deep.equal(['NV 22 (31/12/2025)', 'NV 6 (31/12/2025)', 'NV 1 (30/9/2023)']);
    expect($$(el, '.next .date').map(text)).to.deep.equal(['31/12/2026', '31/12/2030', '31/12/2030']);
    expect($$(el, '.next .number').map(text)).to.deep.equal(['NV 5', 'NV 7', 'NV 8']);
    expect(text($(el, '[part="as-of"]'))).to.equal('Số liệu đến ngày 22/5/2023');
  });

  it('gives each numeric target one line: no figure yet, against its next milestone', async () => {
    const el = await summary(await fixtureFeed(REAL));
    const lines = $$(el, '[part="targets"] li');
    expect(lines.map((l) => l.getAttribute('data-target'))).to.deep.equal(['nong-san-quy-trinh-tot', 'nong-san-sau-che-bien', 'cnsh-grdp']);
    expect(text(lines[2]!.querySelector('.t-figures'))).to.equal('chưa có số liệu → ≈ 7% đến năm 2030');
    expect(text(lines[0]!.querySelector('.t-figures'))).to.equal('chưa có số liệu → > 70% đến năm 2030');
  });

  it('draws no reported segment, only hatched ones, as many tasks as there are', async () => {
    const el = await summary(await fixtureFeed(REAL));
    expect($$(el, '.bar rect.segment[class*="r-"]')).to.have.length(0);
    expect($$(el, '.bar rect.segment').map((r) => r.getAttribute('class'))).to.deep.equal(['segment s-overdue', 'segment s-current']);
  });

  it('a screen reader hears one sentence with all of it; the visual pieces are hidden from it', async () => {
    const el = await summary(await fixtureFeed(REAL));
    const sentence = text($(el, '.summary > .sr-only'));
    expect(sentence).to.contain('22 nhiệm vụ. Chưa nhiệm vụ nào có báo cáo; 22 chưa có báo cáo, trong đó 3 đã quá hạn, 19 trong thời hạn.');
    expect(sentence).to.contain('Đã quá hạn mà chưa báo cáo hoàn thành: Nhiệm vụ 22, hạn 31/12/2025; Nhiệm vụ 6, hạn 31/12/2025; Nhiệm vụ 1, hạn 30/9/2023.');
    expect(sentence).to.contain('Hạn sắp tới: Nhiệm vụ 5, hạn 31/12/2026;');
    expect(sentence).to.match(/Số liệu đến ngày 22\/5\/2023\.$/);
    expect($(el, '.summary > [aria-hidden="true"]')).to.not.equal(null);
  });

  it('in English', async () => {
    const el = await summary(await fixtureFeed(REAL), { lang: 'en' });
    expect(text($(el, '[part="reported"]'))).to.equal('No task has a report yet');
    expect(text($(el, '[part="unreported"]'))).to.equal('22 with no report, of which 3 past the deadline, 19 within the timeframe');
    expect(text($(el, '[part="as-of"]'))).to.equal('Data as of 22 May 2023');
  });

  it('task 1 ("Xong trong Quý III/2023") is still ahead on 30/9/2023 and passed on 1/10/2023', async () => {
    const feed = await fixtureFeed(REAL);
    const on = await summary(feed, { now: '2023-09-30' });
    expect(text($$(on, '.next li')[0]!.querySelector('.date'))).to.equal('30/9/2023');
    expect($(on, '.passed-head')).to.equal(null);
    const after = await summary(feed, { now: '2023-10-01' });
    expect($$(after, '.passed-item').map(text)).to.deep.equal(['NV 1 (30/9/2023)']);
  });
});

describe('<tiendo-summary>: reported statuses', () => {
  it('on the illustrative feed: the reported counts apart from the calendar ones', async () => {
    const el = await summary(await fixtureFeed(ILLUSTRATIVE), { now: '2026-06-30' });
    expect($(el, '[part="illustrative"]')).to.not.equal(null);
    expect(text($(el, '[part="reported"]'))).to.match(/^10 nhiệm vụ có báo cáo: 2 đã hoàn thành, 6 đang thực hiện, 1 chậm tiến độ, 1 chưa bắt đầu$/);
    expect(text($(el, '[part="unreported"]'))).to.match(/^12 chưa có báo cáo/);
    // Solid reported segments first, then the hatched ones.
    const classes = $$(el, '.bar rect.segment').map((r) => r.getAttribute('class')!);
    expect(classes.slice(0, 4)).to.deep.equal(['segment r-done', 'segment r-in-progress', 'segment r-delayed', 'segment r-planned']);
    expect(classes.slice(4).every((c) => c.startsWith('segment s-'))).to.equal(true);
    expect(classes.length).to.be.greaterThan(4);
    expect(text($(el, '[data-target="cnsh-grdp"] .t-value'))).to.match(/^3,8% \(31\/12\/2025\)$/);
  });

  it('in English: "10 tasks reported on: 2 done, 6 in progress, …"', async () => {
    const el = await summary(await fixtureFeed(ILLUSTRATIVE), { now: '2026-06-30', lang: 'en' });
    expect(text($(el, '[part="reported"]'))).to.equal('10 tasks reported on: 2 done, 6 in progress, 1 behind schedule, 1 not started');
    expect(text($(el, '.summary > .sr-only'))).to.contain('10 tasks reported on: 2 done, 6 in progress, 1 behind schedule, 1 not started; 12 with no report');
  });

  it('a report added to task 1 moves it from "no report, past the deadline" to "done"', async () => {
    const feed = await fixtureFeed(REAL);
    const { feed: reported } = addUpdate(feed, 0, reportUpdate({ date: '2023-09-15', status: 'done', source: 'Báo cáo số 125-BC/TU' }));
    const el = await summary(reported);
    expect(text($(el, '[part="reported"]'))).to.equal('1 nhiệm vụ có báo cáo: 1 đã hoàn thành');
    expect(text($(el, '[part="unreported"]'))).to.equal('21 chưa có báo cáo, trong đó 2 đã quá hạn, 19 trong thời hạn');
    expect($$(el, '.passed-item').map(text)).to.not.include('NV 1 (30/9/2023)');
  });
});

describe('<tiendo-summary>: link, themes, widths, accessibility', () => {
  it('links to the full page given by href; never to a javascript: URL', async () => {
    const el = await summary(await fixtureFeed(REAL), { href: '/chuong-trinh-219' });
    const link = $(el, 'a[part="link"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/chuong-trinh-219');
    expect(text(link)).to.equal('Xem đầy đủ →');
    const bad = await summary(await fixtureFeed(REAL), { href: 'javascript:alert(1)' });
    expect($(bad, 'a[part="link"]')).to.equal(null);
  });

  for (const theme of ['light', 'dark']) {
    for (const width of [240, 720]) {
      it(`has no axe violations: ${theme}, ${width} px, illustrative feed`, async () => {
        const el = await summary(await fixtureFeed(ILLUSTRATIVE), { theme, width, now: '2026-06-30', href: '/p' });
        expect(await axeViolations(el)).to.deep.equal([]);
        // Nothing wider than the card.
        expect(el.shadowRoot!.querySelector('.summary')!.scrollWidth).to.be.at.most(width);
      });
    }
  }

  it('an empty feed says so; a broken one shows the error, not an empty card', async () => {
    const empty = await fixtureFeed('empty.json');
    const el = await summary(empty);
    expect($(el, '[part="empty"]')).to.not.equal(null);
    const broken = await summary({ meta: { schemaVersion: 1 } });
    // The words of a problem come with zod, fetched on the first one.
    await waitUntil(() => $(broken, '[part="error"]'), 'no error shown');
    expect($(broken, '[part="summary"]')).to.equal(null);
  });
});
