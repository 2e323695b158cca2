/**
 * The editor's templates: the programme as the office knows it — document and data fields,
 * sections and tasks by number, targets, agencies — each with its small form, and the problems
 * next to the item they concern. Templates only: every event goes to the element's handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIssue } from '../feed/issues.js';
import { formatPath } from '../feed/issues.js';
import type { RawFeed } from '../feed/edit.js';
import { issueText } from '../core/issue-messages.js';
import { formatDate } from '../derive/format.js';
import type { Lang, Params } from '../derive/lang.js';
import { editorText, STATUS_LABELS } from './messages.js';
import type { FieldErrors } from './forms.js';

type Item = Record<string, unknown>;
export interface ViewHandlers {
  field(object: 'meta' | 'programme', key: string, lang: string | null, value: string): void;
  illustrative(on: boolean): void;
  toggle(form: string): void;
  submit(form: string, event: SubmitEvent): void;
}

export interface ViewState {
  lang: Lang;
  feed: RawFeed;
  issues: FeedIssue[];
  /** The form open: `report:3`, `actual:0`, `successor:2`, `agencies:5`. */
  form: string | null;
  errors: FieldErrors;
  on: ViewHandlers;
}

const list = (feed: RawFeed, name: string): Item[] => (Array.isArray(feed[name]) ? (feed[name] as Item[]) : []);
const words = (v: unknown, lang: Lang): string => (typeof v === 'string' ? v : v && typeof v === 'object' ? String((v as Item)[lang] ?? (v as Item).vi ?? Object.values(v)[0] ?? '') : '');
const dateText = (d: unknown, lang: Lang) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDate(d, lang) : String(d ?? ''));
const under = (issues: FeedIssue[], ...prefix: Array<string | number>) => issues.filter((i) => prefix.every((p, k) => i.path[k] === p));

function problems(issues: FeedIssue[], lang: Lang, id?: string): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  return html`<ul class="item-problems" id=${id ?? nothing}>
    ${issues.map((i) => html`<li class=${i.severity}><code>${formatPath(i.path)}</code> ${issueText(lang, i.code, i.params)}</li>`)}
  </ul>`;
}

/** A text field of `meta` or `programme`: one input per language when the feed gives a language map. */
function textField(s: ViewState, object: 'meta' | 'programme', key: string, label: string): TemplateResult {
  const value = ((s.feed[object] ?? {}) as Item)[key];
  const langs = value && typeof value === 'object' ? Object.keys(value as Item) : [null];
  const own = under(s.issues, object, key);
  return html`${langs.map((l) => {
    const id = `${object}-${key}-${l ?? 'text'}`;
    const current = l ? String((value as Item)[l] ?? '') : value === undefined ? '' : String(value);
    return html`<div class="field">
      <label for=${id}>${label}${l ? html` <span class="lang-tag">(${l})</span>` : nothing}</label>
      <input id=${id} .value=${current} aria-invalid=${own.length ? 'true' : 'false'} aria-describedby=${own.length ? `${id}-problems` : nothing}
        @change=${(e: Event) => s.on.field(object, key, l, (e.target as HTMLInputElement).value)} />
      ${problems(own, s.lang, `${id}-problems`)}
    </div>`;
  })}`;
}

