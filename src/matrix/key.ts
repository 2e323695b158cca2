/**
 * On paper there is no tooltip: the key under the printed table gives each short header
 * ("ĐĐ HĐND tỉnh") the body's full name as the document prints it ("Đảng đoàn HĐND tỉnh"), in
 * the order of the columns.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../derive/lang.js';
import type { MatrixLayout } from './layout.js';
import { fullName, shortName } from './table.js';
import { m } from './messages.js';

export function renderKey(layout: MatrixLayout, lang: Lang): TemplateResult | typeof nothing {
  const named = layout.columns.map((c) => ({ short: shortName(c, lang), full: fullName(c, lang), group: c.group })).filter((c) => c.short !== c.full);
  if (!named.length) return nothing;
  return html`<div class="key" part="key">
    <p class="key-title">${m(lang, 'keyTitle')}</p>
    <dl>${named.map((c) => html`<div><dt class=${c.group ? 'group' : ''}>${c.short}:</dt> <dd>${c.full}</dd></div>`)}</dl>
  </div>`;
}
