/**
 * What some stories do after rendering, with no timer: wait for a widget to settle, unfold its
 * technical details, or refresh it once so that its data turns stale.
 */
import { html } from 'lit';
import type { TiendoWidget } from '../../src/core/widget.js';
import { renderWidget, type StoryArgs, type WidgetTag } from './render.js';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';

/** Reloads once after the first load: the refresh fails (the URL is missing), so the data turns stale. */
export function staleRender(tag: WidgetTag) {
  const render = renderWidget(tag);
  // Once per element: a refresh announces `tiendo-load` again as it starts (the loader re-sets
  // its ready state), so reloading on every load would never end.
  const reloaded = new WeakSet<EventTarget>();
  const reloadOnce = (event: Event) => {
    const widget = event.target as TiendoWidget; // the event bubbles up from the widget to this wrapper
    if (reloaded.has(widget)) return;
    reloaded.add(widget);
    // The story hands its data over as the `feed` property, which a refresh never replaces (the
    // property wins); to show the stale state, the loader refreshes from the missing `src` itself.
    void (widget as unknown as { loader: { load(src: string, o: { refresh: boolean }): Promise<void> } }).loader.load(widget.src ?? 'missing-feed.json', { refresh: true });
  };
  return (args: StoryArgs, context?: Parameters<typeof render>[1]) => html`<div class="tiendo-story-refresh" @tiendo-load=${reloadOnce}>${render(args, context)}</div>`;
}

/** Every widget of the registry. */
const WIDGETS = WIDGET_NAMES.map(tagOf).join(', ');

/** Resolves once a widget has shown its data or its error (at once if it already has). */
function settled(widget: TiendoWidget): Promise<unknown> {
  const { phase } = widget.feedState;
  if (phase === 'ready' || phase === 'error') return widget.updateComplete;
  return new Promise((resolve) => {
    widget.addEventListener('tiendo-load', resolve, { once: true });
    widget.addEventListener('tiendo-error', resolve, { once: true });
  }).then(() => widget.updateComplete);
}

/**
 * The widget's "technical details" disclosures, once drawn: the list is worded by a module the
 * core loads on first need, so it can appear an update after the notice does.
 */
function detailsOf(widget: TiendoWidget): Promise<HTMLDetailsElement[]> {
  const root = widget.shadowRoot!;
  const found = () => [...root.querySelectorAll<HTMLDetailsElement>('details.problems')];
  const notice = root.querySelector('[part="error"], [part="problems"], [part="stale"]');
  if (found().length || !notice) return Promise.resolve(found());
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!found().length) return;
      watch.disconnect();
      resolve(found());
    });
    watch.observe(root, { childList: true, subtree: true });
  });
}

/** Unfolds the technical details, so that the story shows what the webmaster reads (what is wrong, and where). */
export async function openDetails({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  for (const widget of canvasElement.querySelectorAll<TiendoWidget>(WIDGETS)) {
    await settled(widget);
    for (const details of await detailsOf(widget)) details.open = true;
  }
}
