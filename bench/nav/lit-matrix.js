// The Lit floor for the matrix (see lit-floor.js): hand-matrix.js's table, through Lit templates.
import { css, html } from 'lit';
import { FloorElement } from './lit-floor.js';
import { vi } from './drawn.js';

class FloorMatrix extends FloorElement {
  static styles = css`
    :host { display: block; font: 13px/1.4 system-ui, sans-serif; color: #222; }
    table { border-collapse: collapse; font-size: 12px; }
    th, td { border: 1px solid #ddd; padding: 2px 4px; text-align: left; vertical-align: top; }
    td.l { background: #3b6fb6; color: #fff; }
    td.c { background: #dbe6f5; }
    tr.sec th { background: #f3f3f3; }
  `;

  draw(feed) {
    const cell = (task, a) =>
      task.lead.includes(a.id) ? html`<td class="l">Chủ trì</td>` : task.coordinating?.includes(a.id) ? html`<td class="c">Phối hợp</td>` : html`<td></td>`;
    return html`<table><caption>${vi(feed.programme.title)}</caption>
      <thead><tr><th scope="col">Nhiệm vụ</th>${feed.agencies.map((a) => html`<th scope="col">${vi(a.short ?? a.name)}</th>`)}</tr></thead>
      <tbody>${feed.sections.map((section) => html`
        <tr class="sec"><th colspan=${feed.agencies.length + 1} scope="rowgroup">${section.number}. ${vi(section.title)}</th></tr>
        ${feed.tasks.filter((t) => t.section === section.id).map((task) => html`<tr><th scope="row">${task.number}. ${vi(task.title)}</th>${feed.agencies.map((a) => cell(task, a))}</tr>`)}`)}
      </tbody></table>`;
  }
}
customElements.define('floor-matrix', FloorMatrix);
