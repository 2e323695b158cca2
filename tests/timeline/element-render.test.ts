/** <tiendo-timeline> in Chromium: what a reader sees on Programme 219 and on made-up feeds. */
import { expect } from '@open-wc/testing';
import { sampleFeed } from '../sample-feed.js';
import { fixtureFeed } from '../widget-fixture.js';
import { root, $, $$, text, row, mount } from './timeline-fixture.js';

describe('<tiendo-timeline>: what a reader sees', () => {
  it('groups the 22 tasks of Programme 219 under sections I–V, each labelled with its number and title', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    const sections = $$(el, '.row.section');
    expect(sections.map((s) => text(s.querySelector('.num')))).to.deep.equal(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(text(sections[0])).to.contain('Tuyên truyền vai trò của công nghệ sinh học').and.contain('3 nhiệm vụ');
    expect($$(el, '.row.task')).to.have.length(22);
    const t1 = row(el, 't1');
    expect(text(t1.querySelector('.num'))).to.equal('1');
    expect(text(t1.querySelector('.title'))).to.match(/^Tổ chức học tập, quán triệt, tuyên truyền Nghị quyết số 36-NQ\/TW/);
    // Long titles are clamped on screen; the full text is the label's title.
    expect(t1.querySelector('.label')!.getAttribute('title')).to.equal(text(t1.querySelector('.title')));
  });

  it('draws the axis in years with a today line and its date, in Vietnamese and in English', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    expect($$(el, '.ruler .year').map(text)).to.deep.equal(['2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    expect(text($(el, '.ruler .today-label'))).to.equal('Hôm nay 30/6/2026');
    const today = $(el, '.today-layer line.today');
    expect(Number(today.getAttribute('x1'))).to.be.closeTo(Number($(el, '.ruler line.today').getAttribute('x1')), 0.01);
    expect(today.getBoundingClientRect().height).to.be.greaterThan(22 * 40); // across every row
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, '.ruler .today-label'))).to.equal('Today 30 Jun 2026');
  });

  it('names quarters as "Quý III/2026" or "Q3 2026" when one year is shown', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'), { from: '2026', to: '2026' });
    expect($$(el, '.ruler .quarter').map(text)).to.deep.equal(['Quý I/2026', 'Quý II/2026', 'Quý III/2026', 'Quý IV/2026']);
    el.lang = 'en';
    await el.updateComplete;
    expect($$(el, '.ruler .quarter').map(text)).to.deep.equal(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
  });

  it('ends task 1’s bar at 30/9/2023 with a deadline mark, and runs task 2 to the edge with an arrow', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    const track = row(el, 't1').querySelector('svg.track')!;
    const span = Number(track.getAttribute('width')) - 16;
    const bar = row(el, 't1').querySelector('rect.bar')!;
    const end = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
    expect(end).to.be.closeTo((span * 273) / 2922, 0.02); // 1/1/2023 → 1/10/2023 is 273 days of 2,922
    expect(bar.getAttribute('mask')).to.equal('url(#tl-fade)'); // the inferred start is drawn softer
    expect(row(el, 't1').querySelector('path.deadline')).to.exist;
    expect(row(el, 't2').querySelector('path.arrow')).to.exist;
    expect(row(el, 't3').querySelectorAll('rect.occ')).to.have.length(8);
  });

  it('says each status in words; with nothing reported, a fact about the schedule', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.json'));
    expect(text(row(el, 't1').querySelector('.status'))).to.equal('Chưa có báo cáo · đã quá hạn');
    expect(text(row(el, 't2').querySelector('.status'))).to.equal('Chưa có báo cáo · trong thời hạn');
    expect(row(el, 't1').querySelector('svg.icon.s-no-report')).to.exist;
    // Within its timeframe, nothing reported: the "no report" ring (dashed), never the half disc of work in progress.
    const derived = row(el, 't2').querySelector('svg.icon.s-in-progress')!;
    expect(derived.querySelector('circle')!.getAttribute('stroke-dasharray')).to.not.equal(null);
    expect(derived.querySelector('path[d^="M8 2a6"]'), 'no half disc').to.equal(null);
    const illustrative = await mount(await fixtureFeed('laocai-219-ctr-tu.illustrative.json'));
    expect(text(row(illustrative, 't2').querySelector('.status'))).to.equal('Đang thực hiện · 55%');
    const reported = row(illustrative, 't2').querySelector('svg.icon.s-in-progress')!;
    expect(reported.querySelector('circle')!.getAttribute('stroke-dasharray'), 'a reported status has the plain ring').to.equal(null);
    expect(reported.querySelector('path[d^="M8 2a6"]'), 'a reported task in progress has the half disc').to.not.equal(null);
    expect(text(row(illustrative, 't6').querySelector('.status'))).to.equal('Đã quá hạn · 80%');
    expect(row(illustrative, 't6').querySelector('rect.bar')!.getAttribute('fill')).to.equal('url(#tl-overdue)');
  });

  it('shows a timeframe with no date in a "no fixed date" lane, with its words', async () => {
    const feed = sampleFeed();
    feed.tasks[1].timeframe = '30 ngày sau khi Trung ương ban hành';
    const el = await mount(feed);
    expect(text(row(el, 't2').querySelector('.lane'))).to.equal('Không ghi thời hạn: 30 ngày sau khi Trung ương ban hành');
    expect(row(el, 't2').querySelector('svg.track')).to.equal(null);
  });

  it('labels illustrative feeds and gives the programme, source and "data as of"', async () => {
    const el = await mount(await fixtureFeed('laocai-219-ctr-tu.illustrative.json'));
    expect(text($(el, '[part="illustrative"]'))).to.contain('Minh họa');
    expect(text($(el, '[part="caption"]'))).to.contain('219-CTr/TU').and.contain('Số liệu đến ngày 30/6/2026');
  });

  it('renders feed text as text', async () => {
    const feed = sampleFeed();
    feed.tasks[0].title = '<img src=x onerror="window.pwned=1">Quán triệt';
    const el = await mount(feed);
    expect(text(row(el, 't1').querySelector('.title'))).to.equal('<img src=x onerror="window.pwned=1">Quán triệt');
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('links only to http(s) in the details', async () => {
    const feed = sampleFeed();
    feed.tasks[0].links = [{ url: 'javascript:alert(1)', title: 'bad' }, { url: 'https://example.org/report', title: 'Báo cáo' }];
    const el = await mount(feed);
    row(el, 't1').click();
    await el.updateComplete;
    const links = [...$(el, 'dialog').querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)]);
    expect(links).to.deep.equal([['https://example.org/report', 'Báo cáo']]);
  });
});
