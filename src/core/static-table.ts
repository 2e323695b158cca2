/**
 * A widget's data table in static output. On screen the table is one button away (and always
 * there for screen readers); a page that runs no script has no button, so the table is one
 * `<details>` away instead: sighted readers get every full title, the picture stays first.
 */
import { css, html, type TemplateResult } from 'lit';

export function staticTable(table: TemplateResult, label: string): TemplateResult {
  return html`<details class="data static-table" part="table">
    <summary>${label}</summary>
    <div class="table-box shown">${table}</div>
  </details>`;
}

export const staticTableStyles = css`
  details.static-table > summary { cursor: pointer; width: max-content; max-width: 100%; color: var(--_accent); font-weight: 600; }
  details.static-table > .table-box { overflow-x: auto; margin-top: 4px; }
  @media print {
    details.static-table > summary { display: none; }
  }
`;
