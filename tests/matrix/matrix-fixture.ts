/** <tiendo-matrix> mounted as a page would mount it, and what its element tests read in it. */
import { fixture, html, oneEvent as waitForEvent, waitUntil } from '@open-wc/testing';
import type { TiendoMatrix } from '../../src/matrix/define.js';
import '../../src/matrix/define.js';
import '../../src/core/feed-define.js';

/** Programme 219-CTr/TU as the document has it. */
export const REAL = 'laocai-219-ctr-tu.json';

/** Text as a reader sees it: separate elements are separate words ("20 1", not "201"). */
export const text = (node: Node | null | undefined): string => {
  if (!node) return '';
  const parts: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').replace(/ ([.,:)])/g, '$1').replace(/\( /g, '(').trim();
};
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** The visible text of a node, without what only screen readers get. */
export const visible = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
  return text(copy);
};
/** The text a screen reader reads out, without what is hidden from it. */
export const spoken = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(copy);
};

export type Attrs = Partial<Record<'lang' | 'theme' | 'order' | 'sort' | 'agency' | 'section' | 'layout', string>> & { width?: number };

/**
 * The element itself is the fixture (not a sized wrapper), so that `fixture()` waits for
 * `updateComplete` rather than an animation frame: with two test files at once, one page runs
 * in the background, where frames, ResizeObserver reports and scroll events never come.
 */
export async function matrix(feed: unknown, attrs: Attrs = {}): Promise<TiendoMatrix> {
  const el = await fixture<TiendoMatrix>(html`<tiendo-matrix style="width: ${attrs.width ?? 1100}px" .feed=${feed}
    lang=${attrs.lang ?? 'vi'} theme=${attrs.theme ?? 'light'} order=${attrs.order ?? 'workload'} sort=${attrs.sort ?? 'document'}
    agency=${attrs.agency ?? ''} section=${attrs.section ?? ''} layout=${attrs.layout ?? 'auto'}></tiendo-matrix>`);
  await waitUntil(() => $(el, 'table, .cards'), 'nothing drawn');
  await el.updateComplete;
  return el;
}

export const agencyHeaders = (el: Element) => $$(el, 'thead th.agency');
/** The column of an agency, by its short name as the header shows it (1 is the first agency column). */
export const headerIndex = (el: Element, shortName: string) => agencyHeaders(el).findIndex((th) => visible(th) === shortName) + 1;
/** The row of a task, by its number as printed. */
export const taskRow = (el: Element, n: string) => $$<HTMLTableRowElement>(el, 'tbody tr.task').find((tr) => text(tr.querySelector('.num')) === n)!;
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The next event of that name, or a failure after 3 s (never a hung test run). */
export function oneEvent(el: Element, name: 'tiendo-select'): Promise<CustomEvent> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${name} event`)), 3000));
  return Promise.race([waitForEvent(el, name) as Promise<CustomEvent>, timeout]);
}
