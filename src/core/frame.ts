/** Templates around every widget's content: states, the illustrative label, caption, problems. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError, FeedIssue } from '../feed/issues.js';
import { formatPath } from '../feed/issues.js';
import type { ProgrammeModel } from '../feed/model.js';
import type { FeedState } from './feed-state.js';
import { localText, type Lang } from './i18n.js';
import { formatDate } from './format.js';
import { issueText, t } from './messages.js';

export function renderLoading(lang: Lang): TemplateResult {
  return html`<p class="loading" part="loading">${t(lang, 'loading')}</p>`;
}

export function renderIllustrative(lang: Lang): TemplateResult {
  return html`<p class="badge" part="illustrative" title=${t(lang, 'illustrativeNote')}>
    ${t(lang, 'illustrative')}<span class="sr-only">: ${t(lang, 'illustrativeNote')}</span>
  </p>`;
}

export function renderStale(state: FeedState, lang: Lang): TemplateResult {
  const time = new Date(state.loadedAt!).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return html`<div class="notice" part="stale">
    <p>${t(lang, 'stale', { time })}</p>
    ${state.error ? renderIssueList(state.error.issues, lang) : nothing}
  </div>`;
}

/** A short message for readers; what is wrong and where, folded away, for the webmaster. */
export function renderError(error: FeedError, lang: Lang): TemplateResult {
  return html`<div class="notice error" part="error">
    <p>${t(lang, 'errorReader')}</p>
    ${renderIssueList(error.issues, lang, error.url)}
  </div>`;
}

/** Items the feed had wrong but that did not stop the rest from rendering. */
export function renderProblems(issues: readonly FeedIssue[], lang: Lang): TemplateResult | typeof nothing {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return nothing;
  const skipped = errors.filter((i) => i.code === 'item-skipped').length;
  return html`<div class="notice" part="problems">
    ${skipped ? html`<p>${t(lang, 'skipped', { count: skipped })}</p>` : nothing}
    ${renderIssueList(issues, lang)}
  </div>`;
}

function renderIssueList(issues: readonly FeedIssue[], lang: Lang, url?: string): TemplateResult {
  return html`<details class="problems" part="details">
    <summary>${t(lang, 'errorDetails')} — ${t(lang, 'problems', { count: issues.length })}</summary>
    ${url ? html`<p><code>${url}</code></p>` : nothing}
    <ul>
      ${issues.map(
        (issue) => html`<li data-code=${issue.code}>
          ${issue.path.length ? html`<code>${formatPath(issue.path)}</code>: ` : nothing}${issueText(lang, issue.code, issue.params)}
        </li>`,
      )}
    </ul>
  </details>`;
}

/** "Chương trình 219-CTr/TU … · Nguồn: … · Số liệu đến ngày …" */
export function renderCaption(model: ProgrammeModel, lang: Lang): TemplateResult {
  const { programme, meta } = model;
  const source = programme.source;
  const asOf = meta.asOf;
  return html`<p class="caption" part="caption">
    <span>${programme.symbol} — ${localText(programme.title, lang)}</span>
    ${localText(programme.issuer, lang) ? html` · <span>${localText(programme.issuer, lang)}, ${formatDate(programme.issued, lang)}</span>` : nothing}
    ${source?.url || source?.title
      ? html` · <span>${t(lang, 'source')}: ${source.url
          ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${localText(source.title, lang) || source.url}</a>`
          : localText(source.title, lang)}</span>`
      : nothing}
    ${asOf ? html` · <span>${t(lang, 'asOf', { date: formatDate(asOf, lang) })}</span>` : nothing}
    ${meta.publisher ? html` · <span>${localText(meta.publisher, lang)}</span>` : nothing}
  </p>`;
}
