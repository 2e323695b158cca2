/**
 * The key: only what the chart shows right now — the kinds of timeframe, milestones, the
 * statuses present, and today with its date — each with the same drawing as in the chart.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CalendarDate } from '../feed/calendar.js';
import { TASK_STATUSES } from '../feed/status.js';
import type { Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import { statusWords } from '../derive/status.js';
import type { Shape } from './marks.js';
import type { TimelineLayout } from './layout.js';
import { statusIcon } from '../core/status-icon.js';
import { tt } from './messages.js';

const SHAPES: readonly Shape[] = ['window', 'deadline', 'from', 'recurring', 'ongoing', 'undated'];

const SAMPLES: Record<Shape | 'milestone' | 'today', SVGTemplateResult> = {
  window: svg`<rect class="bar" x="2" y="3" width="30" height="10" rx="3"/>`,
  deadline: svg`<rect class="bar inferred" x="2" y="7" width="22" height="8" rx="3" mask="url(#tl-fade)"/><path class="deadline" d="M24 0v16"/><path class="deadline-flag" d="M24 0h10l-3 3l3 3h-10z"/>`,
  from: svg`<rect class="bar" x="2" y="3" width="24" height="10" rx="3"/><path class="arrow" d="M26 1l7 7l-7 7z"/>`,
  recurring: svg`<rect class="bar occ" x="2" y="3" width="8" height="10" rx="2"/><rect class="bar occ" x="12" y="3" width="8" height="10" rx="2"/><rect class="bar occ" x="22" y="3" width="8" height="10" rx="2"/>`,
  ongoing: svg`<rect class="band" x="2" y="1" width="32" height="14"/><line class="band-line" x1="2" x2="34" y1="8" y2="8"/>`,
  undated: svg`<rect class="lane-sample" x="1" y="2" width="34" height="12" rx="3"/>`,
  milestone: svg`<path class="milestone" d="M18 1l7 7l-7 7l-7-7z"/>`,
  today: svg`<line class="today" x1="18" x2="18" y1="0" y2="16"/>`,
};

const sample = (key: keyof typeof SAMPLES) =>
  html`<svg class="sample" width="36" height="16" aria-hidden="true" focusable="false">${SAMPLES[key]}</svg>`;

export function renderLegend(l: TimelineLayout, now: CalendarDate, lang: Lang): TemplateResult {
  return html`<div class="legend" part="legend" role="group" aria-label=${tt(lang, 'legend')}>
    <ul class="shapes">
      ${SHAPES.filter((s) => l.shapes.has(s)).map((s) => html`<li>${sample(s)}${tt(lang, s)}</li>`)}
      ${l.milestones ? html`<li>${sample('milestone')}${tt(lang, 'milestone')}</li>` : nothing}
      <li>${sample('today')}${tt(lang, 'today')} (${formatDate(now, lang)})</li>
    </ul>
    <ul class="statuses">
      ${TASK_STATUSES.flatMap((s) => [true, false].filter((reported) => (reported ? l.reportedStatuses : l.derivedStatuses).has(s)).map((reported) =>
        html`<li class="s-${s}">${statusIcon({ status: s, reported })}${statusWords({ status: s, reported }, lang)}</li>`))}
    </ul>
  </div>`;
}
