/**
 * The matrix for narrow screens: one card per body, saying which tasks it leads and coordinates
 * ("Chủ trì: nhiệm vụ 2–4, 6–22"), so a phone reader gets "who does what" without scrolling a
 * table in two directions. The chosen body's card lists its tasks by title.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localText, type Lang } from '../derive/lang.js';
import { formatNumber } from '../derive/format.js';
import { t } from '../core/messages.js';
import { roleText } from '../derive/roles.js';
import type { MatrixLayout } from './layout.js';
import { numberRanges, type ColumnTasks } from './order.js';
import { CO_LEAD, COORDINATING, ROLE_OF, type Matrix, type MatrixColumn } from './responsibility.js';
import { fullName, renderMark, shortName } from './table.js';
import { m } from './messages.js';
import { renderSuccessor } from '../core/successor.js';
import { unbroken } from '../core/unbroken.js';

export interface CardsView {
  layout: MatrixLayout;
  lang: Lang;
  caption: string;
  /** What each column (by document index) leads, co-leads and coordinates. */
  tasks: ColumnTasks[];
  /** The card holding the list's one tab stop (display position). */
  focus: number;
  /** Display position of the chosen body, -1 for none. */
  chosen: number;
}

/** Task numbers listed on a card before the rest is counted. */
const NUMBERS = 60;
/** Task titles listed on the chosen card before the rest is counted. */
const TITLES = 100;

export function renderCards(v: CardsView): TemplateResult {
  return html`<section class="cards" part="cards" aria-label=${v.caption}>
    <p class="cards-title" part="title" aria-hidden="true">${unbroken(v.caption)}</p>
    <ul role="list">
      ${v.layout.columns.map((c, i) => card(c, i, v))}
    </ul>
  </section>`;
}

function card(c: MatrixColumn, i: number, v: CardsView): TemplateResult {
  const { lang, layout } = v;
  const { matrix } = layout;
  const tasks = v.tasks[c.index]!;
  const chosen = v.chosen === i;
  const short = shortName(c, lang);
  const full = fullName(c, lang);
  const leadsAlone = c.leads - c.coLeads;
  return html`<li class="card${c.group ? ' group' : ''}${chosen ? ' chosen' : ''}" data-card=${i}>
    <button type="button" class="head" tabindex=${v.focus === i ? 0 : -1} aria-pressed=${chosen ? 'true' : 'false'}>
      <span class="name">${short}</span>${short !== full ? html`<span class="full">${full}</span>` : nothing}
      ${c.group ? html`<span class="kind">${m(lang, 'group')}</span>` : nothing}
      <span class="more" aria-hidden="true">${m(lang, chosen ? 'hideTasks' : 'showTasks')}</span>
    </button>
    ${line('lead', 'leadsTasks', leadsAlone, numbers(matrix, tasks.lead), lang)}
    ${line('co-lead', 'coLeadsTasks', c.coLeads, numbers(matrix, tasks.coLead), lang)}
    ${line('coordinating', 'coordinatesTasks', c.coordinating, numbers(matrix, tasks.coordinating), lang)}
    ${renderSuccessor(c.agency.successor, lang)}
    ${chosen ? taskList(matrix, c, tasks, lang) : nothing}
  </li>`;
}

const numbers = (matrix: Matrix, rows: readonly number[]) => rows.map((r) => matrix.tasks[r]!.number);

function line(role: 'lead' | 'co-lead' | 'coordinating', key: 'leadsTasks' | 'coLeadsTasks' | 'coordinatesTasks', count: number, nums: string[], lang: Lang) {
  if (count === 0) return nothing;
  const { text, more } = numberRanges(nums, NUMBERS);
  const list = more ? `${text} ${m(lang, 'more', { count: formatNumber(more, lang) })}` : text;
  return html`<p class="line">${renderMark(role, lang)} <span>${m(lang, key, { list, count })}</span> <span class="count">(${formatNumber(count, lang)})</span></p>`;
}

/** The chosen body's tasks by title, in document order, each with its role. */
function taskList(matrix: Matrix, c: MatrixColumn, tasks: ColumnTasks, lang: Lang): TemplateResult {
  const rows = [...tasks.lead, ...tasks.coLead, ...tasks.coordinating].sort((a, b) => a - b);
  const width = matrix.columns.length;
  return html`<ol class="list" role="list">
    ${rows.slice(0, TITLES).map((r) => {
      const task = matrix.tasks[r]!;
      const code = matrix.cells[r * width + c.index]!;
      const role = ROLE_OF[code]!;
      return html`<li class=${code === COORDINATING ? 'coordinating' : code === CO_LEAD ? 'co-lead' : 'lead'}>
        ${renderMark(role, lang)}<span class="sr-only">${roleText(lang, role)}: </span>
        <span><b>${task.number}.</b> ${unbroken(localText(task.title, lang))}</span>
      </li>`;
    })}
    ${rows.length > TITLES ? html`<li class="more">${m(lang, 'more', { count: formatNumber(rows.length - TITLES, lang) })}</li>` : nothing}
  </ol>`;
}
