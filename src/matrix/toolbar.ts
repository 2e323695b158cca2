/**
 * Around the table: the legend, the column order and view switches, the chosen body, and the
 * detail line that says in words what the cell under the pointer or the keyboard means.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localText, type Lang } from '../derive/lang.js';
import { formatNumber } from '../derive/format.js';
import { t } from '../core/messages.js';
import { roleText } from '../derive/roles.js';
import type { MatrixLayout } from './layout.js';
import type { ColumnOrder } from './order.js';
import { ROLE_OF, type MatrixColumn } from './responsibility.js';
import type { GridCell } from './navigation.js';
import { fullName, renderMark } from './table.js';
import type { RovingToolbar } from '../core/roving.js';
import { m } from './messages.js';

export interface ToolbarView {
  layout: MatrixLayout;
  lang: Lang;
  order: ColumnOrder;
  /** The view the switch offers to go to. */
  other: 'table' | 'cards';
  chosen?: MatrixColumn;
  /** The switches are one Tab stop (arrow keys between them), so that the table comes next. */
  roving: RovingToolbar;
}

export function renderToolbar(v: ToolbarView): TemplateResult {
  const { lang, layout } = v;
  const orderButton = (order: ColumnOrder) =>
    html`<button type="button" data-order=${order} aria-pressed=${v.order === order ? 'true' : 'false'}>${m(lang, order)}</button>`;
  // The two orders are one switch (`.pair`): on a phone the label may go above them, never one of them below the other.
  return html`<div class="toolbar" part="toolbar">
      <ul class="legend" part="legend" role="list">
        <li>${renderMark('lead', lang)} ${roleText(lang, 'lead')}</li>
        ${layout.matrix.hasCoLeads ? html`<li>${renderMark('co-lead', lang)} ${roleText(lang, 'co-lead')}</li>` : nothing}
        <li>${renderMark('coordinating', lang)} ${roleText(lang, 'coordinating')}</li>
        ${layout.columns.some((c) => c.group) ? html`<li><span class="swatch" aria-hidden="true"></span> ${m(lang, 'groupLegend')}</li>` : nothing}
      </ul>
      <div class="controls no-print" role="toolbar" aria-label=${m(lang, 'controls')} @keydown=${v.roving.onKey} @focusin=${v.roving.onFocus}>
        <div class="order" role="group" aria-label=${m(lang, 'order')}>
          <span aria-hidden="true">${m(lang, 'orderShort')}:</span> <span class="pair">${orderButton('workload')}${orderButton('document')}</span>
        </div>
        <button type="button" class="view" data-view=${v.other}>${m(lang, v.other === 'table' ? 'asTable' : 'asCards')}</button>
      </div>
    </div>
    ${v.chosen ? chosenLine(v.chosen, lang) : nothing}`;
}

function chosenLine(c: MatrixColumn, lang: Lang): TemplateResult {
  return html`<p class="chosen-line" part="selection">
    <span>${m(lang, 'selected', { name: fullName(c, lang) })}</span>
    <span class="muted">${m(lang, 'totalsOf', { lead: formatNumber(c.leads, lang), coordinating: formatNumber(c.coordinating, lang) })}</span>
    <button type="button" class="clear no-print" data-clear>${m(lang, 'clear')}</button>
  </p>`;
}

/**
 * The cell in words ("Chủ trì — Đảng đoàn HĐND tỉnh · Nhiệm vụ 5: Rà soát hoàn thiện …"): the
 * full names and titles that headers shorten and rows clamp. Screen readers get the same from
 * the grid itself, so the line is hidden from them.
 */
export function cellWords(layout: MatrixLayout, at: GridCell | undefined, lang: Lang): string {
  if (!at) return m(lang, 'hint');
  const { matrix, columns, rows } = layout;
  const column = at.col >= 1 && at.col <= columns.length ? columns[at.col - 1] : undefined;
  const agency = column ? agencyWords(column, lang) : '';
  const row = rows[at.row - 1];
  if (at.row === 0 || at.row > rows.length) {
    if (!column) return at.row === 0 ? m(lang, at.col === 0 ? 'task' : 'bodies') : m(lang, 'totals');
    return `${agency} · ${m(lang, 'totalsOf', { lead: formatNumber(column.leads, lang), coordinating: formatNumber(column.coordinating, lang) })}`;
  }
  if (!row) return '';
  if (row.kind === 'section') {
    const s = row.section.section;
    return `${s.number ? `${m(lang, 'section', { number: s.number })}: ` : ''}${localText(s.title, lang)}`;
  }
  const task = matrix.tasks[row.task]!;
  const taskText = `${m(lang, 'taskLabel', { number: task.number })}: ${localText(task.title, lang)}`;
  if (!column) return `${taskText} · ${m(lang, 'bodiesOf', { count: formatNumber(matrix.bodies[row.task]!, lang) })}`;
  const role = ROLE_OF[matrix.cells[row.task * matrix.columns.length + column.index]!];
  return `${role ? m(lang, 'cell', { role: roleText(lang, role), agency }) : m(lang, 'none', { agency })} · ${taskText}`;
}

function agencyWords(c: MatrixColumn, lang: Lang): string {
  const name = fullName(c, lang);
  const group = c.group ? ` (${m(lang, 'group')})` : '';
  // The successor is the feed editor's note, not part of a sentence about the task (header title).
  return `${name}${group}`;
}
