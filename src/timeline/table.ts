/**
 * The same tasks as a real table: task, section, timeframe as written, start, end, lead, status.
 * Always in the page for screen readers; shown on request for sighted readers. Long programmes
 * are paged so that 10,000 tasks never become 70,000 cells.
 */
import { html, nothing, type TemplateResult } from 'lit';
export { staticTable } from '../core/static-table.js';
import type { ProgrammeModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatNumber } from '../derive/format.js';
import type { TaskRow } from './layout.js';
import { endText, startText } from './describe.js';
import { statusLabel } from '../derive/status.js';
import { statusIcon } from '../core/status-icon.js';
import { tt } from './messages.js';
import { whenFull } from './when.js';

export const TABLE_PAGE = 100;

/** `all`: every task on one page (static output has no script to turn pages). */
export function renderTable(tasks: readonly TaskRow[], model: ProgrammeModel, lang: Lang, page: number, shown: boolean, all = false): TemplateResult {
  const pages = all ? 1 : Math.max(1, Math.ceil(tasks.length / TABLE_PAGE));
  const p = Math.min(page, pages - 1);
  const from = p * TABLE_PAGE;
  const rows = all ? tasks : tasks.slice(from, from + TABLE_PAGE);
  const n = (v: number) => formatNumber(v, lang, 0);
  return html`<table>
      <caption>${tt(lang, 'tableCaption', { programme: model.programme.symbol })}${pages > 1 && !shown
        ? html`<span class="sr-only"> — ${tt(lang, 'tableMore', { shown: rows.length, total: n(tasks.length) })}</span>` : nothing}</caption>
      <thead><tr>
        <th scope="col">${tt(lang, 'task')}</th><th scope="col">${tt(lang, 'section')}</th><th scope="col">${tt(lang, 'timeframe')}</th>
        <th scope="col">${tt(lang, 'start')}</th><th scope="col">${tt(lang, 'end')}</th><th scope="col">${tt(lang, 'lead')}</th><th scope="col">${tt(lang, 'status')}</th>
      </tr></thead>
      <tbody>${rows.map(({ task, section, status, key }) => html`<tr data-key=${key}>
        <th scope="row"><span class="num">${task.number}.</span> ${localText(task.title, lang)}</th>
        <td>${section.number ?? localText(section.title, lang)}</td>
        <td>${whenFull(task, lang)}</td>
        <td>${startText(task, lang)}</td>
        <td>${endText(task, lang)}</td>
        <td>${task.lead.map((a, i) => html`${i ? '; ' : ''}${localText(a.name, lang)}`)}</td>
        <td class="s-${status.status}">${statusIcon(status)} ${statusLabel(status, lang, task.progress)}</td>
      </tr>`)}</tbody>
    </table>
    ${pages > 1 && shown
      ? html`<div class="pager">
          <button data-page=${p - 1} ?disabled=${p === 0}>${tt(lang, 'previous')}</button>
          <span>${tt(lang, 'tablePage', { from: n(from + 1), to: n(from + rows.length), total: n(tasks.length) })}</span>
          <button data-page=${p + 1} ?disabled=${p >= pages - 1}>${tt(lang, 'next')}</button>
        </div>`
      : nothing}`;
}
