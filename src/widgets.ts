/**
 * The widget registry: every tiendo widget, once. The iframe page, the host script, the snippet
 * generator, the CLI's `render` and help, rollup's entries and the bench read it, so that a new
 * widget is its own folder plus one entry here.
 *
 * A widget `name` lives in `src/<name>/`: `index.ts` exports the class (`className`) without side
 * effects, `define.ts` registers `<tiendo-name>`. Three lists must stay literal, because ESM has
 * no computed exports and code splitting needs literal `import()`s: the exports of src/index.ts,
 * the loader's imports (src/embed/loader.ts) and the CLI's (src/cli/widget-classes.ts), plus
 * package.json "exports". `npm run build:registry` writes all four from this file, and
 * tests/registry/registry.test.ts fails while one disagrees with it.
 *
 * Data only, DOM-free and without a runtime import, so that Node build scripts can read it
 * (scripts/registry.mjs) and the classic host script can carry it.
 */
import type { Lang } from './derive/lang.js';

/** Attributes every widget takes (see `TiendoWidget`), first in every embed. */
export const COMMON_ATTRIBUTES = ['src', 'lang', 'theme', 'now', 'refresh', 'width', 'media'] as const;

export interface WidgetEntry {
  /** The name in embed URLs (`?widget=`), `data-tiendo-embed`, the CLI and the package paths; the tag is `tiendo-<name>`. */
  readonly name: string;
  /** The exported element class (`src/index.ts` exports it by this name). */
  readonly className: string;
  /** The element's own attributes an embed may set, in documented order, after the common ones. */
  readonly attributes: readonly string[];
  /** A frame's height before the page inside reports its own: roughly one screen of the widget. */
  readonly frameHeight: number;
  /**
   * Whether it draws tasks in time (needs the timeframe parser). Its class says the same
   * (`readTimeframe = parseTimeframe`, or `textOnly`, and then its page never downloads the parser).
   */
  readonly drawsTime: boolean;
  /** Whether a reader selects in it (an agency, a task) and it fires `tiendo-select`: its `tiendo/react` wrapper takes `onTiendoSelect`. */
  readonly selects: boolean;
  /** `frame`: an embed's iframe title and the generator's choice; `page`: the CLI's static page. */
  readonly titles: Readonly<Record<Lang, { readonly frame: string; readonly page: string }>>;
}

export const WIDGETS = [
  {
    name: 'timeline',
    className: 'TiendoTimeline',
    attributes: ['agency', 'section', 'from', 'to'],
    frameHeight: 720,
    drawsTime: true,
    selects: true,
    titles: {
      vi: { frame: 'Dòng thời gian nhiệm vụ', page: 'Thời gian thực hiện các nhiệm vụ' },
      en: { frame: 'Task timeline', page: 'Task timeline' },
    },
  },
  {
    name: 'matrix',
    className: 'TiendoMatrix',
    attributes: ['agency', 'section', 'order', 'sort', 'layout'],
    frameHeight: 760,
    drawsTime: false,
    selects: true,
    titles: {
      vi: { frame: 'Phân công chủ trì, phối hợp', page: 'Phân công trách nhiệm' },
      en: { frame: 'Who leads, who coordinates', page: 'Responsibility matrix' },
    },
  },
  {
    name: 'gauge',
    className: 'TiendoGauge',
    attributes: ['target', 'variant'],
    frameHeight: 420,
    drawsTime: false,
    selects: false,
    titles: {
      vi: { frame: 'Mục tiêu', page: 'Mục tiêu' },
      en: { frame: 'Targets', page: 'Targets' },
    },
  },
  {
    name: 'summary',
    className: 'TiendoSummary',
    attributes: ['href', 'deadlines'],
    frameHeight: 460,
    drawsTime: true,
    selects: false,
    titles: {
      vi: { frame: 'Tóm tắt tiến độ', page: 'Tóm tắt tiến độ' },
      en: { frame: 'Progress summary', page: 'Progress summary' },
    },
  },
] as const satisfies readonly WidgetEntry[];

export type WidgetName = (typeof WIDGETS)[number]['name'];
export type WidgetTag = `tiendo-${WidgetName}`;

export const WIDGET_NAMES: readonly WidgetName[] = WIDGETS.map((w) => w.name);

/** One value per widget, keyed by name: `perWidget((w) => w.frameHeight)`. */
export function perWidget<T>(value: (entry: WidgetEntry) => T): Readonly<Record<WidgetName, T>> {
  return Object.fromEntries(WIDGETS.map((w) => [w.name, value(w)])) as Record<WidgetName, T>;
}

/** The registry entry of a widget. */
export function widget(name: WidgetName): WidgetEntry {
  return WIDGETS.find((w) => w.name === name)!;
}

export function isWidgetName(value: unknown): value is WidgetName {
  return typeof value === 'string' && (WIDGET_NAMES as readonly string[]).includes(value);
}

/** "timeline, matrix, gauge or summary", for messages that say which names exist. */
export function widgetList(): string {
  return `${WIDGET_NAMES.slice(0, -1).join(', ')} or ${WIDGET_NAMES.at(-1)}`;
}

export const tagOf = (name: WidgetName): WidgetTag => `tiendo-${name}`;
