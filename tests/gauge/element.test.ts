/** <tiendo-gauge> in Chromium: what a reader sees and hears, variants, states, keyboard, axe. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { TiendoGauge } from '../../src/gauge/define.js';
import { sampleFeed } from '../sample-feed.js';
import { axeViolations, fixtureFeed } from '../widget-fixture.js';

const REAL = 'laocai-219-ctr-tu.json';
const ILLUSTRATIVE = 'laocai-219-ctr-tu.illustrative.json';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').replace(/\u00a0/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const card = (el: Element, id: string) => $(el, `[part="gauge"][data-target="${id}"]`)!;
/** What a screen reader hears for a card: the name of its picture. */
const sentence = (c: Element) => c.querySelector('svg[role="img"]')!.getAttribute('aria-label') ?? '';
/** A label's lines as drawn: the `<text>`'s own line, then each `<tspan>` under it. */
const lines = (label: Element) => [...label.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map(text).filter(Boolean);
/** Tick marks drawn by a tick path: one "M…L…" each. */
const marks = (path: Element | null) => (path?.getAttribute('d') ?? '').match(/M/g)?.length ?? 0;

async function gauge(file: string, attrs: { target?: string; variant?: string; lang?: string; theme?: string; width?: number } = {}): Promise<TiendoGauge> {
  const feed = await fixtureFeed(file);
  // The fixture is the element itself: a plain wrapper would make open-wc wait for an animation
  // frame, which never comes in a background tab when the runner runs two pages at once.
  const el = await fixture<TiendoGauge>(
    html`<tiendo-gauge style="width: ${attrs.width ?? 600}px" .feed=${feed} target=${attrs.target ?? ''} variant=${attrs.variant ?? 'arc'} lang=${attrs.lang ?? 'vi'} theme=${attrs.theme ?? 'light'} now="2026-06-30"></tiendo-gauge>`,
  );
  await el.updateComplete;
  return el;
}

/** The data table's rows are built once the cards are on screen (or when opened): wait for them. */
async function tableOf(el: Element): Promise<Element[]> {
  await waitUntil(() => $(el, '[part="table"] table'), 'no table rows');
  return $$(el, '[part="table"] tbody tr');
}

describe('<tiendo-gauge>: Programme 219-CTr/TU as the document has it (no figures)', () => {
  it('shows the three quantitative targets as gauges, each saying "chưa có số liệu" and still showing its milestones', async () => {
    const el = await gauge(REAL);
    expect($$(el, '[part="gauge"]').map((c) => c.getAttribute('data-target'))).to.deep.equal(['nong-san-quy-trinh-tot', 'nong-san-sau-che-bien', 'cnsh-grdp']);
    for (const c of $$(el, '[part="gauge"]')) {
      expect(text(c.querySelector('text.centre'))).to.equal('chưa có số liệu');
      expect(c.querySelector('[part="value"]'), 'no value arc').to.equal(null);
      expect(sentence(c)).to.contain('chưa có số liệu');
    }
    const grdp = card(el, 'cnsh-grdp');
    expect(marks(grdp.querySelector('[part="milestone"]')), 'two milestone ticks').to.equal(2);
    const labels = [...grdp.querySelectorAll('text.tick-label')].map(lines);
    // The year in bold over the goal.
    expect(getComputedStyle(grdp.querySelector('text.tick-label')!).fontWeight).to.equal('600');
    expect(getComputedStyle(grdp.querySelector('text.tick-label tspan')!).fontWeight).to.equal('400');
    expect(labels).to.deep.equal([['2030', '≈7%'], ['2045', '10%']]);
    expect(text(grdp.querySelector('[part="goals"]'))).to.equal('Mục tiêu: khoảng 7% đến năm 2030; 10% đến năm 2045');
    expect(text(el.shadowRoot)).to.not.match(/(^|\s)0% \(/);
  });

  it('lists all nine qualitative goals of part II as words, "Chưa có đánh giá", without transcription notes', async () => {
    const el = await gauge(REAL);
    const goals = $$(el, '[part="goal"]');
    expect(goals).to.have.length(9);
    expect(text(goals[1]!)).to.contain('Lào Cai là tỉnh có hoạt động ứng dụng công nghệ sinh học khá trong khu vực miền núi phía Bắc');
    expect(goals.map((g) => g.getAttribute('data-target'))).to.include.members(['ung-dung-rong-rai-2030', 'nhan-luc-2030', 'nhu-cau-thiet-yeu-2030', 'doi-moi-sang-tao-2045']);
    expect(goals.every((g) => text(g).includes('Chưa có đánh giá'))).to.equal(true);
    // "tiên bộ" is the document's typo: the note saying so is for the table, not the reader's line.
    expect(text(goals.find((g) => g.getAttribute('data-target') === 'ung-dung-rong-rai-2030')!)).to.not.contain('lỗi chính tả');
  });

  it('has a data table with a row for every target', async () => {
    const el = await gauge(REAL);
    const rows = await tableOf(el);
    expect(rows).to.have.length(12);
    expect(text(rows[2]!.querySelector('th'))).to.equal('Công nghiệp sinh học đóng góp vào GRDP của tỉnh');
    const grdp = [...rows[2]!.querySelectorAll('td')].map(text);
    expect(grdp.slice(0, 4)).to.deep.equal(['chưa có số liệu', '—', 'khoảng 7% đến năm 2030; 10% đến năm 2045', 'Chưa có số liệu']);
    expect(grdp[4]).to.contain('"phần đầu" giữ nguyên văn');
    // "tăng ít nhất 2 lần" names no base: no "×1 (2023)", the words say the base is not stated.
    const ratio = [...rows[1]!.querySelectorAll('td')].map(text);
    expect(ratio[1]).to.equal('không nêu mức gốc');
    expect(ratio[2]).to.equal('ít nhất gấp 2 lần đến năm 2030 (không nêu mức gốc)');
    expect(text(el.shadowRoot)).to.not.contain('gấp 1 lần');
  });
});

describe('<tiendo-gauge>: one target with illustrative figures', () => {
  it('shows the GRDP share: its figure, status in words, the path, date and source, the note', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'cnsh-grdp' });
    expect($$(el, '[part="gauge"]')).to.have.length(1);
    const c = card(el, 'cnsh-grdp');
    expect(text(c.querySelector('[part="title"]'))).to.equal('Công nghiệp sinh học đóng góp vào GRDP của tỉnh');
    expect(text(c.querySelector('text.centre'))).to.equal('3,8%');
    // The shape is drawn by CSS before the words, so that colour is never the only signal.
    expect(text(c.querySelector('[part="status"]'))).to.equal('Kịp tiến độ bình quân');
    expect(getComputedStyle(c.querySelector('[part="status"]')!, '::before').content).to.equal('"●"');
    // The pointer's key before the reason: a triangle as the picture draws it.
    expect(getComputedStyle(c.querySelector('.reason')!, '::before').clipPath).to.contain('polygon');
    expect(text(c.querySelector('.reason'))).to.equal('theo tiến độ bình quân, đến ngày 31/12/2025 cần đạt 3,75%, tính từ số liệu đầu tiên (31/12/2024) vì chưa có mức gốc');
    expect(text(c.querySelector('[part="meta"]'))).to.equal('Số liệu ngày 31/12/2025 · Nguồn: Số liệu minh họa');
    // The feed's note (where the target is, how it was transcribed) is in the table, not on the card.
    expect(c.querySelector('[part="note"]')).to.equal(null);
    expect(text((await tableOf(el)).at(-1))).to.contain('Khoảng 7% đến năm 2030 (mục II.2.1)');
    expect(c.classList.contains('status-on-track')).to.equal(true);
    expect(c.querySelector('[part="value"]')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+A/);
    expect(c.querySelector('[part="path"]')).to.not.equal(null);
    expect(text($(el, '[part="illustrative"]'))).to.contain('Minh họa');
  });

  it('reads as one sentence to a screen reader (the name of the picture), the words that repeat it hidden from it', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'cnsh-grdp' });
    const c = card(el, 'cnsh-grdp');
    expect(sentence(c).replace(/\u00a0/g, ' ')).to.equal(
      'Công nghiệp sinh học đóng góp vào GRDP của tỉnh: 3,8% (số liệu ngày 31/12/2025). Mục tiêu: khoảng 7% đến năm 2030; 10% đến năm 2045. ' +
        'Đánh giá: Kịp tiến độ bình quân, theo tiến độ bình quân, đến ngày 31/12/2025 cần đạt 3,75%, tính từ số liệu đầu tiên (31/12/2024) vì chưa có mức gốc.',
    );
    for (const part of ['title', 'status', 'goals']) expect(c.querySelector(`[part="${part}"]`)!.getAttribute('aria-hidden'), part).to.equal('true');
    expect(c.querySelector('.reason')!.getAttribute('aria-hidden')).to.equal('true');
    // The source stays readable: "Nguồn: Số liệu minh họa", the date already in the sentence.
    expect(text(c.querySelector('[part="meta"] [aria-hidden="true"]'))).to.equal('Số liệu ngày 31/12/2025 ·');
  });

  it('tabulates figures, path and milestones of one target, and draws no baseline the document does not give', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'nong-san-sau-che-bien' });
    const rows = (await tableOf(el)).map((tr) => [...tr.children].map(text));
    expect(rows.slice(0, 4)).to.deep.equal([
      ['Thực hiện', '31/12/2024', '×1,3', 'Số liệu minh họa'],
      ['Thực hiện', '31/12/2025', '×1,45', 'Số liệu minh họa'],
      ['Tiến độ bình quân', '31/12/2025', '×1,42', 'Đường thẳng từ số liệu đầu tiên (31/12/2024) tới mốc 2030'],
      ['Mục tiêu', '2030', 'ít nhất gấp 2 lần', 'giá trị sản phẩm nông sản sau chế biến tăng ít nhất 2 lần'],
    ]);
    expect(rows[4]).to.deep.equal(['Đánh giá', 'Kịp tiến độ bình quân']);
    expect(el.shadowRoot!.querySelector('[part~="baseline"], .tick.baseline')).to.equal(null);
    expect(text(card(el, 'nong-san-sau-che-bien').querySelector('[part="goals"]'))).to.equal('Mục tiêu: ít nhất gấp 2 lần đến năm 2030 (không nêu mức gốc)');
  });

  it('speaks English with lang="en"', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'cnsh-grdp', lang: 'en' });
    const c = card(el, 'cnsh-grdp');
    expect(text(c.querySelector('text.centre'))).to.equal('3.8%');
    expect(text(c.querySelector('[part="status"]'))).to.equal('On pace');
    expect(text(c.querySelector('[part="meta"]'))).to.equal('Figure for 31 Dec 2025 · Source: Illustrative figure');
    expect(text(c.querySelector('[part="goals"]'))).to.equal('Target: about 7% by 2030; 10% by 2045');
  });

  it('shows a qualitative target as its words and status', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'ung-dung-khu-vuc-2030' });
    expect($$(el, '[part="gauge"]')).to.have.length(0);
    expect(text($(el, '[part="goal"]'))).to.contain('Kịp tiến độ bình quân');
  });

  it('tells the webmaster when `target` names no target, with the ids there are', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'grdp' });
    expect(text($(el, '[part="not-found"]'))).to.contain('Không tìm thấy mục tiêu “grdp”');
    expect(text($(el, '[part="not-found"]'))).to.contain('cnsh-grdp');
  });
});

