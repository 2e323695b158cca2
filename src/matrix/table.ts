/**
 * The matrix as a real table: caption, `th` with scope, tasks as rows under their section
 * headings, agencies as columns, a role mark in each cell and totals in the footer. Grid keyboard
 * navigation (one tab stop) is the element's; this draws the roving tab stop where it is told.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatNumber } from '../derive/format.js';
import { roleAbbreviation, roleText, type Role } from '../derive/roles.js';
import type { DisplayRow, RowSort } from './order.js';
import type { MatrixLayout } from './layout.js';
import { NONE, ROLE_OF, type MatrixColumn } from './responsibility.js';
import type { Drawn } from '../core/window.js';
import type { GridCell } from './navigation.js';
import { m } from './messages.js';
import { successorText } from '../core/successor.js';
import { unbroken } from '../core/unbroken.js';

/** Everything the table is drawn from; the element builds it once per render. */
export interface TableView {
  layout: MatrixLayout;
  lang: Lang;
  caption: string;
  /** Body rows drawn (by index), and the gaps that spacers stand in for (all rows when not virtual). */
  drawn: Drawn[];
  /** The cell holding the grid's one tab stop. */
  focus: GridCell;
  /** The cell under the pointer or keyboard: its row and column are highlighted. */
  hot?: GridCell;
  /** Display position of the chosen agency's column, -1 for none. */
  chosen: number;
  chosenTask?: string;
  sort: RowSort;
}

/** A role mark: its own letters and shape as well as colour, so it reads in greyscale and print. */
export function renderMark(role: Role, lang: Lang): TemplateResult {
  return html`<span class="mark ${role}" aria-hidden="true">${roleAbbreviation(lang, role)}</span>`;
}

/** A count: small integers need no Intl call (this runs for every row and column drawn). */
const count = (n: number, lang: Lang) => (n < 1000 ? String(n) : formatNumber(n, lang));

/** The name a header shows: the short name when the feed gives one. */
export const shortName = (c: MatrixColumn, lang: Lang) => localText(c.agency.short ?? c.agency.name, lang);
export const fullName = (c: MatrixColumn, lang: Lang) => localText(c.agency.name, lang);

export function renderTable(v: TableView): TemplateResult {
  const { layout, lang } = v;
  const { columns, rows, headers, virtual } = layout;
  const cols = columns.length + 2;
  const footer = rows.length + 1;
  const tab = (row: number, col: number) => (v.focus.row === row && v.focus.col === col ? 0 : -1);
  const hotCol = v.hot?.col;
  const colClass = (c: MatrixColumn, i: number) =>
    `agency${c.group ? ' group' : ''}${hotCol === i + 1 ? ' hot' : ''}${v.chosen === i ? ' chosen' : ''}`;
  const sortable = (sort: RowSort, label: string, col: number, cls: string) =>
    html`<th scope="col" class=${cls} aria-sort=${v.sort === sort ? (sort === 'bodies' ? 'descending' : 'ascending') : 'none'}>
      <button type="button" tabindex=${tab(0, col)}>${label}</button>
    </th>`;
  return html`<table role="grid" aria-readonly="true" aria-rowcount=${rows.length + 2} aria-describedby="help"
    class="matrix ${headers}${virtual ? ' virtual' : ''}${layout.printed ? ' printed' : ''}" part="table">
    <caption part="title">${unbroken(v.caption)}</caption>
    <colgroup>
      <col class="task" />
      ${columns.map((c, i) => html`<col class=${colClass(c, i)} />`)}
      <col class="bodies" />
    </colgroup>
    <thead>
      <tr data-row="0" aria-rowindex="1">
        ${sortable('document', m(lang, 'task'), 0, 'corner')}
        ${columns.map((c, i) => agencyHeader(c, i, v, tab(0, i + 1), colClass(c, i)))}
        ${sortable('bodies', m(lang, 'bodies'), cols - 1, 'n')}
      </tr>
    </thead>
    <tbody>
      ${repeat(
        v.drawn,
        (d) => d.key,
        (d) => (d.gap === undefined ? bodyRow(rows[d.index]!, d.index + 1, v, tab) : gap(d.gap, cols)),
      )}
    </tbody>
    <tfoot>
      <tr data-row=${footer} aria-rowindex=${footer + 1}>
        <th scope="row" class="task" tabindex=${tab(footer, 0)}>
          <span class="totals-label">${m(lang, 'totals')}</span>
          <span class="k" aria-hidden="true"><b>${roleText(lang, 'lead')}</b><span>${roleText(lang, 'coordinating')}</span></span>
        </th>
        ${columns.map((c, i) => totalCell(c, lang, tab(footer, i + 1)))}
        <td tabindex=${tab(footer, cols - 1)}></td>
      </tr>
    </tfoot>
  </table>`;
}

