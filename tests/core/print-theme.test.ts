/**
 * A dark widget prints light: readers print these reports on white paper, and a dark widget as it
 * shows on screen is a cartridge of ink, or, with the backgrounds a browser drops when printing,
 * light text on white. Each widget, `theme="dark"` and `theme="auto"` on a dark system, under print
 * media: its frame is the light background and prints (`print-color-adjust: exact`), and no colour
 * it draws is one of the dark palette's. (Chromium answers `prefers-color-scheme: light` while
 * printing, so there `auto` tests the frame; the palette rule is for browsers that keep the dark.)
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import '../../src/matrix/define.js';
import '../../src/gauge/define.js';
import '../../src/summary/define.js';
import { themeColours } from '../../src/core/theme.js';

const NOW = '2026-06-30';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const LIGHT = Object.fromEntries(Object.entries(themeColours('light')).map(([name, hex]) => [name, rgb(hex)]));
const DARK = Object.fromEntries(Object.entries(themeColours('dark')).map(([name, hex]) => [name, rgb(hex)]));
/** The dark palette's colours that the light one does not have, by token name. */
const DARK_ONLY = Object.entries(DARK).filter(([, colour]) => !Object.values(LIGHT).includes(colour));
/**
 * Tokens whose colour is theirs alone in both palettes (text, grid, done, overdue…), so that a
 * colour names its token. Not the border: the gauge's card prints a grey of its own.
 */
const UNAMBIGUOUS = Object.keys(LIGHT).filter((name) => name !== 'border' &&
  [LIGHT, DARK].every((palette) => Object.values(palette).filter((colour) => colour === palette[name]).length === 1));

/** Every colour the widget's shadow tree draws with: text, fills, strokes, backgrounds, borders. */
function coloursOf(el: Element): Set<string> {
  const colours = new Set<string>();
  for (const node of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
    const style = getComputedStyle(node);
    for (const property of ['color', 'fill', 'stroke', 'background-color', 'border-top-color', 'border-left-color']) {
      colours.add(style.getPropertyValue(property));
    }
  }
  return colours;
}
const darkIn = (colours: Set<string>) => DARK_ONLY.filter(([, colour]) => colours.has(colour)).map(([name]) => name);
const tokensIn = (colours: Set<string>, palette: Record<string, string>) => UNAMBIGUOUS.filter((name) => colours.has(palette[name]!));

const WIDGETS = ['tiendo-timeline', 'tiendo-matrix', 'tiendo-gauge', 'tiendo-summary'];

type Widget = HTMLElement & { feed: unknown; updateComplete: Promise<boolean> };

async function mount(tag: string, theme: string): Promise<Widget> {
  const feed = await (await fetch('/fixtures/laocai-219-ctr-tu.illustrative.json')).json();
  const host = fixtureSync<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as Widget;
  el.setAttribute('now', NOW);
  el.setAttribute('lang', 'en');
  el.setAttribute('theme', theme);
  el.feed = feed;
  host.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('[part="caption"]'), `${tag} never drew its feed`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

for (const [theme, system] of [['dark', 'light'], ['auto', 'dark']] as const) {
  describe(`printing theme="${theme}" on a ${system} system`, () => {
    beforeEach(() => emulateMedia({ colorScheme: system }));
    afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light' }));

    for (const tag of WIDGETS) {
      it(`<${tag}> is dark on screen and prints in the light colours on an opaque white frame`, async () => {
        const el = await mount(tag, theme);
        const screen = coloursOf(el);
        expect(getComputedStyle(el).backgroundColor, 'dark on screen').to.equal(DARK.background);
        expect([...screen]).to.include(DARK.text);

        await emulateMedia({ media: 'print', colorScheme: system });
        await el.updateComplete;
        const frame = getComputedStyle(el);
        expect(frame.backgroundColor, 'the frame is paper white').to.equal(LIGHT.background);
        expect(frame.getPropertyValue('print-color-adjust'), 'and prints, backgrounds or not').to.equal('exact');
        expect(frame.getPropertyValue('-webkit-print-color-adjust')).to.equal('exact');
        expect(frame.colorScheme).to.equal('light');
        const paper = coloursOf(el);
        expect(darkIn(paper), 'colours of the dark palette on paper').to.deep.equal([]);
        expect([...paper]).to.include(LIGHT.text);
        // What is drawn in a dark colour on screen (a status, the grid, the today line) is drawn in its light twin on paper.
        expect(tokensIn(paper, LIGHT)).to.deep.equal(tokensIn(screen, DARK));
      });
    }
  });
}

describe('printing theme="light"', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints as before: light colours, the frame white and printed', async () => {
    const el = await mount('tiendo-timeline', 'light');
    const screen = coloursOf(el);
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal(LIGHT.background);
    expect(getComputedStyle(el).getPropertyValue('print-color-adjust')).to.equal('exact');
    expect(tokensIn(coloursOf(el), LIGHT)).to.deep.equal(tokensIn(screen, LIGHT));
    expect(darkIn(coloursOf(el))).to.deep.equal([]);
  });
});
