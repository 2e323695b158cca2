/**
 * What a reader sees on opening a task: the title in full, the timeframe as written and how it
 * was read, lead and coordinating agencies by their printed names, status and progress, dated
 * updates, milestones and links (http(s) only). Feed text is bound as text, never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AgencyModel, ProgrammeModel } from '../feed/model.js';
import type { Link, Text } from '../feed/schema.js';
import { safeHref } from '../feed/links.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate, formatPercent } from '../derive/format.js';
import { t } from '../core/messages.js';
import { statusLabel, taskStatusText } from '../derive/status.js';
import { roleText, type Role } from '../derive/roles.js';
import type { TaskRow } from './layout.js';
import { statusIcon } from '../core/status-icon.js';
import { readAs } from './describe.js';
import { tt } from './messages.js';
import { renderSuccessor } from '../core/successor.js';
import { whenFull } from './when.js';
import { unbroken } from '../core/unbroken.js';

export const DIALOG_TITLE = 'tl-dialog-title';

export function renderDetails(row: TaskRow, model: ProgrammeModel, lang: Lang, highlighted?: string): TemplateResult {
  const { task, section, status } = row;
  const updates = [...task.updates].reverse();
  return html`<header class="dialog-head">
      <p class="kicker">${tt(lang, 'section')} ${section.number ?? ''} · ${tt(lang, 'task')} ${task.number}</p>
      <h2 id=${DIALOG_TITLE}>${unbroken(localText(task.title, lang))}</h2>
      <button class="close" data-action="close" aria-label=${tt(lang, 'close')}>×</button>
    </header>
    <dl class="facts s-${status.status}">
      <dt>${tt(lang, 'timeframe')}</dt>
      <dd>${whenFull(task, lang)}</dd>
      <dt>${tt(lang, 'readAs')}</dt>
      <dd>${readAs(task, lang).map((line) => html`<div>${line}</div>`)}</dd>
      <dt>${tt(lang, 'status')}</dt>
      <dd class="status-line">${statusIcon(status)} ${statusLabel(status, lang)}</dd>
      ${task.progress !== undefined
        ? html`<dt>${tt(lang, 'progress')}</dt>
            <dd class="progress-line">${formatPercent(task.progress, lang)}
              <svg width="120" height="8" aria-hidden="true" focusable="false"><rect class="meter" width="120" height="8" rx="4"/><rect class="meter-fill" width=${1.2 * task.progress} height="8" rx="4"/></svg>
            </dd>`
        : nothing}
      <dt>${tt(lang, 'lead')}</dt>
      <dd>${agencies(task.lead, lang, task.lead.length > 1 ? 'co-lead' : 'lead', highlighted)}</dd>
      ${task.coordinating.length
        ? html`<dt>${tt(lang, 'coordinating')}</dt><dd>${agencies(task.coordinating, lang, 'coordinating', highlighted)}</dd>`
        : nothing}
      ${task.milestones.length
        ? html`<dt>${tt(lang, 'milestones')}</dt>
            <dd><ul>${task.milestones.map((m) => html`<li><time datetime=${m.date}>${formatDate(m.date, lang)}</time>: ${localText(m.title, lang)}${m.done ? html` (${tt(lang, 'done')})` : nothing}</li>`)}</ul></dd>`
        : nothing}
      ${updates.length
        ? html`<dt>${tt(lang, 'updates')}</dt>
            <dd><ol class="updates">${updates.map(
              (u) => html`<li><time datetime=${u.date}>${formatDate(u.date, lang)}</time>${u.status ? html` · ${taskStatusText(lang, u.status)}` : nothing}${u.progress !== undefined ? html` · ${formatPercent(u.progress, lang)}` : nothing}
                <div>${localText(u.text, lang)}</div>${links(u.links ?? [], model, lang)}</li>`,
            )}</ol></dd>`
        : nothing}
      ${task.links.length ? html`<dt>${tt(lang, 'links')}</dt><dd>${links(task.links, model, lang)}</dd>` : nothing}
    </dl>`;
}

/** Names as printed in the document (the original beside a translation), successors as notes. */
function agencies(list: readonly AgencyModel[], lang: Lang, role: Role, highlighted?: string): TemplateResult {
  return html`<ul class="agencies">${list.map((a) => {
    const printed = original(a.name, lang);
    return html`<li>
      <span class="agency-name">${localText(a.name, lang)}</span>${printed ? html` <span class="printed" lang="vi">(${printed})</span>` : nothing}
      <span class="sr-only">(${roleText(lang, role)})</span>
      ${renderSuccessor(a.successor, lang)}
      <button class="link-button" data-agency=${a.id} aria-pressed=${String(a.id === highlighted)}>${tt(lang, 'highlightAgency')}</button>
    </li>`;
  })}</ul>`;
}

/** The Vietnamese name as printed, when the reader sees a translation. */
function original(name: Text, lang: Lang): string | undefined {
  if (lang === 'vi' || typeof name === 'string' || !name.vi) return undefined;
  return name[lang] && name[lang] !== name.vi ? name.vi : undefined;
}

function links(list: readonly Link[], model: ProgrammeModel, lang: Lang): TemplateResult | typeof nothing {
  const safe = list.flatMap((l) => {
    const href = safeHref(l.url, model.url);
    return href ? [{ href, title: localText(l.title, lang) || href }] : [];
  });
  return safe.length
    ? html`<ul class="links">${safe.map((l) => html`<li><a href=${l.href} rel="noopener noreferrer" target="_blank">${l.title}</a></li>`)}</ul>`
    : nothing;
}
