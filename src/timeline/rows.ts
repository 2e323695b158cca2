/**
 * The chart's HTML: the axis row and the rows of the tree (section headers and tasks). Text is
 * HTML so that long Vietnamese titles wrap and clamp; the marks are SVG (track.ts).
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CalendarDate } from '../feed/calendar.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate, formatQuarter } from '../derive/format.js';
import { roleAbbreviation, roleText } from '../derive/roles.js';
import type { SectionRow, TaskRow, TimelineLayout } from './layout.js';
import type { Goal } from './axis.js';
import { statusIcon } from '../core/status-icon.js';
import { statusLabel } from '../derive/status.js';
import { at, padOf, placedAt, renderTrack } from './track.js';
import { tt } from './messages.js';
import { whenShort } from './when.js';
import { unbroken } from '../core/unbroken.js';

const AXIS_HEIGHT = 56;

/** What the tree of rows answers to: the same handlers on screen and in the printed form. */
export interface TreeHandlers {
  onKey: (event: KeyboardEvent) => void;
  onClick: (event: MouseEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
}

/**
 * The chart on paper: a table whose head is the axis row. Browsers print a table's head again at
 * the top of every page it runs onto (a grid's first row, or a CSS table's head, prints once), so
 * each page of a long programme keeps its years and column heads. The table is layout only: its
 * rows stay the tree's items.
 */
export function renderPages(axis: TemplateResult, rows: readonly TemplateResult[], label: string, on: TreeHandlers): TemplateResult {
  return html`<div class="scroll" part="chart"><table class="pages" role="none">
    <thead role="none"><tr role="none"><td role="none">${axis}</td></tr></thead>
    <tbody class="tree" part="tree" role="tree" aria-label=${label} @keydown=${on.onKey} @click=${on.onClick} @focusin=${on.onFocusIn}>
      ${rows.map((row) => html`<tr role="none"><td role="none">${row}</td></tr>`)}
    </tbody>
  </table></div>`;
}

/** The column heads and the ruler: today, years, quarters, months. Hidden from screen readers (the rows and the table say it all). */
export function renderAxisRow(l: TimelineLayout, now: CalendarDate, lang: Lang): TemplateResult {
  return html`<div class="axis" part="axis" aria-hidden="true">
    ${l.stacked ? nothing : html`<div class="head">${tt(lang, 'task')}</div>`}
    ${l.statusColumn ? html`<div class="head">${tt(lang, 'status')}</div>` : nothing}
    <svg class="ruler" width=${l.trackWidth} height=${AXIS_HEIGHT} viewBox=${l.printed ? `0 0 ${l.trackWidth} ${AXIS_HEIGHT}` : nothing}>
      <svg x=${padOf(l)} overflow="visible">${ruler(l, now, lang)}</svg>
    </svg>
  </div>`;
}

function ruler(l: TimelineLayout, now: CalendarDate, lang: Lang): SVGTemplateResult {
  const { axis, scale } = l;
  const w = scale.width;
  const X = (x: number) => at(l, x);
  const anchor = (x: number, room: number) => (x < room ? 'start' : x > w - room ? 'end' : 'middle');
  const today = axis.today;
  // A goal's name sits just right of its line, unless today's label (about 60 px each side) is there.
  const goal = (g: Goal | null) =>
    g === null ? nothing
      : svg`<line class="goal" x1=${X(g.x)} x2=${X(g.x)} y1="4" y2=${AXIS_HEIGHT}/>${(today === null || g.x - today > 64 || today - g.x > 150) && w - g.x > 70
          ? svg`<text class="goal-label" x=${X(g.x)} dx="4" y="11">${tt(lang, 'horizon', { year: g.year })}</text>` : nothing}`;
  return svg`
    <line class="base" x1="0" x2=${X(w)} y1=${AXIS_HEIGHT - 0.5} y2=${AXIS_HEIGHT - 0.5}/>
    ${axis.years.flatMap((y, i) => {
      const room = y.x1 - y.x0;
      const label = axis.yearStep === 1
        ? room >= 34 ? svg`<text class="year" x=${X((y.x0 + y.x1) / 2)} y="32" text-anchor="middle">${y.year}</text>` : nothing
        : y.label && w - y.x0 >= 30 ? svg`<text class="year" x=${X(y.x0)} dx="3" y="32">${y.year}</text>` : nothing;
      const line = i > 0 && (y.label || axis.yearStep === 1) ? svg`<line class="grid" x1=${X(y.x0)} x2=${X(y.x0)} y1="18" y2=${AXIS_HEIGHT}/>` : nothing;
      return [line, label]; // an array: no wrapper template around the two
    })}
    ${axis.quarters.flatMap((q) => {
      const tick = q.quarter !== 1 ? svg`<line class="tick" x1=${X(q.x0)} x2=${X(q.x0)} y1="42" y2=${AXIS_HEIGHT}/>` : nothing;
      const text = axis.quarterLabels === 'none' || q.x1 - q.x0 < 18 ? nothing
        : svg`<text class="quarter" x=${X((q.x0 + q.x1) / 2)} y="51" text-anchor="middle">${formatQuarter(q.start, lang, axis.quarterLabels === 'full' ? 'full' : 'short')}</text>`;
      return [tick, text];
    })}
    ${axis.months.map((m) => (m.month! % 3 === 1 ? nothing : svg`<line class="tick month" x1=${X(m.x0)} x2=${X(m.x0)} y1="49" y2=${AXIS_HEIGHT}/>`))}
    ${goal(axis.horizon)}
    ${goal(axis.vision)}
    ${today !== null
      ? svg`${placedAt(l, today, svg`<path class="today-mark" d="M-4 14h8l-4 5z"/>`)}<line class="today" x1=${X(today)} x2=${X(today)} y1="38" y2=${AXIS_HEIGHT}/>
        <text class="today-label" x=${X(today)} y="11" text-anchor=${anchor(today, 60)}>${tt(lang, 'today')} ${formatDate(now, lang)}</text>`
      : nothing}`;
}

/**
 * A status as its parts ("Chưa có báo cáo ·", "đã quá hạn"), each a box that goes to the next
 * line whole: a narrow column breaks between them, not inside "đã quá hạn" or "deadline passed".
 */
function statusParts(words: string): TemplateResult[] {
  const parts = words.split(' · ');
  return parts.map((p, i) => html`<span class="part">${p}${i < parts.length - 1 ? ' ·' : ''}</span>${i < parts.length - 1 ? ' ' : ''}`);
}

/** A section header: folds and unfolds its tasks. */
export function renderSectionRow(row: SectionRow, lang: Lang, active: boolean, agencyName?: string): TemplateResult {
  const { section } = row;
  const title = localText(section.title, lang);
  return html`<div class="row section ${row.highlighted ? 'hl' : ''}" part="section-row" role="treeitem" aria-level="1"
    aria-posinset=${row.posinset} aria-setsize=${row.setsize} aria-expanded=${row.count ? String(!row.collapsed) : nothing}
    tabindex=${active ? 0 : -1} data-key=${row.key} title=${title}>
    <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      ${row.count ? svg`<path d="M6 3.5l4.5 4.5L6 12.5"/>` : nothing}
    </svg>
    <span class="title">${section.number ? html`<span class="num">${section.number}.</span> ` : nothing}${title}</span>
    <span class="count">${tt(lang, 'tasks', { count: row.count })}${row.highlighted && agencyName
      ? html` · <span class="hl-count">${tt(lang, 'highlighted', { count: row.highlighted })}</span>` : nothing}</span>
  </div>`;
}

/** A task: status icon, number, title, role of the highlighted agency; status; track or "no fixed date" lane. */
export function renderTaskRow(row: TaskRow, l: TimelineLayout, lines: SVGTemplateResult | typeof nothing, lang: Lang, active: boolean): TemplateResult {
  const { task, status } = row;
  const title = localText(task.title, lang);
  const statusWords = statusLabel(status, lang, task.progress);
  const statusShown = l.statusColumn || l.stacked;
  // On paper the title is whole and the status and timeframe are words under it (no hover, no table).
  const titleText = l.printed
    ? html`<span class="words"><span class="title">${unbroken(title)}</span>
        <span class="status" part="status">${statusWords} · ${whenShort(task, lang)}</span></span>`
    : html`<span class="title">${unbroken(title)}</span>`;
  // What the row's marks say, for screen readers; the title, status column and lane say the rest.
  const when = l.stacked || !task.schedule ? '' : whenShort(task, lang);
  const said = `. ${statusShown ? '' : `${statusWords}. `}`;
  const spoken = typeof when === 'string' ? `${said}${when}${when && '.'}` : [said, when, '.'];
  return html`<div class="row task s-${status.status} ${row.role ? 'hl' : ''} ${row.selected ? 'selected' : ''}" part="task-row"
    role="treeitem" aria-level="2" aria-posinset=${row.posinset} aria-setsize=${row.setsize}
    tabindex=${active ? 0 : -1} data-key=${row.key}>
    <div class="label" part="label" title=${title}>
      ${l.stacked ? nothing : statusIcon(status)}<span class="num">${task.number}</span>
      ${titleText}
      ${row.role ? html`<span class="role" title=${roleText(lang, row.role)}><span aria-hidden="true">${roleAbbreviation(lang, row.role)}</span><span class="sr-only">, ${roleText(lang, row.role)}</span></span>` : nothing}
    </div>
    ${statusShown
      ? html`<div class="status" part="status">${l.stacked ? statusIcon(status) : nothing}<span>${statusParts(statusWords)}${l.stacked ? ' · ' : nothing}</span>${l.stacked
          ? html`<span class="when">${whenShort(task, lang)}</span>`
          : l.media === 'static' ? html`<span class="when"> · ${whenShort(task, lang)}</span>` : nothing}</div>`
      : nothing}
    ${task.schedule
      ? renderTrack(row, l, lines, lang)
      : html`<div class="lane" part="track"><svg class="strut" width=${l.trackWidth} height="1" aria-hidden="true" focusable="false"></svg>
          <span class="lane-text"><span class="lane-name">${tt(lang, 'noFixedDate')}:</span> ${whenShort(task, lang)}</span></div>`}
    ${l.printed ? nothing : html`<span class="sr-only">${spoken}</span>`}
  </div>`;
}
