/**
 * Every `--tiendo-*` token, live: one control per token (found in the widgets' own stylesheets,
 * see support/tokens.ts), applied to the three widgets at once, with the value each token has now.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import { TiendoTimeline } from '../src/timeline/define.js';
import { TiendoMatrix } from '../src/matrix/define.js';
import { TiendoGauge } from '../src/gauge/define.js';
import { feedNamed, NOW } from './support/feeds.js';
import { argsOnElement, themeOf, type StoryArgs, type StoryGlobals } from './support/render.js';
import { tokensOf, type Token } from './support/tokens.js';
import type { Story } from './support/catalogue.js';

const TOKENS = tokensOf(TiendoTimeline.styles, TiendoMatrix.styles, TiendoGauge.styles);

const defaults = (token: Token) => (token.dark ? `${token.light} (dark: ${token.dark})` : token.light);

/** One control per token; unset tokens keep the widgets' own light or dark defaults. */
const argTypes = Object.fromEntries(
  TOKENS.map((token) => [
    token.name,
    {
      control: token.colour ? { type: 'color' } : { type: 'text' },
      type: { name: 'string' },
      description: `\`${token.name}\``,
      table: { category: token.group, defaultValue: { summary: defaults(token) } },
    },
  ]),
);

let swatches: CSSStyleSheet | undefined;
/**
 * Each swatch shows its token's value where the widgets are: set, or the theme's default. One
 * rule per token, generated from the same list (an adopted sheet: no inline styles).
 */
function swatchStyles(): CSSStyleSheet {
  if (swatches) return swatches;
  const rule = (t: Token, value: string) => `[data-token='${t.name}'] { background: var(${t.name}, ${value}); }`;
  swatches = new CSSStyleSheet();
  swatches.replaceSync(`
    .tokens { border-collapse: collapse; font-size: 0.8125rem; }
    .tokens caption { text-align: start; font-weight: 600; padding-block-end: 0.5rem; }
    .tokens th, .tokens td { text-align: start; padding: 0.2rem 0.75rem 0.2rem 0; border-block-end: 1px solid GrayText; vertical-align: middle; }
    .tokens code { font-size: 0.95em; }
    .swatch { display: inline-block; inline-size: 2.5rem; block-size: 1rem; border: 1px solid CanvasText; vertical-align: middle; }
    .tokens-page { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
    ${TOKENS.filter((t) => t.colour).map((t) => rule(t, t.light)).join('\n')}
    ${TOKENS.filter((t) => t.colour && t.dark).map((t) => `[data-theme='dark'] ${rule(t, t.dark!)}`).join('\n')}
  `);
  return swatches;
}

function renderTokens(args: StoryArgs, context?: { globals?: StoryGlobals }) {
  const sheet = swatchStyles();
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const theme = themeOf(args, context?.globals);
  const tokens = Object.fromEntries(Object.entries(args).filter(([name]) => name.startsWith('--tiendo-')));
  const feed = feedNamed('Programme 219-CTr/TU (illustrative progress)');
  return html`<div class="tokens-page" data-theme=${theme ?? 'light'} ${argsOnElement(tokens)}>
    <tiendo-gauge now=${NOW} theme=${ifDefined(theme)} variant="bar" .feed=${feed}></tiendo-gauge>
    <tiendo-matrix now=${NOW} theme=${ifDefined(theme)} section="II" .feed=${feed}></tiendo-matrix>
    <tiendo-timeline now=${NOW} theme=${ifDefined(theme)} section="II" .feed=${feed}></tiendo-timeline>
    <table class="tokens">
      <caption>
        ${TOKENS.length} tokens
      </caption>
      <thead>
        <tr><th scope="col">Token</th><th scope="col">Group</th><th scope="col">Value</th><th scope="col">Default</th></tr>
      </thead>
      <tbody>
        ${TOKENS.map(
          (t) => html`<tr>
            <th scope="row"><code>${t.name}</code></th>
            <td>${t.group}</td>
            <td>${t.colour ? html`<span class="swatch" data-token=${t.name}></span> ` : ''}<code>${String(tokens[t.name] ?? '—')}</code></td>
            <td><code>${defaults(t)}</code></td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

const meta = {
  title: 'Theme/Tokens',
  tags: ['autodocs'],
  render: renderTokens,
  argTypes: {
    theme: { control: { type: 'inline-radio' }, options: ['light', 'dark', 'auto'], description: 'The widgets’ `theme` attribute.' },
    ...argTypes,
  },
  parameters: {
    snippet: `<style>
  /* On the widgets or any ancestor: custom properties inherit into the widgets. */
  tiendo-timeline, tiendo-matrix, tiendo-gauge {
    --tiendo-font: "Be Vietnam Pro", system-ui, sans-serif;
    --tiendo-color-lead: #00629b;
    --tiendo-color-coordinating: #7a3e9d;
    --tiendo-color-today: #c2185b;
  }
  /* Bigger pieces are parts: */
  tiendo-timeline::part(caption) { font-style: italic; }
</style>`,
  },
} satisfies Meta;
export default meta;

/** All tokens at their defaults, in the light theme. */
export const Tokens: Story = { name: 'All tokens', args: { theme: 'light' } };

/** The same in the dark theme: unset tokens take their dark defaults. */
export const DarkTokens: Story = { name: 'All tokens, dark', args: { theme: 'dark' } };

/** A portal's own palette and font, set through tokens only. */
export const PortalBrand: Story = {
  name: 'A portal’s brand',
  args: {
    theme: 'light',
    '--tiendo-font': 'Georgia, "Times New Roman", serif',
    '--tiendo-color-lead': '#8a1538',
    '--tiendo-color-coordinating': '#00607a',
    '--tiendo-color-accent': '#8a1538',
    '--tiendo-color-today': '#b35c00',
    '--tiendo-color-highlight': '#fdecc8',
    '--tiendo-radius': '0px',
  },
};
