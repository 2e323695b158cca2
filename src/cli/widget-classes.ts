/**
 * Each widget's element class for the server renderer, loaded only when that widget is rendered.
 * The imports must be literal for the bundler: `npm run build:registry` writes them from the
 * registry (src/widgets.ts), and the type below fails the check while one is missing.
 */
import type { TiendoWidget } from '../core/widget.js';
import type { WidgetName } from '../widgets.js';

export type WidgetClass = abstract new (...args: any[]) => TiendoWidget;

export const WIDGET_CLASSES: Readonly<Record<WidgetName, () => Promise<WidgetClass>>> = {
  // widgets:start (npm run build:registry writes these lines from src/widgets.ts)
  timeline: () => import('../timeline/index.js').then((m) => m.TiendoTimeline),
  matrix: () => import('../matrix/index.js').then((m) => m.TiendoMatrix),
  gauge: () => import('../gauge/index.js').then((m) => m.TiendoGauge),
  summary: () => import('../summary/index.js').then((m) => m.TiendoSummary),
  // widgets:end
};
