/** The folded list of feed problems for webmasters: what is wrong, and where (JSON path). */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPath, type FeedIssue } from '../feed/issues.js';
import type { Lang } from '../derive/lang.js';
import { issueText } from './issue-messages.js';
import { t } from './messages.js';

/**
 * The most problems listed one by one. A feed of 40,000 broken items must not become 200,000 list
 * items in the page (seconds of blocked main thread, hundreds of MB): the first ones show what is
 * wrong, a count says how much more there is, and `tiendo validate` lists them all.
 */
export const MAX_LISTED = 50;

export function renderIssueList(issues: readonly FeedIssue[], lang: Lang, url?: string): TemplateResult {
  const listed = issues.slice(0, MAX_LISTED);
  const more = issues.length - listed.length;
  return html`<details class="problems" part="details">
    <summary>${t(lang, 'errorDetails')} — ${t(lang, 'problems', { count: issues.length })}</summary>
    ${url ? html`<p><code>${url}</code></p>` : nothing}
    <ul>
      ${listed.map(
        (issue) => html`<li data-code=${issue.code}>
          ${issue.path.length ? html`<code>${formatPath(issue.path)}</code>: ` : nothing}${issueText(lang, issue.code, issue.params)}
        </li>`,
      )}
    </ul>
    ${more > 0 ? html`<p class="more-problems">${t(lang, 'moreProblems', { count: more })}</p>` : nothing}
  </details>`;
}
