/**
 * The SVG of a row's track: grid lines, the horizon, today, and the task's marks. Geometry comes
 * from the layout; colours come from the row's status class in styles.ts, patterns and the fade
 * of an inferred start from `renderDefs()`. Presentation attributes and classes only (strict CSP).
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Lang } from '../derive/lang.js';
import { localText } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import type { TaskStatus } from '../feed/status.js';
import { deadlinePaths, type Mark } from './marks.js';
import { TRACK_PAD, type TaskRow, type TimelineLayout } from './layout.js';
import { tt } from './messages.js';
import { whenText } from './when.js';
import { PRINT_TRACK_HEIGHT } from './sizes.js';

/** Statuses whose bars carry a pattern as well as a colour. */
const PATTERNED: Partial<Record<TaskStatus, string>> = { overdue: 'url(#tl-overdue)', delayed: 'url(#tl-delayed)', 'no-report': 'url(#tl-no-report)' };

/** Patterns for statuses that must read without colour, and the fade of an inferred start. */
export function renderDefs(): TemplateResult {
  const hatch = (id: string, d: string) =>
    svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" class="p-bg"/><path d=${d} class="p-ink"/></pattern>`;
  return html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
    <defs>
      <g class="s-overdue">${hatch('tl-overdue', 'M0 0v6M3 0v6')}</g>
      <g class="s-delayed">${hatch('tl-delayed', 'M0 0v6')}</g>
      <g class="s-no-report">
        <pattern id="tl-no-report" patternUnits="userSpaceOnUse" width="5" height="5">
          <rect width="5" height="5" class="p-bg"/><circle cx="2.5" cy="2.5" r="1" class="p-dot"/>
        </pattern>
      </g>
      <linearGradient id="tl-fade-g"><stop offset="0" stop-color="#fff" stop-opacity="0.15"/><stop offset="1" stop-color="#fff"/></linearGradient>
      <mask id="tl-fade" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#tl-fade-g)"/></mask>
    </defs>
  </svg>`;
}

/**
 * An x of the layout as the track draws it. On screen the widget lays out again whenever its box
 * changes, so pixels are exact. Static output is laid out once for a width the reader's screen
 * does not have: there x is a share of the scale's width, and the track (sized by CSS to the
 * scale's width) puts every mark, grid line and today line where the ruler puts its dates.
 */
export function at(l: TimelineLayout, x: number): number | string {
  return l.media === 'static' ? `${l.scale.width ? +((x / l.scale.width) * 100).toFixed(3) : 0}%` : x;
}

/** Where the scale starts in a track: static output's track is the scale's width, its padding a CSS margin. */
export const padOf = (l: TimelineLayout): number => (l.media === 'static' ? 0 : TRACK_PAD);

/** A shape drawn around x = 0 (a flag, an arrow head), moved to x: a nested viewport takes a share, a transform does not. */
export function placedAt(l: TimelineLayout, x: number, shape: SVGTemplateResult): SVGTemplateResult {
  return l.media === 'static' ? svg`<svg x=${at(l, x)} overflow="visible">${shape}</svg>` : svg`<g transform="translate(${x} 0)">${shape}</g>`;
}

/** Year lines and the horizon and vision lines: the same for every row of a layout. */
export function renderGrid(l: TimelineLayout): SVGTemplateResult {
  const { axis } = l;
  return svg`${axis.years.map((y, i) => (i > 0 && (y.label || axis.yearStep === 1) ? svg`<line class="grid" x1=${at(l, y.x0)} x2=${at(l, y.x0)} y1="0" y2="100%"/>` : nothing))}
    ${[axis.horizon, axis.vision].map((g) => (g ? svg`<line class="goal" x1=${at(l, g.x)} x2=${at(l, g.x)} y1="0" y2="100%"/>` : nothing))}`;
}

export function renderTodayLine(l: TimelineLayout): SVGTemplateResult | typeof nothing {
  const x = l.axis.today;
  return x === null ? nothing : svg`<line class="today" part="today" x1=${at(l, x)} x2=${at(l, x)} y1="0" y2="100%"/>`;
}

/**
 * The grid (behind the rows) and the today line (in front) drawn once over the whole list, in
 * the wide layout where every track sits in the same column: one element each instead of one
 * per row, so a width change moves a dozen lines, not hundreds.
 */
export function renderLayers(l: TimelineLayout): TemplateResult {
  const layer = (name: string, content: unknown) =>
    html`<svg class=${name} width=${l.trackWidth} height="100%" aria-hidden="true" focusable="false"><svg x=${TRACK_PAD} overflow="visible">${content}</svg></svg>`;
  return html`${layer('grid-layer', renderGrid(l))}${layer('today-layer', renderTodayLine(l))}`;
}

/** A task's track: `lines` (the grid and today, in the stacked layout only), marks centred on the row. */
export function renderTrack(row: TaskRow, l: TimelineLayout, lines: SVGTemplateResult | typeof nothing, lang: Lang): TemplateResult {
  const h = l.stacked ? 10 : 14;
  // On paper a track has a size of its own and a viewBox, so that a narrow column scales it down whole.
  const height = l.printed ? PRINT_TRACK_HEIGHT : '100%';
  const box = l.printed ? `0 0 ${l.trackWidth} ${PRINT_TRACK_HEIGHT}` : nothing;
  return html`<svg class="track" part="track" width=${l.trackWidth} height=${height} viewBox=${box} aria-hidden="true" focusable="false">
    <title>${whenText(row.task, lang)}</title>
    <g transform=${padOf(l) ? `translate(${padOf(l)} 0)` : nothing}>
      ${lines}
      <g class="marks">${row.marks.map((m) => (l.media === 'static' ? fluidMark(m, h, l, lang, PATTERNED[row.status.status]) : mark(m, h, l.scale.width, lang, PATTERNED[row.status.status])))}</g>
    </g>
  </svg>`;
}

// A pattern is a presentation attribute: `url(#id)` in the shared stylesheet would not resolve
// inside every shadow root, and a class rule for `fill` would override it (hence `.pat`).
function mark(m: Mark, h: number, width: number, lang: Lang, pattern: string | undefined): SVGTemplateResult {
  const top = -h / 2;
  const fill = pattern ?? nothing;
  const pat = pattern ? 'pat' : '';
  switch (m.kind) {
    case 'bar':
      return svg`<rect class="bar ${pat} ${m.inferred ? 'inferred' : ''}" part="bar" x=${m.x0} y=${top} width=${Math.max(1, m.x1 - m.x0)} height=${h} rx="3" fill=${fill} mask=${m.inferred ? 'url(#tl-fade)' : nothing}/>`;
    case 'occurrence': {
      const gap = Math.min(1.5, (m.x1 - m.x0) * 0.2);
      return svg`<rect class="bar occ ${pat}" part="bar" x=${m.x0 + gap} y=${top} width=${Math.max(1, m.x1 - m.x0 - 2 * gap)} height=${h} rx="2" fill=${fill}/>`;
    }
    case 'band':
      return svg`<rect class="band" part="bar" x=${m.x0} y=${top - 2} width=${m.x1 - m.x0} height=${h + 4}/>
        <line class="band-line" x1=${m.x0} x2=${m.x1} y1="0" y2="0"/>`;
    case 'progress':
      return svg`<rect class="progress" x=${m.x0} y=${top} width=${m.x1 - m.x0} height=${h} rx="3"/>`;
    case 'deadline': {
      const { post, flag } = deadlinePaths(m.x, top, h);
      return svg`<path class="deadline" d=${post}/><path class="deadline-flag" d=${flag}/>`;
    }
    case 'open-end':
      return svg`<path class="arrow" d="M${m.x} ${top - 3}l7 ${h / 2 + 3}l-7 ${h / 2 + 3}z"/>`;
    case 'milestone':
      return svg`<path class="milestone ${m.done ? 'done' : ''}" d="M${m.x} -7l7 7l-7 7l-7-7z"><title>${formatDate(m.date, lang)}: ${localText(m.title, lang)}</title></path>`;
    case 'outside': {
      const x = m.side === 'before' ? 0 : width;
      const d = m.side === 'before' ? `M${x + 10} -6l-6 6l6 6M${x + 16} -6l-6 6l6 6` : `M${x - 10} -6l6 6l-6 6M${x - 16} -6l6 6l-6 6`;
      return svg`<path class="outside" d=${d}><title>${tt(lang, m.side)}</title></path>`;
    }
  }
}

/**
 * A mark of static output: the same shapes as `mark`, placed by shares of the track (`at`), so
 * that they stay on their dates at any width. Widths of bars scale; flags and arrows keep their size.
 */
function fluidMark(m: Mark, h: number, l: TimelineLayout, lang: Lang, pattern: string | undefined): SVGTemplateResult {
  const top = -h / 2;
  const fill = pattern ?? nothing;
  const pat = pattern ? 'pat' : '';
  const x = (v: number) => at(l, v);
  const span = (x0: number, x1: number) => at(l, Math.max(0.5, x1 - x0));
  switch (m.kind) {
    case 'bar':
      return svg`<rect class="bar ${pat} ${m.inferred ? 'inferred' : ''}" part="bar" x=${x(m.x0)} y=${top} width=${span(m.x0, m.x1)} height=${h} rx="3" fill=${fill} mask=${m.inferred ? 'url(#tl-fade)' : nothing}/>`;
    case 'occurrence': {
      const gap = Math.min(1.5, (m.x1 - m.x0) * 0.2);
      return svg`<rect class="bar occ ${pat}" part="bar" x=${x(m.x0 + gap)} y=${top} width=${span(m.x0 + gap, m.x1 - gap)} height=${h} rx="2" fill=${fill}/>`;
    }
    case 'band':
      return svg`<rect class="band" part="bar" x=${x(m.x0)} y=${top - 2} width=${span(m.x0, m.x1)} height=${h + 4}/>
        <line class="band-line" x1=${x(m.x0)} x2=${x(m.x1)} y1="0" y2="0"/>`;
    case 'progress':
      return svg`<rect class="progress" x=${x(m.x0)} y=${top} width=${span(m.x0, m.x1)} height=${h} rx="3"/>`;
    case 'deadline': {
      const { post, flag } = deadlinePaths(0, top, h);
      return placedAt(l, m.x, svg`<path class="deadline" d=${post}/><path class="deadline-flag" d=${flag}/>`);
    }
    case 'open-end':
      return placedAt(l, m.x, svg`<path class="arrow" d="M0 ${top - 3}l7 ${h / 2 + 3}l-7 ${h / 2 + 3}z"/>`);
    case 'milestone':
      return placedAt(l, m.x, svg`<path class="milestone ${m.done ? 'done' : ''}" d="M0 -7l7 7l-7 7l-7-7z"><title>${formatDate(m.date, lang)}: ${localText(m.title, lang)}</title></path>`);
    case 'outside': {
      const d = m.side === 'before' ? 'M10 -6l-6 6l6 6M16 -6l-6 6l6 6' : 'M-10 -6l6 6l-6 6M-16 -6l6 6l-6 6';
      return placedAt(l, m.side === 'before' ? 0 : l.scale.width, svg`<path class="outside" d=${d}><title>${tt(lang, m.side)}</title></path>`);
    }
  }
}
