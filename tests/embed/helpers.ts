/**
 * Helpers for the embedding tests: pages opened in iframes of the test page (each its own
 * document, registry and resource timeline), messages from a given frame, built files.
 * These tests load the build output: run `npx rollup -c` (or `npm run build`) first.
 */
import { waitUntil } from '@open-wc/testing';

/** Opens `src` (or `srcdoc`) in a new iframe of `width` px and resolves once it has loaded. */
export async function openFrame(page: { src?: string; srcdoc?: string; width?: number; height?: number; attributes?: Record<string, string> }): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.width = String(page.width ?? 1000);
  iframe.height = String(page.height ?? 600);
  for (const [name, value] of Object.entries(page.attributes ?? {})) iframe.setAttribute(name, value);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (page.srcdoc !== undefined) iframe.srcdoc = page.srcdoc;
  else iframe.src = page.src!;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Collects the messages the test page receives from one window. */
export function messagesFrom(source: () => Window | null): unknown[] {
  const list: unknown[] = [];
  addEventListener('message', (event) => {
    if (event.source === source()) list.push(event.data);
  });
  return list;
}

/** The visible text of a widget (shadow root included), whitespace collapsed. */
export function shadowText(el: Element | null | undefined): string {
  return (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until every widget (not <tiendo-feed>) in `doc` shows data: a chart, a table or gauges. */
export async function widgetsRendered(doc: Document, timeout = 8000): Promise<Element[]> {
  const widgets = () => [...doc.querySelectorAll('tiendo-timeline, tiendo-matrix, tiendo-gauge')];
  const drawn = (el: Element) => !!el.shadowRoot?.querySelector('.tree .row, table, [part="gauge"], [part="goals"]');
  await waitUntil(() => widgets().length > 0 && widgets().every(drawn), `widgets did not render in ${doc.URL}: ${widgets().map((w) => `${w.localName}: ${shadowText(w).slice(0, 80)}`).join(' | ')}`, { timeout });
  return widgets();
}

/** Paths (from the site root) of the files a window fetched, in order. */
export function fetched(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
}

/** The text of a built file, for tests that compare against the build. */
export async function built(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} is missing (${response.status}): run \`npx rollup -c\` before these tests`);
  return response.text();
}

/** A built module and every chunk it imports statically: what a page that imports it downloads. */
export async function staticClosure(path: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = await built(path);
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g)) {
    await staticClosure(new URL(m[1]!, new URL(path, location.origin)).pathname, seen);
  }
  return seen;
}

/** min+gzip size of a built file, in bytes (CompressionStream's gzip, close to `gzip -6`). */
export async function gzipSize(path: string): Promise<number> {
  const stream = new Blob([await built(path)]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}
