/**
 * What the element tests of every widget share: the fixture feeds as the test server serves them,
 * keys pressed as a reader presses them, and axe's verdict on what is drawn.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';

/** A feed from `fixtures/`, parsed from JSON but not checked: the widget under test reads it. */
export const fixtureFeed = async (file: string): Promise<any> => (await fetch(`/fixtures/${file}`)).json();

export interface MountOptions {
  /** The box the widget sits in, CSS px (1200 unless said). */
  width?: number;
  /** More of the box's style (a page's font, its background). */
  style?: string;
  /** The element's attributes (`now`, `lang`, …). */
  attrs?: Record<string, string>;
  /** What in its shadow root says it has drawn (its caption unless said). */
  ready?: string;
}

/**
 * A widget as a page shows it: in a box of the given width, its attributes set, the fixture feed
 * `file` handed over as an object; resolves once `ready` is drawn and its updates have settled.
 */
export async function mountWidget(tag: string, file: string, { width = 1200, style = '', attrs = {}, ready = '[part="caption"]' }: MountOptions = {}): Promise<HTMLElement> {
  const host = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px; ${style}"></div>`);
  const el = document.createElement(tag) as HTMLElement & { feed: unknown; updateComplete: Promise<unknown> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.feed = await fixtureFeed(file);
  host.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${tag}: nothing drawn`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/**
 * Presses each key in turn; `Shift+Tab` or `Control+End` holds the modifier down around it.
 * A lone `+` is the key itself.
 */
export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) {
    const [, modifier, plain] = /^(Shift|Control|Alt|Meta)\+(.+)$/.exec(key) ?? [key, undefined, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: plain! });
    if (modifier) await sendKeys({ up: modifier });
  }
}

/** axe's violations inside `el`, one line each (rule: targets). Fails when axe checked almost nothing. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result: AxeResults = await (window as any).axe.run(el);
  expect(result.passes.length, 'axe checked something').to.be.greaterThan(10);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