function agencyHeader(c: MatrixColumn, i: number, v: TableView, tabindex: number, cls: string): TemplateResult {
  const { lang } = v;
  const short = shortName(c, lang);
  const full = fullName(c, lang);
  // The tooltip: the printed name, then on a line of its own the editor's note on what became of it.
  const successor = c.agency.successor ? `\n${successorText(c.agency.successor, lang)}` : '';
  return html`<th scope="col" class=${cls} title=${full + successor}>
    <button type="button" tabindex=${tabindex} aria-pressed=${v.chosen === i ? 'true' : 'false'}>
      <span class="name">${short}</span>${short !== full ? html`<span class="sr-only">: ${full}</span>` : nothing}${c.group
        ? html`<span class="sr-only"> (${m(lang, 'group')})</span>`
        : nothing}
    </button>
  </th>`;
}

function bodyRow(row: DisplayRow, gridRow: number, v: TableView, tab: (row: number, col: number) => number): TemplateResult {
  const { lang, layout } = v;
  const cols = layout.columns.length + 2;
  if (row.kind === 'section') {
    const s = row.section.section;
    return html`<tr class="section" data-row=${gridRow} aria-rowindex=${gridRow + 1}>
      <th scope="rowgroup" colspan=${cols} tabindex=${v.focus.row === gridRow ? 0 : -1}>
        <span class="title">${s.number ? `${s.number}. ` : ''}${localText(s.title, lang)}</span>
      </th>
    </tr>`;
  }
  const { matrix, columns } = layout;
  const task = matrix.tasks[row.task]!;
  const base = row.task * matrix.columns.length;
  const chosen = v.chosen >= 0 ? columns[v.chosen] : undefined;
  const hit = chosen && matrix.cells[base + chosen.index] !== NONE;
  const picked = v.chosenTask === task.id;
  const title = localText(task.title, lang);
  const cls = `task${v.hot?.row === gridRow ? ' hot' : ''}${hit ? ' hit' : ''}${picked ? ' picked' : ''}`;
  return html`<tr class=${cls} data-row=${gridRow} aria-rowindex=${gridRow + 1}>
    <th scope="row" class="task">
      <button type="button" tabindex=${tab(gridRow, 0)} aria-pressed=${picked ? 'true' : 'false'} title=${title}>
        <span class="num">${task.number}</span><span class="title">${unbroken(title)}</span>
      </button>
    </th>
    ${columns.map((c, i) => {
      const role = ROLE_OF[matrix.cells[base + c.index]!];
      const tabindex = tab(gridRow, i + 1);
      return role
        ? html`<td tabindex=${tabindex}>${renderMark(role, lang)}<span class="sr-only">${roleText(lang, role)}</span></td>`
        : html`<td tabindex=${tabindex}><span class="sr-only">${m(lang, 'noPart')}</span></td>`;
    })}
    <td class="n" tabindex=${tab(gridRow, cols - 1)}>${count(matrix.bodies[row.task]!, lang)}</td>
  </tr>`;
}

/**
 * Rows not drawn. Their height comes from an SVG `height` attribute: under a strict CSP no
 * `style` attribute may carry it, and a presentation attribute is not a style.
 */
function gap(height: number, cols: number): TemplateResult {
  return html`<tr class="gap" aria-hidden="true"><td colspan=${cols}><svg width="1" height=${Math.round(height)} focusable="false"></svg></td></tr>`;
}

/**
 * A body's totals, in numbers under the footer's own words ("Chủ trì", "Phối hợp"). Readers took
 * the mini-bars that stood here for something else (they drew the same two numbers): gone.
 */
function totalCell(c: MatrixColumn, lang: Lang, tabindex: number): TemplateResult {
  return html`<td class="total" tabindex=${tabindex}>
    <span class="k" aria-hidden="true"><b>${count(c.leads, lang)}</b><span>${count(c.coordinating, lang)}</span></span>
    <span class="sr-only">${m(lang, 'totalsOf', { lead: count(c.leads, lang), coordinating: count(c.coordinating, lang) })}</span>
  </td>`;
}
