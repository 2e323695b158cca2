/** The folded list of feed problems for webmasters: what is wrong, and where (JSON path). */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPath, type FeedIssue } from '../feed/issues.js';
import type { Lang } from './i18n.js';
import { issueText } from './issue-messages.js';
import { t } from './messages.js';

export function renderIssueList(issues: readonly FeedIssue[], lang: Lang, url?: string): TemplateResult {
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