describe('<tiendo-gauge>: variants', () => {
  it('draws a bullet bar with variant="bar", its figure above it and milestone labels under it', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'cnsh-grdp', variant: 'bar', width: 320 });
    const c = card(el, 'cnsh-grdp');
    expect(text(c.querySelector('[part="number"]'))).to.equal('3,8%');
    expect(c.querySelector('[part="value"]')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
    expect([...c.querySelectorAll('text.tick-label')].map(text)).to.deep.equal(['2030: ≈7%', '2045: 10%']);
  });

  it('shows a big figure and a thin progress line with variant="number"', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'nong-san-quy-trinh-tot', variant: 'number' });
    const c = card(el, 'nong-san-quy-trinh-tot');
    expect(text(c.querySelector('[part="number"]'))).to.equal('58,5%');
    expect(c.querySelectorAll('text.tick-label')).to.have.length(0);
    expect(c.querySelector('[part="value"]')).to.not.equal(null);
  });

  it('says "Chưa có số liệu" in place of the big figure, never 0', async () => {
    const el = await gauge(REAL, { target: 'nong-san-quy-trinh-tot', variant: 'number' });
    expect(text($(el, '[part="number"]'))).to.equal('Chưa có số liệu');
  });

  it('falls back to the arc for an unknown variant', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'cnsh-grdp', variant: 'donut' });
    expect($(el, '.gauge.variant-arc')).to.not.equal(null);
  });
});

