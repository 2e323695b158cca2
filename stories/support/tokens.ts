/**
 * Every `--tiendo-*` custom property the widgets read, found in their own stylesheets rather than
 * listed by hand: a token added to src/core/theme.ts or a widget's styles.ts shows up in the theme
 * story and its controls by itself.
 */
import type { CSSResultGroup } from 'lit';

export interface Token {
  name: string;
  /** The default in the light theme (the first `var(--tiendo-x, default)` met). */
  light: string;
  /** The default in the dark theme, when it differs. */
  dark?: string;
  /** A colour (a colour control) or a size, font or number (a text control). */
  colour: boolean;
  group: string;
}

function cssTexts(styles: CSSResultGroup | undefined): string[] {
  if (!styles) return [];
  if (Array.isArray(styles)) return styles.flatMap((s) => cssTexts(s as CSSResultGroup));
  return 'cssText' in styles ? [styles.cssText] : [];
}

/** Each `var(--tiendo-…, fallback)` in a stylesheet, with its fallback (parentheses balanced). */
function* uses(css: string): Generator<{ name: string; fallback: string; owner?: string }> {
  const start = /var\(\s*(--tiendo-[a-z0-9-]+)\s*,/g;
  for (let m = start.exec(css); m; m = start.exec(css)) {
    let depth = 1;
    let i = start.lastIndex;
    for (; i < css.length && depth > 0; i++) depth += css[i] === '(' ? 1 : css[i] === ')' ? -1 : 0;
    // The private property it feeds, if written as `--_x: var(--tiendo-y, …)`.
    const owner = /(--_[a-z0-9-]+)\s*:\s*$/.exec(css.slice(Math.max(0, m.index - 40), m.index))?.[1];
    yield { name: m[1]!, fallback: css.slice(start.lastIndex, i - 1).trim(), owner };
  }
}

/** "--tiendo-color-done" → "status colours", and so on: the control panel's sections. */
function groupOf(name: string): string {
  if (/^--tiendo-color-(lead|coordinating)$/.test(name)) return 'roles';
  if (/^--tiendo-color-(done|in-progress|planned|overdue|delayed|due-soon|no-report|today|illustrative)$/.test(name)) return 'status colours';
  if (name.startsWith('--tiendo-color-')) return 'colours';
  const widget = /^--tiendo-(timeline|matrix|gauge|summary)-/.exec(name)?.[1];
  return widget ?? 'type and spacing';
}

const isColourValue = (value: string) => /^(#[0-9a-f]{3,8}|rgba?\(|hsla?\(|oklch\()/i.test(value);

/**
 * The tokens read by these stylesheets, in the order first met. A fallback that is another
 * property (`var(--_done)`) is shown as the token that property comes from.
 */
export function tokensOf(...groups: (CSSResultGroup | undefined)[]): Token[] {
  const css = groups.flatMap(cssTexts).join('\n');
  const all = [...uses(css)];
  const publicOf = new Map(all.filter((u) => u.owner).map((u) => [u.owner!, u.name]));
  const tokens = new Map<string, Token>();
  for (const { name, fallback } of all) {
    const via = /^var\((--_[a-z0-9-]+)\)$/.exec(fallback)?.[1];
    const shown = via && publicOf.has(via) ? `var(${publicOf.get(via)})` : fallback;
    const known = tokens.get(name);
    if (!known) {
      tokens.set(name, { name, light: shown, colour: name.startsWith('--tiendo-color-') || isColourValue(shown) || /color|gauge-/.test(name), group: groupOf(name) });
    } else if (known.dark === undefined && shown !== known.light && known.colour) {
      known.dark = shown;
    }
  }
  return [...tokens.values()];
}
