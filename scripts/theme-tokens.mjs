// The shared `--tiendo-*` tokens, read from src/core/theme.ts (which names them and gives their
// light and dark defaults), with what each is for. Used by the manifest (every widget lists them
// as its CSS custom properties) and by the token table of docs/embed.md.
import { readFileSync } from 'node:fs';

/** What each shared token is for (src/core/theme.ts names them; this says where they show). */
export const TOKEN_USE = {
  font: 'Font family (default: inherited from the page)',
  'font-size': 'Base font size (default: `max(0.875rem, 14px)`, whatever the page\'s root size)',
  radius: 'Corner radius of boxes, bars and buttons',
  space: 'Base spacing unit',
  'color-background': 'Background of the widget',
  'color-surface': 'Background of notices, buttons and hovered rows',
  'color-text': 'Text',
  'color-muted': 'Secondary text (captions, hints)',
  'color-border': 'Borders of cards and controls',
  'color-grid': 'Grid lines and tracks',
  'color-accent': 'Links',
  'color-focus': 'Focus ring',
  'color-highlight': 'Background of the highlighted agency\'s tasks and column',
  'color-lead': 'Lead (chủ trì) marks',
  'color-coordinating': 'Coordinating (phối hợp) marks',
  'color-done': 'Status: done',
  'color-in-progress': 'Status: in progress',
  'color-planned': 'Status: planned',
  'color-overdue': 'Status: overdue',
  'color-delayed': 'Status: delayed',
  'color-due-soon': 'Status: due soon',
  'color-no-report': 'Status: past due with no report',
  'color-today': 'The "today" line',
  'color-illustrative': 'The "illustrative data" label',
};

/**
 * [{ name: '--tiendo-…', light, dark, description }]: the sizes (`--_x: var(--tiendo-x, default)`)
 * and the colours of the COLOURS table (`['accent', '#light', '#dark']`), each colour also settable
 * for one scheme (`--tiendo-light-color-accent`, `--tiendo-dark-color-accent`).
 */
export function themeTokens(text = readFileSync(new URL('../src/core/theme.ts', import.meta.url), 'utf8')) {
  // A default written from a constant of the same file (`${FRAME_PADDING}px`) is documented by its value.
  const constants = new Map([...text.matchAll(/export const ([A-Z_]+) = ([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  const source = text.replace(/\$\{([A-Z_]+)\}/g, (whole, name) => constants.get(name) ?? whole);
  const sizes = [...source.matchAll(/--_[a-z-]+:\s*var\((--tiendo-[a-z-]+),\s*((?:[^()]|\([^()]*\))+)\)/g)]
    .filter((m) => !m[1].includes('color'))
    .map((m) => ({ name: m[1], light: m[2].trim(), dark: '', description: TOKEN_USE[m[1].replace('--tiendo-', '')] ?? '' }));
  const colours = [...source.matchAll(/\['([a-z-]+)', '(#[0-9a-f]{3,8})', '(#[0-9a-f]{3,8})'\]/g)].flatMap(([, name, light, dark]) => [
    { name: `--tiendo-color-${name}`, light, dark, description: TOKEN_USE[`color-${name}`] ?? '' },
    { name: `--tiendo-light-color-${name}`, light, dark: '', description: `${TOKEN_USE[`color-${name}`] ?? name}, light scheme only` },
    { name: `--tiendo-dark-color-${name}`, light: '', dark, description: `${TOKEN_USE[`color-${name}`] ?? name}, dark scheme only` },
  ]);
  const seen = new Set();
  return [...sizes, ...colours].filter((t) => !seen.has(t.name) && seen.add(t.name));
}
