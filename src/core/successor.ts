/**
 * A successor is the feed editor's annotation, never the document's words: after the 2025
 * reorganisation "Đảng đoàn HĐND tỉnh" has no single heir, and the programme still names the body
 * it named in 2023. So it is labelled as a note, with its date and its own explanation, and it is
 * never joined to a sentence about a task.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Agency } from '../feed/schema.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import { t } from './messages.js';

type Successor = NonNullable<Agency['successor']>;

/** "Sau sắp xếp: Đảng ủy các xã, phường (từ 1/7/2025)". */
function nameLine(s: Successor, lang: Lang): string {
  return t(lang, 'successorName', { name: localText(s.name, lang), since: s.since ? formatDate(s.since, lang) : '' });
}

/** The whole annotation as one paragraph of plain text (tooltips, the matrix's detail line). */
export function successorText(s: Successor, lang: Lang): string {
  const note = localText(s.note, lang);
  return `${t(lang, 'successorLabel')}: ${nameLine(s, lang)}.${note ? ` ${note}` : ''}`;
}

/**
 * The annotation as a folded block: its label shows, the later name, date and the editor's note
 * open on demand — on a phone's agency card they took more lines than what the agency does.
 */
export function renderSuccessor(s: Successor | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!s) return nothing;
  const note = localText(s.note, lang);
  const line = nameLine(s, lang);
  return html`<details class="successor" part="successor">
    <summary class="successor-label">${t(lang, 'successorSummary')}</summary>
    ${t(lang, 'notInDocument')}. ${line.charAt(0).toLocaleUpperCase() + line.slice(1)}.${note ? html` <span class="successor-note">${note}</span>` : nothing}
  </details>`;
}
