/**
 * The HTML page around a server-rendered widget: no script at all, the page's own colours for the
 * chosen theme (the widget carries its own), and a width to read at. Opened with JavaScript off
 * (or in a CMS that strips scripts), it shows the widget as the element draws it.
 */
import type { Programme } from '../feed/schema.js';
import type { Lang } from '../derive/lang.js';
import { localText } from '../derive/lang.js';
import { VERSION } from '../core/define.js';
import { widget, type WidgetName } from '../widgets.js';

/** What a widget shows, as a heading: "Tiến độ thực hiện các nhiệm vụ". */
export const widgetTitle = (name: WidgetName, lang: Lang): string => widget(name).titles[lang].page;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LIGHT = 'color-scheme: light; background: #ffffff; color: #1f2328;';
const DARK = 'color-scheme: dark; background: #0d1117; color: #e6edf3;';

/** The widest a responsive page's content gets. */
const READING_WIDTH = 1200;

export interface PageOptions {
  widget: WidgetName;
  lang: Lang;
  theme: string;
  /** The width the widget was laid out for; undefined: responsive, any width. */
  width?: number;
  programme: Programme;
}

export function htmlPage(element: string, { widget: name, lang, theme, width, programme }: PageOptions): string {
  const title = `${programme.symbol} — ${widgetTitle(name, lang)}`;
  const colours =
    theme === 'dark' ? `html { ${DARK} }` : theme === 'auto' ? `html { ${LIGHT} } @media (prefers-color-scheme: dark) { html { ${DARK} } }` : `html { ${LIGHT} }`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tiendo ${VERSION}">
<title>${escape(title)}</title>
<meta name="description" content="${escape(localText(programme.title, lang))}">
<style>
${colours}
body { margin: 0; padding: 16px 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; line-height: 1.4; }
${width === undefined
  ? `/* The widget adapts to any width by its own CSS; a line of text longer than this is hard to read. */
main { max-width: ${READING_WIDTH}px; margin: 0 auto; padding: 0 16px; }
@media (max-width: 480px) { main { padding: 0 4px; } }`
  : `/* The widget was laid out for ${width} px (there is no script to lay it out again). */
main { max-width: ${width}px; margin: 0 auto; padding: 0 16px; }
@media (max-width: ${width + 32}px) { main { padding: 0 8px; } }`}
@media print { body { padding: 0; } main { max-width: none; padding: 0; } }
</style>
</head>
<body>
<main>
${element}
</main>
</body>
</html>
`;
}
