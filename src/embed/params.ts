/**
 * What an embed may ask for: which widget, and which of its documented attributes. The iframe
 * page reads them from its URL, the host script from `data-*` attributes, the snippet generator
 * writes them. Anything else is dropped, so that a crafted embed URL can never set `onclick`,
 * `style` or any attribute the widget does not document.
 */
import { refreshSeconds } from '../feed/limits.js';
import { COMMON_ATTRIBUTES, isWidgetName, perWidget, type WidgetName } from '../widgets.js';

export { WIDGET_NAMES, isWidgetName, type WidgetName } from '../widgets.js';

/** Per widget, the attributes of its element's JSDoc contract (checked against the manifest in tests). */
export const WIDGET_ATTRIBUTES: Readonly<Record<WidgetName, readonly string[]>> = perWidget((w) => [...COMMON_ATTRIBUTES, ...w.attributes]);

/** Longer values are not attribute values anyone meant to write (feed URLs included). */
const MAX_VALUE = 2048;

/** One widget to show, with its attributes in their documented order. */
export interface Embed {
  widget: WidgetName;
  attributes: Record<string, string>;
}

/**
 * Reads an embed from URL parameters (`?widget=timeline&src=…`) or a dataset
 * (`data-tiendo-embed="timeline" data-src="…"`): undefined when no known widget is named.
 */
export function readEmbed(widget: string | null | undefined, get: (name: string) => string | null | undefined): Embed | undefined {
  const name = widget?.trim().toLowerCase();
  if (!isWidgetName(name)) return undefined;
  const attributes: Record<string, string> = {};
  for (const attribute of WIDGET_ATTRIBUTES[name]) {
    let value = get(attribute)?.trim();
    // A crafted link must not make a site's own embed page flood its feed server.
    if (attribute === 'refresh' && value) value = String(refreshSeconds(value) || '');
    if (value && value.length <= MAX_VALUE) attributes[attribute] = value;
  }
  return { widget: name, attributes };
}

/** The iframe page's URL for an embed: `embed.html?widget=…&src=…`, attributes in documented order. */
export function frameUrl(embed: Embed, page: string | URL): URL {
  const url = new URL(page);
  url.search = '';
  url.hash = '';
  url.searchParams.set('widget', embed.widget);
  for (const attribute of WIDGET_ATTRIBUTES[embed.widget]) {
    const value = embed.attributes[attribute];
    if (value) url.searchParams.set(attribute, value);
  }
  return url;
}

/** A first height for a frame, before the page inside reports its own (roughly one screen of each widget). */
export const INITIAL_HEIGHT: Readonly<Record<WidgetName, number>> = perWidget((w) => w.frameHeight);
