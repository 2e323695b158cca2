/**
 * One target's card: title, picture (or the big figure), status in words, the milestones, the
 * date and source of the figure. A screen reader gets the card's one sentence, as the name of the
 * picture (`role="img"`), and the source link; the visible words, which repeat the sentence, are
 * hidden from it.
 *
 * Lean on purpose (a page may hold a thousand cards): the sentence is an attribute, not an
 * element; the status shape and the path pointer's key are CSS (`::before`, styles.ts); the
 * figure's date and its separator are one span. tests/gauge/element.test.ts holds the budget.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TargetModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import type { GaugeLayout } from './layout.js';
import type { TargetStatus } from '../derive/progress.js';
import { renderPicture } from './picture.js';
import { gaugeText } from './messages.js';
import { targetStatusText } from '../derive/target-status.js';
import { gaugeSentence, goalsText, lowerNote, targetStatusLabel, statusReason } from './describe.js';
import { formatValue } from './units.js';

/** A shape for each status, so that colour is never the only signal (the cards' is in styles.ts). */
const MARK: Record<TargetStatus, string> = { achieved: '✓', 'on-track': '●', behind: '▲', 'not-achieved': '✕', unknown: '○', 'no-data': '○' };

export function renderCard(target: TargetModel, layout: GaugeLayout, lang: Lang): TemplateResult {
  const { progress, variant } = layout;
  const actual = progress.actual;
  const reason = statusReason(target, progress, lang);
  const source = actual?.source ? localText(actual.source, lang) : '';
  return html`<div class="gauge variant-${variant} status-${progress.status}" part="gauge" data-target=${target.id}>
    <p class="title" part="title" aria-hidden="true">${localText(target.title, lang)}</p>
    <div class="visual">
      ${variant === 'arc' ? nothing : renderNumber(target, layout, lang)}
      ${renderPicture(layout, gaugeSentence(target, progress, lang))}
      ${!actual
        ? nothing /* the hollow or the figure line already says "chưa có số liệu" */
        : html`<p class="status" part="status" aria-hidden="true">${targetStatusLabel(target, progress, lang)}</p>`}
      ${reason ? html`<p class=${layout.marker ? 'reason keyed' : 'reason'} aria-hidden="true">${reason}</p>` : nothing}
      ${target.milestones.length
        ? html`<p class="goals" part="goals" aria-hidden="true">${gaugeText(lang, 'target')}${lowerNote(progress, lang)}: ${goalsText(target, lang)}</p>`
        : nothing}
    </div>
    ${actual
      ? html`<p class="meta" part="meta"><span aria-hidden="true">${gaugeText(lang, 'figureOf', { date: formatDate(actual.date, lang) })}${source || actual.url ? ' · ' : ''}</span>${source || actual.url
          ? html`${gaugeText(lang, 'source')}: ${actual.url
              ? html`<a href=${actual.url} rel="noopener noreferrer" target="_blank">${source || actual.url}</a>`
              : source}`
          : nothing}</p>`
      : nothing}
  </div>`;
}

/** The figure above the bar or the progress line; "Chưa có số liệu" in its place, never a zero. */
function renderNumber(target: TargetModel, layout: GaugeLayout, lang: Lang): TemplateResult {
  const actual = layout.progress.actual;
  return actual
    ? html`<p class="number" part="number" aria-hidden="true">${formatValue(actual.value, target, lang)}</p>`
    : html`<p class="number empty" part="number" aria-hidden="true">${targetStatusText(lang, 'no-data')}</p>`;
}

/**
 * The document's qualitative goals: words and the feed's assessment, if it gives one. Notes (where
 * the goal is in the document, how it was transcribed) are for the curious: in the data table, or
 * folded under a lone goal — never in the reader's main line.
 */
export function renderGoals(goals: readonly TargetModel[], lang: Lang, heading: boolean, notes = false): TemplateResult {
  return html`<section class="goals-list" part="qualitative">
    ${heading ? html`<p class="heading">${gaugeText(lang, 'goals')}</p>` : nothing}
    <ul>
      ${goals.map((g) => {
        const status = g.status ?? 'unknown';
        return html`<li class="goal status-${status}" part="goal" data-target=${g.id}>
          <span class="goal-title">${localText(g.title, lang)}</span>
          <span class="chip"><span class="mark" aria-hidden="true">${MARK[status]}</span> ${g.status ? targetStatusText(lang, g.status) : gaugeText(lang, 'noAssessment')}</span>
          ${notes && g.note ? html`<details class="data note" part="note"><summary>${gaugeText(lang, 'note')}</summary><p>${localText(g.note, lang)}</p></details>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}
