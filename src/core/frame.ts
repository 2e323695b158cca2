/** Templates around every widget's content: states, the illustrative label, caption, problems. */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FeedError, FeedIssue } from '../feed/issues.js';
import type { ProgrammeModel } from '../feed/model.js';
import type { FeedState } from './feed-state.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import { t } from './messages.js';
import { creditProgramme } from './credit.js';

export function renderLoading(lang: Lang): TemplateResult {
  return html`<p class="loading" part="loading">${t(lang, 'loading')}</p>`;
}

export function renderIllustrative(lang: Lang): TemplateResult {
  return html`<p class="badge" part="illustrative" title=${t(lang, 'illustrativeNote')}>
    ${t(lang, 'illustrative')}<span class="sr-only">: ${t(lang, 'illustrativeNote')}</span>
  </p>`;
}

export function renderStale(state: FeedState, lang: Lang, host: ReactiveControllerHost): TemplateResult {
  const time = new Date(state.loadedAt!).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return html`<div class="notice" part="stale">
    <p>${t(lang, 'stale', { time })}</p>
    ${state.error ? renderIssueList(state.error.issues, lang, host) : nothing}
  </div>`;
}

/** What the reader is told when nothing can be shown: the feed could not be loaded, or tiendo failed (`internal`). */
export function errorText(error: FeedError | undefined, lang: Lang): string {
  return t(lang, error?.code === 'internal' ? 'errorInternal' : 'errorReader');
}

/** A short message for readers; what is wrong and where, folded away, for the webmaster. */
export function renderError(error: FeedError, lang: Lang, host: ReactiveControllerHost): TemplateResult {
  return html`<div class="notice error" part="error">
    <p>${errorText(error, lang)}</p>
    ${renderIssueList(error.issues, lang, host, error.url)}
  </div>`;
}

/** Items the feed had wrong but that did not stop the rest from rendering. */
export function renderProblems(issues: readonly FeedIssue[], lang: Lang, host: ReactiveControllerHost): TemplateResult | typeof nothing {
  let errors = 0;
  let skipped = 0;
  const names: string[] = [];
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    errors++;
    if (issue.code !== 'item-skipped') continue;
    skipped++;
    const name = issue.params?.[`name_${lang}`] ?? issue.params?.name_vi ?? issue.params?.name_en;
    if (name !== undefined) names.push(String(name));
  }
  if (errors === 0) return nothing;
  // Which items are missing, by name: a count alone leaves the reader guessing (feed/skipped-name.ts).
  return html`<div class="notice" part="problems">
    ${skipped ? html`<p>${t(lang, 'skipped', { count: skipped })}</p>` : nothing}
    ${names.length ? html`<ul class="skipped-names">${names.map((name) => html`<li>${name}</li>`)}</ul>` : nothing}
    ${renderIssueList(issues, lang, host)}
  </div>`;
}

/**
 * The problem list is worded in a module of its own, fetched the first time a widget on the page
 * has a problem: a page whose feed is fine never downloads it. The reader's short message above
 * it renders at once.
 */
let problems: typeof import('./problems.js') | undefined;
let loading: Promise<void> | undefined;
const waiting = new Set<ReactiveControllerHost>();

/** Fetches the problem list's module now: static output (the CLI) renders once and cannot wait for it. */
export function loadProblemList(): Promise<void> {
  loading ??= import('./problems.js').then((module) => {
    problems = module;
    for (const h of waiting) h.requestUpdate();
    waiting.clear();
  });
  return loading;
}

function renderIssueList(issues: readonly FeedIssue[], lang: Lang, host: ReactiveControllerHost, url?: string): TemplateResult | typeof nothing {
  if (problems) return problems.renderIssueList(issues, lang, url);
  waiting.add(host);
  void loadProblemList();
  return nothing;
}

/**
 * The credit: one compact line a newsroom would print under a chart ("Nguồn: Chương trình số
 * 219-CTr/TU … · Số liệu đến ngày …"), then, folded, everything else — the programme's full title,
 * who publishes the feed and the feed's own note (what is transcribed, what is translated, what
 * is missing). The note is the feed editor's word to readers, so it sits with the credit.
 */
/** Parts of a line, with " · " between those present. */
const joined = (parts: readonly (TemplateResult | undefined)[]) => parts.filter((p) => p !== undefined).map((p, i) => (i ? html` · ${p}` : p));

export function renderCaption(model: ProgrammeModel, lang: Lang): TemplateResult {
  const { programme, meta } = model;
  const source = programme.source;
  const issuer = localText(programme.issuer, lang);
  const sourceText = source?.url
    ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${localText(source.title, lang) || source.url}</a>`
    : localText(source?.title, lang);
  const note = localText(meta.note, lang);
  const publisher = localText(meta.publisher, lang);
  const lead = creditProgramme(model, lang);
  return html`<div class="credit" part="caption">
    <p class="caption">
      ${joined([
        lead ? html`<span>${lead}</span>` : undefined,
        sourceText ? html`<span>${t(lang, 'source')}: ${sourceText}</span>` : undefined,
        meta.asOf ? html`<span>${t(lang, 'asOf', { date: formatDate(meta.asOf, lang) })}</span>` : undefined,
      ])}
    </p>
    <details class="credit-more" part="credit">
      <summary>${t(lang, note ? 'aboutDataNote' : 'aboutData')}</summary>
      <dl>
        <dt>${t(lang, 'programme')}</dt>
        <dd>${programme.symbol} — ${localText(programme.title, lang)}${issuer ? html`. ${issuer}, ${formatDate(programme.issued, lang)}` : nothing}</dd>
        ${sourceText ? html`<dt>${t(lang, 'source')}</dt><dd>${sourceText}</dd>` : nothing}
        ${meta.asOf ? html`<dt>${t(lang, 'asOfTerm')}</dt><dd>${formatDate(meta.asOf, lang)}</dd>` : nothing}
        ${publisher ? html`<dt>${t(lang, 'publisher')}</dt><dd>${publisher}</dd>` : nothing}
        ${note ? html`<dt>${t(lang, 'note')}</dt><dd class="feed-note" part="note">${note}</dd>` : nothing}
      </dl>
    </details>
  </div>`;
}