export function renderGeneral(s: ViewState): TemplateResult {
  const t = (k: string, p?: Params) => editorText(s.lang, k, p);
  const meta = (s.feed.meta ?? {}) as Item;
  return html`<section class="panel" aria-labelledby="general-h">
    <h2 id="general-h">${t('general')}</h2>
    <fieldset><legend>${t('programme')}</legend>
      ${textField(s, 'programme', 'symbol', t('symbol'))} ${textField(s, 'programme', 'title', t('titleField'))}
      ${textField(s, 'programme', 'issuer', t('issuer'))} ${textField(s, 'programme', 'issued', t('issued'))}
    </fieldset>
    <fieldset><legend>${t('meta')}</legend>
      ${textField(s, 'meta', 'asOf', t('asOf'))} ${textField(s, 'meta', 'publisher', t('publisher'))}
      ${textField(s, 'meta', 'note', t('note'))} ${textField(s, 'meta', 'license', t('license'))}
      <div class="field check ${meta.illustrative === true ? 'warn' : ''}">
        <input type="checkbox" id="meta-illustrative" .checked=${meta.illustrative === true} @change=${(e: Event) => s.on.illustrative((e.target as HTMLInputElement).checked)} />
        <label for="meta-illustrative">${t('illustrative')}</label>
        ${meta.illustrative === true ? html`<p class="illustrative-note" role="note">${t('illustrativeOn')}</p>` : nothing}
      </div>
    </fieldset>
  </section>`;
}