describe('<tiendo-gauge>: fitting the page', () => {
  it('wraps gauges into columns that fit: three at 1200 px, one at 360 px and 200 px', async () => {
    for (const [width, columns] of [[1200, 3], [360, 1], [200, 1]] as const) {
      const el = await gauge(ILLUSTRATIVE, { width });
      expect($(el, '[part="gauges"]')!.classList.contains(`cols-${columns}`), `${width}`).to.equal(true);
      expect($$(el, 'svg.picture'), `${width}`).to.have.length(3);
      for (const svg of $$(el, 'svg.picture')) expect(svg.getBoundingClientRect().width, `${width}`).to.be.at.most(width - 16);
      expect(el.scrollWidth, `${width}: no horizontal overflow`).to.be.at.most(width);
    }
  });

  it('fills the row as the other widgets do, and lines up titles and arcs side by side (one-line and two-line titles, labels above or not)', async () => {
    const el = await gauge(REAL, { width: 1168 });
    const row = $(el, '[part="gauges"]')!.getBoundingClientRect();
    const cards = ['nong-san-quy-trinh-tot', 'nong-san-sau-che-bien', 'cnsh-grdp'].map((id) => card(el, id));
    const boxes = cards.map((c) => c.getBoundingClientRect());
    expect(boxes[2]!.right, 'the last card ends where the row does').to.be.closeTo(row.right, 1);
    const titles = cards.map((c) => c.querySelector('[part="title"]')!.getBoundingClientRect());
    expect(new Set(titles.map((t) => Math.round(t.height))).size, 'titles of one and two lines').to.be.greaterThan(1);
    // The bottom of each arc's track: the same line across the row.
    const arcBottoms = cards.map((c) => Math.round(c.querySelector('svg.picture .track')!.getBoundingClientRect().bottom));
    expect(new Set(arcBottoms).size, `arc bottoms ${arcBottoms}`).to.equal(1);
    const titleBottoms = titles.map((t) => Math.round(t.bottom));
    expect(new Set(titleBottoms).size, `title bottoms ${titleBottoms}`).to.equal(1);
  });

  it('says the programme has no targets rather than showing a blank box', async () => {
    const el = await fixture<TiendoGauge>(html`<tiendo-gauge .feed=${{ ...sampleFeed(), targets: [] }}></tiendo-gauge>`);
    expect(text($(el, '[part="empty"]'))).to.equal('Chương trình chưa có mục tiêu nào để hiển thị.');
  });

  it('writes hostile feed text as text and uses no style attribute (strict CSP)', async () => {
    const feed = sampleFeed();
    feed.targets[0].title = '<img src=x onerror="window.pwned=1">GRDP';
    feed.targets[0].actuals = [{ date: '2025-12-31', value: 3, source: '<b>x</b>' }];
    const el = await fixture<TiendoGauge>(html`<tiendo-gauge .feed=${feed}></tiendo-gauge>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('<img src=x onerror="window.pwned=1">GRDP');
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });
});

describe('<tiendo-gauge>: a lean card (a page may hold a thousand)', () => {
  // The GRDP card shows: title; picture (track, value, the two milestone ticks, the path pointer,
  // the scale's two ends, the figure, two labels "2030 / ≈7%" of two lines); status, reason,
  // goals; date and source. One element for each thing drawn and each line of a label, the date's
  // span (hidden from a screen reader: the sentence has it), and two boxes (the card, and the row
  // its picture and words share with the cards beside it): 20. It was 24 (a line per tick, a
  // tspan per label line, a hidden paragraph for the sentence).
  it('draws the GRDP card, milestones, words and sentence included, in at most 20 elements', async () => {
    const el = await gauge(ILLUSTRATIVE);
    const c = card(el, 'cnsh-grdp');
    expect(marks(c.querySelector('[part="milestone"]'))).to.equal(2);
    expect([...c.querySelectorAll('text.tick-label')].map(lines)).to.deep.equal([['2030', '≈7%'], ['2045', '10%']]);
    expect(text(c.querySelector('[part="status"]'))).to.equal('Kịp tiến độ bình quân');
    expect(sentence(c)).to.contain('Mục tiêu: khoảng 7% đến năm 2030; 10% đến năm 2045.');
    expect(c.querySelectorAll('*').length + 1).to.be.at.most(20);
  });

  it('keeps every card of the three variants within 20 elements, with or without figures', async () => {
    for (const file of [REAL, ILLUSTRATIVE]) {
      for (const variant of ['arc', 'bar', 'number']) {
        const el = await gauge(file, { variant });
        const cards = $$(el, '[part="gauge"]');
        expect(cards, `${file} ${variant}`).to.have.length(3);
        for (const c of cards) expect(c.querySelectorAll('*').length + 1, `${file} ${variant} ${c.getAttribute('data-target')}`).to.be.at.most(20);
      }
    }
  });
});

describe('<tiendo-gauge>: many targets, the first screen first', () => {
  /** The illustrative feed's three gauges, ten times over (ids g1…g30), and its qualitative goals. */
  async function thirty(): Promise<Record<string, any>> {
    const feed = await fixtureFeed(ILLUSTRATIVE);
    const gauges = feed.targets.filter((t: any) => t.kind === 'quantitative');
    const goals = feed.targets.filter((t: any) => t.kind === 'qualitative');
    return { ...feed, targets: [...Array.from({ length: 30 }, (_, i) => ({ ...gauges[i % 3], id: `g${i + 1}` })), ...goals] };
  }
  const ids = (el: Element) => $$(el, '[part="gauge"]').map((c) => c.getAttribute('data-target'));

  it('draws four rows of cards at once, then the rest eight rows at a time from the idle moment, in order', async () => {
    const el = document.createElement('tiendo-gauge') as TiendoGauge;
    el.style.width = '600px'; // two columns
    el.feed = await thirty();
    el.setAttribute('now', '2026-06-30');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, '[part="gauges"]')!.classList.contains('cols-2')).to.equal(true);
      expect(ids(el)).to.deep.equal(['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8']);
      expect($$(el, '[part="goal"]').length, 'the goals under the cards drawn').to.be.greaterThan(0);
      await waitUntil(() => $$(el, '[part="gauge"]').length === 30, 'the other cards never came');
      expect(ids(el)).to.deep.equal(Array.from({ length: 30 }, (_, i) => `g${i + 1}`));
      // Each slice its own grid of whole rows: the first screen, then eight rows at a time.
      expect($$(el, '[part="gauges"]').map((g) => g.children.length)).to.deep.equal([8, 16, 6]);
      const [first, second] = $$(el, '[part="gauges"]').map((g) => g.getBoundingClientRect());
      expect(second!.top - first!.bottom, 'one gap between slices').to.be.closeTo(12, 0.5);
      expect(text(card(el, 'g30').querySelector('[part="status"]'))).to.equal('Kịp tiến độ bình quân');
      expect(await tableOf(el)).to.have.length(30 + $$(el, '[part="goal"]').length);
    } finally {
      el.remove();
    }
  });

  it('draws every card at once for static output and for paper', async () => {
    const feed = await thirty();
    const still = await fixture<TiendoGauge>(html`<tiendo-gauge .feed=${feed} media="static" now="2026-06-30"></tiendo-gauge>`);
    await still.updateComplete;
    expect(ids(still)).to.have.length(30);
    await emulateMedia({ media: 'print' });
    try {
      const el = document.createElement('tiendo-gauge') as TiendoGauge;
      el.feed = feed;
      el.setAttribute('now', '2026-06-30');
      document.body.append(el);
      await el.updateComplete;
      expect(ids(el)).to.have.length(30);
      el.remove();
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<tiendo-gauge>: keyboard, motion, print, axe', () => {
  it('draws the gauges first and builds the table rows once they are on screen, or at once when opened', async () => {
    const el = document.createElement('tiendo-gauge') as TiendoGauge;
    el.feed = await fixtureFeed(ILLUSTRATIVE);
    el.setAttribute('now', '2026-06-30');
    document.body.append(el);
    try {
      await el.updateComplete;
      // First render: the cards and the table's summary, no rows yet.
      expect($$(el, '[part="gauge"]')).to.have.length(3);
      expect(text($(el, '[part="table"] summary'))).to.equal('Bảng số liệu');
      expect($(el, '[part="table"] table')).to.equal(null);
      // A reader who opens it before the idle moment gets the rows at once; the disclosure stays open.
      ($(el, 'details') as HTMLDetailsElement).open = true;
      expect(await tableOf(el)).to.have.length(12);
      expect(($(el, 'details') as HTMLDetailsElement).open).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('builds the table at once for static output (media="static")', async () => {
    const feed = await fixtureFeed(ILLUSTRATIVE);
    const el = await fixture<TiendoGauge>(html`<tiendo-gauge .feed=${feed} media="static" now="2026-06-30"></tiendo-gauge>`);
    await el.updateComplete;
    expect($$(el, '[part="table"] tbody tr')).to.have.length(12);
  });

  it('has two tab stops, the data table first (Enter opens it), then the credit', async () => {
    const el = await gauge(ILLUSTRATIVE);
    const focusable = $$(el, 'a[href], button, summary, [tabindex], input, select');
    expect(focusable.map((n) => n.tagName)).to.deep.equal(['SUMMARY', 'SUMMARY']);
    expect(focusable[1]!.closest('[part="caption"]')).to.not.equal(null);
    (focusable[0] as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(($(el, 'details') as HTMLDetailsElement).open).to.equal(true);
  });

  it('sweeps the value arc in, except for readers who ask for reduced motion', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'cnsh-grdp' });
    const value = $(el, '[part="value"]')!;
    expect(getComputedStyle(value).animationName).to.equal('tiendo-sweep');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(value).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('prints the gauges without the table toggle', async () => {
    const el = await gauge(ILLUSTRATIVE);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, 'details')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="value"]')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const variant of ['arc', 'bar', 'number'] as const) {
      it(`finds nothing for axe: ${variant}, ${theme}, real and illustrative, table open`, async function () {
        this.timeout(30000); // twelve targets and their table: axe is slow on a busy machine
        for (const file of [REAL, ILLUSTRATIVE]) {
          const el = await gauge(file, { variant, theme });
          ($(el, 'details') as HTMLDetailsElement).open = true;
          await tableOf(el);
          expect(await axeViolations(el), `${file}`).to.deep.equal([]);
        }
      });
    }
  }

  it('uses the status colour for the value and a darker grey for nothing to compare with', async () => {
    const el = await gauge(ILLUSTRATIVE, { target: 'cnsh-grdp' });
    expect(getComputedStyle($(el, '[part="value"]')!).stroke).to.equal('rgb(9, 105, 218)'); // --tiendo-color-in-progress
  });
});
