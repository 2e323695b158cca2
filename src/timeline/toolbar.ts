/**
 * The controls above the chart: periods to jump to (the programme, the vision, this year), pan
 * and zoom buttons with the period shown between them, and the table switch. Buttons name
 * their action in `data-action`; the element listens once for all of them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Span } from '../feed/schedule.js';
import { monthEnd, parts, type CalendarDate } from '../feed/calendar.js';
import type { ProgrammeModel } from '../feed/model.js';
import type { Lang } from '../derive/lang.js';
import { formatDate, formatMonth } from '../derive/format.js';
import type { RovingToolbar } from '../core/roving.js';
import { programmeRange, sameRange, visionRange, yearRange } from './range.js';
import { tt } from './messages.js';

export interface Preset {
  action: string;
  label: string;
  range: Span;
  pressed: boolean;
}

/** "2023 – 2030", "2026", "1/2024 – 6/2025" or, for any other dates, "22/5/2023 – 30/9/2023". */
export function rangeText(range: Span, lang: Lang): string {
  const a = parts(range.start);
  const b = parts(range.end);
  const whole = (a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31);
  if (whole) return a.year === b.year ? `${a.year}` : `${a.year} – ${b.year}`;
  if (a.day === 1 && range.end === monthEnd(b.year, b.month)) return `${formatMonth(range.start, lang)} – ${formatMonth(range.end, lang)}`;
  return `${formatDate(range.start, lang)} – ${formatDate(range.end, lang)}`;
}

/** The periods to jump to — the programme, its vision, this year — and which one is shown. */
export function presetsFor(model: ProgrammeModel, now: CalendarDate, shown: Span, lang: Lang): Preset[] {
  const vision = visionRange(model);
  return [
    { action: 'programme', label: tt(lang, 'programme'), range: programmeRange(model) },
    ...(vision ? [{ action: 'vision', label: tt(lang, 'vision', { year: model.programme.vision! }), range: vision }] : []),
    { action: 'year', label: tt(lang, 'year', { year: now.slice(0, 4) }), range: yearRange(now) },
  ].map((p) => ({ ...p, pressed: sameRange(p.range, shown) }));
}

/**
 * On a phone (the stacked layout) the three period buttons become one menu and the table switch
 * one word, so that the controls take one row at 360 px instead of three before the chart. The
 * menu shows the period itself once the reader has panned or zoomed away from the presets.
 */
export function renderToolbar(
  view: Span,
  presets: readonly Preset[],
  lang: Lang,
  { compact, tableShown, tableId, onClick, onPeriod, roving }: { compact: boolean; tableShown: boolean; tableId: string; onClick: (e: MouseEvent) => void; onPeriod: (e: Event) => void; roving: RovingToolbar },
): TemplateResult {
  const range = rangeText(view, lang);
  const custom = !presets.some((p) => p.pressed);
  // One Tab stop for the buttons (arrow keys between them), so that the rows come next.
  return html`<div class="toolbar no-print ${compact ? 'compact' : ''}" part="toolbar" role="toolbar" aria-label=${tt(lang, 'controls')}
    @click=${onClick} @keydown=${roving.onKey} @focusin=${roving.onFocus}>
    ${compact
      ? html`<select class="period" aria-label=${tt(lang, 'range')} @change=${onPeriod}>
          ${presets.map((p) => html`<option value=${p.action} .selected=${p.pressed}>${p.action === 'programme' ? tt(lang, 'programmeShort') : p.label}</option>`)}
          ${custom ? html`<option value="" disabled .selected=${true}>${range}</option>` : nothing}
        </select>`
      : html`<div class="presets" role="group" aria-label=${tt(lang, 'range')}>
          ${presets.map((p) => html`<button data-action=${p.action} aria-pressed=${String(p.pressed)}>${p.label}</button>`)}
        </div>`}
    <div class="pan" role="group" aria-label=${tt(lang, 'showing', { range })}>
      <button data-action="earlier" aria-label=${tt(lang, 'earlier')} title=${tt(lang, 'earlier')}><span aria-hidden="true">◀</span></button>
      ${compact ? nothing : html`<span class="range-text" aria-hidden="true">${range}</span>`}
      <button data-action="later" aria-label=${tt(lang, 'later')} title=${tt(lang, 'later')}><span aria-hidden="true">▶</span></button>
      <button data-action="zoom-out" aria-label=${tt(lang, 'zoomOut')} title=${tt(lang, 'zoomOut')}><span aria-hidden="true">−</span></button>
      <button data-action="zoom-in" aria-label=${tt(lang, 'zoomIn')} title=${tt(lang, 'zoomIn')}><span aria-hidden="true">+</span></button>
    </div>
    <button class="table-toggle" data-action="table" aria-expanded=${String(tableShown)} aria-controls=${tableId}>
      ${tt(lang, tableShown ? (compact ? 'hideTableShort' : 'hideTable') : compact ? 'showTableShort' : 'showTable')}
    </button>
  </div>`;
}
