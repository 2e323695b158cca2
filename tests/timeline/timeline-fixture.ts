/** <tiendo-timeline> mounted as a page would mount it, and what its element tests look at in it. */
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import '../../src/core/feed-define.js';
import type { TiendoTimeline } from '../../src/timeline/element.js';
import { press } from '../widget-fixture.js';

/** The day every timeline test is seen on: Programme 219's deadlines fall either side of it. */
export const NOW = '2026-06-30';

export const root = (el: TiendoTimeline) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: TiendoTimeline, sel: string) => root(el).querySelector<T>(sel as any) as T;
export const $$ = <T extends Element = HTMLElement>(el: TiendoTimeline, sel: string) => [...root(el).querySelectorAll<T>(sel as any)] as T[];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The row of a task (`t5`) or a section (`#II`). */
export const row = (el: TiendoTimeline, key: string) => $(el, `.tree [data-key="${key}"]`);
export const shift = (key: string) => press(`Shift+${key}`);
/** The key of the row that has the focus, if a row has it. */
export const focused = (el: TiendoTimeline) => (root(el).activeElement as HTMLElement | null)?.getAttribute('data-key');

/** A timeline of `feed` in a box `width` px wide, seen on NOW, once its rows are drawn. */
export async function mount(feed: unknown, attrs: Record<string, string> = {}, width = 1200): Promise<TiendoTimeline> {
  // fixtureSync: `fixture` waits for an animation frame, which a background tab never gets
  // (the test runner opens two pages at a time).
  const host = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('tiendo-timeline');
  el.setAttribute('now', NOW);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.feed = feed;
  host.append(el);
  await waitUntil(() => root(el)?.querySelector('.tree .row'), 'no rows rendered', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** The data table is built once the rows are on screen, when the page is idle: wait for it. */
export const tableReady = (el: TiendoTimeline) => waitUntil(() => $$(el, 'table tbody tr').length > 0, 'table never rendered', { timeout: 3000 });