/** One input of a form, with its label and, when it has one, its problem announced with it. */
function input(s: ViewState, form: string, name: string, label: string, options: { type?: string; inputmode?: string; autofocus?: boolean; value?: string } = {}): TemplateResult {
  const id = `${form}-${name}`;
  const error = s.errors[name];
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} name=${name} type=${options.type ?? 'text'} inputmode=${options.inputmode ?? nothing} .value=${options.value ?? ''}
      ?data-autofocus=${options.autofocus} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} />
    ${error ? html`<p class="error" id=${`${id}-error`}>${editorText(s.lang, error.key, error.params)}</p>` : nothing}
  </div>`;
}

function formButtons(s: ViewState, form: string): TemplateResult {
  return html`<div class="actions"><button type="submit" class="primary">${editorText(s.lang, 'add')}</button>
    <button type="button" @click=${() => s.on.toggle(form)}>${editorText(s.lang, 'cancel')}</button></div>`;
}

function reportForm(s: ViewState, form: string, today: string): TemplateResult {
  const t = (k: string) => editorText(s.lang, k);
  const statusError = s.errors.status;
  return html`<form class="mini-form" @submit=${(e: SubmitEvent) => s.on.submit(form, e)} novalidate>
    ${input(s, form, 'date', t('date'), { autofocus: true, value: formatDate(today, 'vi') })}
    <div class="field">
      <label for=${`${form}-status`}>${t('status')}</label>
      <select id=${`${form}-status`} name="status" aria-invalid=${statusError ? 'true' : 'false'} aria-describedby=${statusError ? `${form}-status-error` : nothing}>
        <option value="">${t('noStatus')}</option>
        ${(['done', 'in-progress', 'delayed', 'planned', 'cancelled'] as const).map((k) => html`<option value=${k}>${STATUS_LABELS[s.lang][k]}</option>`)}
      </select>
      ${statusError ? html`<p class="error" id=${`${form}-status-error`}>${editorText(s.lang, statusError.key)}</p>` : nothing}
    </div>
    ${input(s, form, 'progress', t('progress'), { inputmode: 'decimal' })} ${input(s, form, 'note', t('reportNote'))}
    ${input(s, form, 'source', t('source'))} ${input(s, form, 'link', t('link'), { type: 'url' })} ${formButtons(s, form)}
  </form>`;
}

export function renderTasks(s: ViewState, today: string): TemplateResult {
  const t = (k: string, p?: Params) => editorText(s.lang, k, p);
  const tasks = list(s.feed, 'tasks');
  const agencies = list(s.feed, 'agencies');
  const agencyName = (id: unknown) => words(agencies.find((a) => a.id === id)?.short ?? agencies.find((a) => a.id === id)?.name, s.lang) || String(id);
  return html`<section class="panel" aria-labelledby="tasks-h">
    <h2 id="tasks-h">${t('tasks')}</h2>
    ${list(s.feed, 'sections').map((section) => html`<h3 class="section">${section.number ? `${section.number}. ` : ''}${words(section.title, s.lang)}</h3>
      <ul class="items">
        ${tasks.map((task, i) => (task.section === section.id ? renderTask(s, task, i, today, agencyName, agencies) : nothing))}
      </ul>`)}
  </section>`;
}

function renderTask(s: ViewState, task: Item, i: number, today: string, agencyName: (id: unknown) => string, agencies: Item[]): TemplateResult {
  const t = (k: string, p?: Params) => editorText(s.lang, k, p);
  const n = String(task.number ?? i + 1);
  const updates = (Array.isArray(task.updates) ? task.updates : []) as Item[];
  const last = [...updates].sort((a, b) => String(a.date).localeCompare(String(b.date))).at(-1);
  const reportForm_ = `report:${i}`;
  const agencyForm = `agencies:${i}`;
  return html`<li class="item" data-task=${String(task.id)}>
    <div class="item-head">
      <span class="number">${t('task', { n })}</span>
      <span class="item-title">${words(task.title, s.lang)}</span>
      <span class="meta-line">${t('lead')}: ${(Array.isArray(task.lead) ? task.lead : []).map(agencyName).join('; ')} · ${typeof task.timeframe === 'string' ? task.timeframe : words((task.timeframe as Item | undefined)?.text, s.lang)}</span>
      <span class="meta-line">${t('reports', { n: updates.length })}${last ? html` · <strong>${last.status ? STATUS_LABELS[s.lang][last.status as keyof (typeof STATUS_LABELS)['vi']] ?? '' : ''}${last.progress !== undefined ? ` ${last.progress} %` : ''}</strong> ${dateText(last.date, s.lang)}` : nothing}</span>
    </div>
    ${problems(under(s.issues, 'tasks', i), s.lang)}
    <div class="item-actions">
      <button type="button" aria-expanded=${s.form === reportForm_ ? 'true' : 'false'} data-form=${reportForm_} @click=${() => s.on.toggle(reportForm_)}>${t('addReportFor', { n })}</button>
      <button type="button" aria-expanded=${s.form === agencyForm ? 'true' : 'false'} data-form=${agencyForm} @click=${() => s.on.toggle(agencyForm)}>${t('agenciesOf', { n })}</button>
    </div>
    ${s.form === reportForm_ ? reportForm(s, reportForm_, today) : nothing}
    ${s.form === agencyForm ? agenciesForm(s, agencyForm, task, agencies) : nothing}
  </li>`;
}

function agenciesForm(s: ViewState, form: string, task: Item, agencies: Item[]): TemplateResult {
  const t = (k: string) => editorText(s.lang, k);
  const has = (role: string, id: unknown) => Array.isArray(task[role]) && (task[role] as unknown[]).includes(id);
  const group = (role: 'lead' | 'coordinating') => html`<fieldset class="choices"><legend>${t(role)}</legend>
    ${agencies.map((a) => html`<label class="choice"><input type="checkbox" name=${role} value=${String(a.id)} .checked=${has(role, a.id)} /> ${words(a.name, s.lang)}</label>`)}
  </fieldset>`;
  return html`<form class="mini-form" @submit=${(e: SubmitEvent) => s.on.submit(form, e)} novalidate>
    ${group('lead')} ${group('coordinating')}
    ${s.errors.lead ? html`<p class="error">${editorText(s.lang, s.errors.lead.key)}</p>` : nothing}
    <div class="actions"><button type="submit" class="primary">${t('add') === 'Thêm' ? 'Lưu cơ quan' : 'Save agencies'}</button>
      <button type="button" @click=${() => s.on.toggle(form)}>${t('cancel')}</button></div>
  </form>`;
}

export function renderTargets(s: ViewState, today: string): TemplateResult {
  const t = (k: string, p?: Params) => editorText(s.lang, k, p);
  return html`<section class="panel" aria-labelledby="targets-h">
    <h2 id="targets-h">${t('targets')}</h2>
    <ul class="items">
      ${list(s.feed, 'targets').map((target, i) => {
        if (target.kind === 'qualitative') return nothing;
        const actuals = (Array.isArray(target.actuals) ? target.actuals : []) as Item[];
        const last = [...actuals].sort((a, b) => String(a.date).localeCompare(String(b.date))).at(-1);
        const form = `actual:${i}`;
        const title = words(target.title, s.lang);
        return html`<li class="item" data-target=${String(target.id)}>
          <div class="item-head"><span class="item-title">${title}</span>
            <span class="meta-line">${t('actuals', { n: actuals.length })}${last ? html` · <strong>${String(last.value)}</strong> ${dateText(last.date, s.lang)}` : nothing}</span></div>
          ${problems(under(s.issues, 'targets', i), s.lang)}
          <div class="item-actions"><button type="button" aria-expanded=${s.form === form ? 'true' : 'false'} data-form=${form} @click=${() => s.on.toggle(form)} aria-label=${t('addActualFor', { title })}>${t('addActual')}</button></div>
          ${s.form === form
            ? html`<form class="mini-form" @submit=${(e: SubmitEvent) => s.on.submit(form, e)} novalidate>
                ${input(s, form, 'date', t('date'), { autofocus: true, value: formatDate(today, 'vi') })} ${input(s, form, 'value', t('value'), { inputmode: 'decimal' })}
                ${input(s, form, 'source', t('source'))} ${input(s, form, 'link', t('link'), { type: 'url' })} ${formButtons(s, form)}
              </form>`
            : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

export function renderAgencies(s: ViewState): TemplateResult {
  const t = (k: string, p?: Params) => editorText(s.lang, k, p);
  return html`<section class="panel" aria-labelledby="agencies-h">
    <h2 id="agencies-h">${t('agencies')}</h2>
    <ul class="items">
      ${list(s.feed, 'agencies').map((agency, i) => {
        const form = `successor:${i}`;
        const name = words(agency.name, s.lang);
        const successor = agency.successor as Item | undefined;
        return html`<li class="item" data-agency=${String(agency.id)}>
          <div class="item-head"><span class="item-title">${name}</span>
            ${successor ? html`<span class="meta-line">→ ${words(successor.name, s.lang)}${successor.since ? ` (${dateText(successor.since, s.lang)})` : ''}</span>` : nothing}</div>
          ${problems(under(s.issues, 'agencies', i), s.lang)}
          <div class="item-actions"><button type="button" aria-expanded=${s.form === form ? 'true' : 'false'} data-form=${form} @click=${() => s.on.toggle(form)} aria-label=${t('successorFor', { name })}>${t('setSuccessor')}</button></div>
          ${s.form === form
            ? html`<form class="mini-form" @submit=${(e: SubmitEvent) => s.on.submit(form, e)} novalidate>
                <p class="hint">${t('printedName')}: <strong>${name}</strong></p>
                ${input(s, form, 'name', t('successorName'), { autofocus: true, value: successor ? words(successor.name, 'vi') : '' })}
                ${input(s, form, 'since', t('since'), { value: successor?.since ? formatDate(String(successor.since), 'vi') : '' })}
                ${input(s, form, 'note', t('successorNote'), { value: successor ? words(successor.note, 'vi') : '' })} ${formButtons(s, form)}
              </form>`
            : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

export function renderProblems(s: ViewState): TemplateResult {
  const t = (k: string, p?: Params) => editorText(s.lang, k, p);
  const errors = s.issues.filter((i) => i.severity === 'error').length;
  const warnings = s.issues.length - errors;
  return html`<section class="panel" aria-labelledby="problems-h">
    <h2 id="problems-h">${t('problems', { n: s.issues.length })}</h2>
    <p class=${errors ? 'error' : 'ok'}>${errors ? t('errors', { n: errors }) : t('valid')}${warnings ? ` · ${t('warnings', { n: warnings })}` : ''}</p>
    ${problems(s.issues, s.lang)}
  </section>`;
}
