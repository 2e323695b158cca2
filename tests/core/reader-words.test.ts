/**
 * What every widget says to a reader, across widgets: typography, plurals, the light default,
 * the credit and the feed's note, English timeframes. Real Chromium, real fixtures.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import '../../src/matrix/define.js';
import '../../src/gauge/define.js';
import { t } from '../../src/core/messages.js';
import { formatPercent, plural } from '../../src/derive/format.js';
import { fixtureFeed, mountWidget } from '../widget-fixture.js';

const NOW = '2026-06-30';
const REAL = 'laocai-219-ctr-tu.json';
const ILLUSTRATIVE = 'laocai-219-ctr-tu.illustrative.json';
const WIDGETS = ['tiendo-timeline', 'tiendo-matrix', 'tiendo-gauge'] as const;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const mount = (tag: string, file: string, attrs: Record<string, string> = {}, width = 1200): Promise<HTMLElement> =>
  mountWidget(tag, file, { width, style: 'background: #fff', attrs: { now: NOW, ...attrs } });

describe('reader words: Vietnamese percent typography', () => {
  it('writes "7%" as the document does, with no space before the sign', () => {
    expect(formatPercent(7, 'vi')).to.equal('7%');
    expect(formatPercent(58.5, 'vi')).to.equal('58,5%');
    expect(formatPercent(1234.5, 'vi')).to.equal('1.234,5%');
    expect(formatPercent(58.5, 'en')).to.equal('58.5%');
  });

  it('shows no space before "%" in any widget, real or illustrative', async () => {
    for (const file of [REAL, ILLUSTRATIVE]) {
      for (const tag of WIDGETS) {
        const el = await mount(tag, file, { lang: 'vi' });
        const all = el.shadowRoot!.textContent!;
        if (tag === 'tiendo-gauge') expect(all, `${tag} ${file}`).to.match(/\d%/);
        expect(all, `${tag} ${file}`).to.not.match(/\d[\s\u00a0\u202f]%/);
      }
    }
  });
});

describe('reader words: plurals through Intl.PluralRules', () => {
  it('says "1 problem", "2 problems", never "(s)"', () => {
    expect(plural(1, 'en', { one: 'item', other: 'items' })).to.equal('item');
    expect(plural(0, 'en', { one: 'item', other: 'items' })).to.equal('items');
    expect(t('en', 'problems', { count: 1 })).to.equal('1 problem in the data');
    expect(t('en', 'problems', { count: 2 })).to.equal('2 problems in the data');
    expect(t('en', 'skipped', { count: 1 })).to.equal('1 item in the data had errors and is not shown.');
  });

  it('has no "(s)" in any English widget', async () => {
    for (const tag of WIDGETS) {
      const el = await mount(tag, ILLUSTRATIVE, { lang: 'en' });
      expect(el.shadowRoot!.textContent, tag).to.not.contain('(s)');
    }
  });
});

describe('reader words: light unless asked', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('stays light on a white page when the system is dark; auto follows the system; dark when asked', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const bg = (el: Element) => getComputedStyle(el).backgroundColor;
    for (const tag of WIDGETS) {
      expect(bg(await mount(tag, REAL)), `${tag} default`).to.equal('rgb(255, 255, 255)');
      expect(bg(await mount(tag, REAL, { theme: 'auto' })), `${tag} auto`).to.equal('rgb(13, 17, 23)');
      expect(bg(await mount(tag, REAL, { theme: 'dark' })), `${tag} dark`).to.equal('rgb(13, 17, 23)');
    }
    expect((await mount('tiendo-gauge', REAL)).getAttribute('theme')).to.equal('light');
  });

  it('auto is light when the system is light', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(await mount('tiendo-matrix', REAL, { theme: 'auto' })).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('takes a colour per scheme: a brand accent for light, another for dark', async () => {
    const el = await mount('tiendo-gauge', REAL);
    el.style.setProperty('--tiendo-light-color-accent', 'rgb(1, 2, 3)');
    el.style.setProperty('--tiendo-dark-color-accent', 'rgb(200, 210, 220)');
    const accent = () => getComputedStyle(el).getPropertyValue('--_accent').trim();
    expect(accent()).to.equal('rgb(1, 2, 3)');
    el.setAttribute('theme', 'dark');
    expect(accent()).to.equal('rgb(200, 210, 220)');
    // One colour for both schemes still works.
    el.style.removeProperty('--tiendo-dark-color-accent');
    el.style.setProperty('--tiendo-color-accent', 'rgb(9, 9, 9)');
    expect(accent()).to.equal('rgb(9, 9, 9)');
  });
});

describe('reader words: one compact credit, the full credit and the feed note folded', () => {
  it('prints programme · source · data as of on one line, and the note with the credit', async () => {
    for (const tag of WIDGETS) {
      const el = await mount(tag, REAL, { lang: 'en' });
      const credit = el.shadowRoot!.querySelector('[part="caption"]')!;
      const line = credit.querySelector('.caption')!;
      // The source is the document itself, so the programme is named once.
      expect(text(line), tag).to.equal('Source: Programme No. 219-CTr/TU of 22 May 2023, Lào Cai Provincial Party Committee · Data as of 22 May 2023');
      expect(text(credit.querySelector('[part="note"]')), tag).to.contain('English texts are unofficial translations');
      expect(credit.querySelector('details')!.open).to.equal(false);
    }
  });

  it('names the programme first when the source is another publication', async () => {
    const feed = await fixtureFeed(REAL);
    feed.programme.source = { title: { vi: 'Báo Lào Cai, 23/5/2023', en: 'Lào Cai newspaper, 23 May 2023' } };
    const host = fixtureSync<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('tiendo-matrix') as HTMLElement & { feed: unknown };
    el.setAttribute('lang', 'en');
    el.feed = feed;
    host.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.caption'), 'no credit');
    expect(text(el.shadowRoot!.querySelector('.caption'))).to.equal('219-CTr/TU, Lào Cai Provincial Party Committee · Source: Lào Cai newspaper, 23 May 2023 · Data as of 22 May 2023');
  });

  it('does not call invented statuses "transcribed"', async () => {
    const el = await mount('tiendo-timeline', ILLUSTRATIVE);
    const credit = text(el.shadowRoot!.querySelector('[part="caption"]'));
    expect(credit).to.not.contain('chép lại từ văn bản');
    expect(credit).to.contain('trạng thái và số liệu là minh họa');
  });
});

describe('reader words: English timeframes', () => {
  for (const width of [1200, 360]) {
    it(`reads tasks 1, 2 and 3 in English at ${width} px, the document's words one step away`, async () => {
      const el = await mount('tiendo-timeline', REAL, { lang: 'en' }, width);
      const row = (key: string) => text(el.shadowRoot!.querySelector(`.tree [data-key="${key}"]`));
      expect(row('t1')).to.contain('by end of Q3 2023');
      expect(row('t2')).to.contain('from Q3 2023 on');
      expect(row('t3')).to.contain('every year');
      for (const key of ['t1', 't2', 't3']) expect(row(key), key).to.not.match(/Quý|Hàng năm|Xong trong/);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('table tbody tr').length > 0, 'no table', { timeout: 3000 });
      const table = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => text(tr.children[2]));
      expect(table[0]).to.equal('by end of Q3 2023 (as written: Xong trong Quý III/2023)');
      expect(table[2]).to.equal('every year (as written: Hàng năm)');
    });
  }

  it('keeps the document\'s words in Vietnamese', async () => {
    const el = await mount('tiendo-timeline', REAL, { lang: 'vi' }, 360);
    expect(text(el.shadowRoot!.querySelector('.tree [data-key="t1"]'))).to.contain('Xong trong Quý III/2023');
  });
});

describe('reader words: a status nobody reported is a fact about the schedule', () => {
  // Case-sensitive: a successor's note says Party groups "were ended", which claims nothing about a task.
  const CLAIMS = { vi: /Đang thực hiện|Hoàn thành|[Đđ]ã hoàn thành|theo kế hoạch/, en: /In progress|\bDone\b|Ended|by schedule/ };

  for (const lang of ['vi', 'en'] as const) {
    it(`never claims progress for the real feed (${lang}): rows, legend, table, details`, async () => {
      for (const now of ['2023-06-30', '2026-06-30', '2031-01-01']) {
        for (const tag of WIDGETS) {
          const el = await mount(tag, REAL, { lang, now });
          if (tag === 'tiendo-timeline') {
            (el.shadowRoot!.querySelector('[data-action="table"]') as HTMLElement).click();
            await waitUntil(() => el.shadowRoot!.querySelectorAll('table tbody tr').length > 0, 'no table', { timeout: 3000 });
            (el.shadowRoot!.querySelector('.tree [data-key="t2"]') as HTMLElement).click();
            await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'no details', { timeout: 3000 });
          }
          expect(el.shadowRoot!.textContent, `${tag} ${lang} ${now}`).to.not.match(CLAIMS[lang]);
        }
      }
    });
  }

  it('says "chưa có báo cáo" with where the task stands, the same in row, legend, table and details', async () => {
    const el = await mount('tiendo-timeline', REAL, { now: '2026-06-30' });
    const root = el.shadowRoot!;
    const status = (key: string) => text(root.querySelector(`.tree [data-key="${key}"] .status`));
    expect(status('t1')).to.equal('Chưa có báo cáo · đã quá hạn');
    expect(status('t2')).to.equal('Chưa có báo cáo · trong thời hạn');
    const legend = [...root.querySelectorAll('.legend .statuses li')].map(text);
    expect(legend).to.include.members(['Chưa có báo cáo · đã quá hạn', 'Chưa có báo cáo · trong thời hạn']);
    (root.querySelector('[data-action="table"]') as HTMLElement).click();
    await waitUntil(() => root.querySelectorAll('table tbody tr').length > 0, 'no table', { timeout: 3000 });
    expect(text(root.querySelector('table tbody tr[data-key="t2"]')!.lastElementChild)).to.equal('Chưa có báo cáo · trong thời hạn');
    const early = await mount('tiendo-timeline', REAL, { now: '2023-06-01' });
    expect(text(early.shadowRoot!.querySelector('.tree [data-key="t2"] .status'))).to.equal('Chưa có báo cáo · chưa đến thời gian thực hiện');
    const english = await mount('tiendo-timeline', REAL, { now: '2026-06-30', lang: 'en' });
    expect(text(english.shadowRoot!.querySelector('.tree [data-key="t1"] .status'))).to.equal('No report · deadline passed');
  });
});

describe('reader words: no finer than the document', () => {
  it('says "2023" and "2030" for "2023-2030", keeps "Hàng năm", and a quarter stays a quarter', async () => {
    const el = await mount('tiendo-timeline', REAL);
    const root = el.shadowRoot!;
    (root.querySelector('[data-action="table"]') as HTMLElement).click();
    await waitUntil(() => root.querySelectorAll('table tbody tr').length > 0, 'no table', { timeout: 3000 });
    const cells = (key: string) => [...root.querySelector(`table tbody tr[data-key="${key}"]`)!.children].map(text);
    expect(cells('t8').slice(2, 5)).to.deep.equal(['2023-2030', '2023', '2030']);
    expect(cells('t1').slice(2, 5)).to.deep.equal(['Xong trong Quý III/2023', 'không ghi', 'Quý III/2023']);
    (root.querySelector('.tree [data-key="t3"]') as HTMLElement).click();
    await waitUntil(() => root.querySelector('dialog[open]'), 'no details', { timeout: 3000 });
    const details = text(root.querySelector('dialog'));
    expect(details).to.contain('Hàng năm: 8 lần, 2023–2030');
    expect(details).to.not.contain('Hằng năm');
    expect(details).to.not.match(/31\/12\/2030|1\/1\/2023/);
  });
});
