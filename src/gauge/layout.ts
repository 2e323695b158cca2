/**
 * Target + size + variant → the gauge's geometry: path strings, ticks, label positions, and the
 * status they show. Pure: no DOM, no Lit; tested with plain inputs (tests/gauge/layout.test.ts).
 *
 * Every mark is a stroked path (the arc, the bar and the progress line alike), so the template,
 * the styles and the sweep animation are the same for the three variants.
 */
import type { TargetModel } from '../feed/model.js';
import { targetProgress, comparatorOf, meets } from '../derive/progress.js';
import { gaugeScale } from './scale.js';
import type { GaugeInput, GaugeLayout, LayoutOptions, Variant } from './types.js';
import { formatGoal, milestoneWhen } from './units.js';
import { layoutArc } from './layout-arc.js';
import { layoutBar } from './layout-bar.js';

export type { GaugeInput, GaugeLayout, Label, LayoutOptions, Tick, Variant } from './types.js';
export const VARIANTS: readonly Variant[] = ['arc', 'bar', 'number'];

/** Below this the picture would be unreadable; the element never asks for less. */
export const MIN_WIDTH = 160;

export function layoutGauge(target: TargetModel, options: LayoutOptions): GaugeLayout {
  const { lang, variant } = options;
  const width = Math.max(MIN_WIDTH, Math.round(options.width));
  const progress = targetProgress(target, { start: options.start });
  const scale = gaugeScale(target, progress.better);
  const actual = progress.actual;
  const milestones = target.milestones.map((m) => {
    const c = comparatorOf(target, m);
    const met = !!actual && meets(actual.value, m, c, progress.better);
    // A tick mark beside a milestone already met: the news is not in the colour alone.
    const tick = met ? ' ✓' : '';
    const when = milestoneWhen(m, lang);
    return { m, value: m.value, max: c === 'range' ? m.max : undefined, met, full: [when, formatGoal(m, c, target, lang, 'tick') + tick], brief: [when + tick] };
  });
  const input: GaugeInput = { target, scale, progress, lang, width, milestones, centreAt: options.centreAt };
  return variant === 'arc' ? layoutArc(input) : layoutBar(input, variant === 'number');
}

/** Sizes shared with styles.ts: the frame's and a card's padding, border and gap. */
export const CHROME = { frame: 8, card: 12, cardNarrow: 6, narrow: 280, border: 1, gap: 12, minCard: 232, maxCard: 360, maxSingle: 440, maxColumns: 6 } as const;

export interface GridLayout {
  columns: number;
  /** The width of each gauge's picture. */
  picture: number;
}

/**
 * All targets: as many columns of cards as fit (at least 232 px each, at most 360, at most six),
 * and the picture width inside a card. One target: one card, its picture at most 440 px wide.
 */
export function gridLayout(hostWidth: number, count: number): GridLayout {
  const inner = Math.max(MIN_WIDTH, hostWidth - 2 * CHROME.frame);
  const chrome = 2 * ((inner <= CHROME.narrow ? CHROME.cardNarrow : CHROME.card) + CHROME.border);
  if (count <= 1) return { columns: 1, picture: Math.max(MIN_WIDTH, Math.min(CHROME.maxSingle, inner - chrome)) };
  const fit = Math.floor((inner + CHROME.gap) / (CHROME.minCard + CHROME.gap));
  const columns = Math.max(1, Math.min(count, CHROME.maxColumns, fit));
  const card = Math.min(CHROME.maxCard, (inner - CHROME.gap * (columns - 1)) / columns);
  return { columns, picture: Math.max(MIN_WIDTH, Math.floor(card - chrome)) };
}

/**
 * How many cards a live page draws before its first picture: four rows, a desktop screen of
 * three columns (about 330 px a row) or two phone screens of one. The rest come after it, a
 * slice of eight rows at each idle moment (element.ts): a page of a thousand targets shows its
 * first screen as soon as a page of twelve, and never stops for seconds to draw the rest.
 */
export const firstCards = (grid: GridLayout): number => grid.columns * 4;
export const sliceCards = (grid: GridLayout): number => grid.columns * 8;

/**
 * The cards `[from, to)` of each slice, up to `drawn` cards: the first screen, then eight rows a
 * slice. Each slice is its own grid, so that adding one lays out only its own cards; whole rows,
 * so that the cards of a row share their rows (subgrid) and their arcs' centre line.
 */
export function cardSlices(drawn: number, grid: GridLayout): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  for (let from = 0; from < drawn; ) {
    const to = Math.min(drawn, from + (from === 0 ? firstCards(grid) : sliceCards(grid)));
    slices.push([from, to]);
    from = to;
  }
  return slices;
}
