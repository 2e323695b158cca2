// The Lit floor for the timeline (see lit-floor.js): hand-timeline.js's SVG, through Lit templates.
import { css, html, svg } from 'lit';
import { FloorElement } from './lit-floor.js';
import { vi } from './drawn.js';
import { frame, HEAD, ROW, span } from './hand-timeline.js';

class FloorTimeline extends FloorElement {
  static styles = css`
    :host { display: block; font: 13px/1.4 system-ui, sans-serif; color: #222; }
    text { font: 12px system-ui, sans-serif; fill: #333; }
    .sec { font-weight: 600; }
    .bar, .yearly { fill: #3b6fb6; }
    .open { fill: #7a9fd4; }
    .yearly { fill: #9bb7df; }
    .grid { stroke: #e4e4e4; }
    .today { stroke: #c0392b; stroke-width: 2; }
  `;

  draw(feed) {
    const now = this.getAttribute('now');
    const width = this.clientWidth;
    const { issued, first, last, x } = frame(feed, width);
    let y = HEAD;
    const rows = [];
    for (const section of feed.sections) {
      rows.push(svg`<text class="sec" x="4" y=${y + 18}>${section.number}. ${vi(section.title).slice(0, 110)}</text>`);
      y += ROW;
      for (const task of feed.tasks.filter((t) => t.section === section.id)) {
        const s = span(vi(task.timeframe), first, last, issued);
        const title = vi(task.title);
        const years = [];
        if (s.kind === 'yearly') for (let year = first; year <= last; year++) years.push(year);
        rows.push(svg`<text class="lab" x="4" y=${y + 17}><title>${title}</title>${task.number}. ${title.length > 52 ? `${title.slice(0, 51)}…` : title}</text>
          ${s.kind === 'yearly'
            ? years.map((year) => svg`<rect class="yearly" x=${x(year) + 2} y=${y + 6} width=${x(year + 1) - x(year) - 4} height="14"/>`)
            : svg`<rect class="bar ${s.kind}" x=${x(s.start)} y=${y + 6} width=${Math.max(2, x(s.end) - x(s.start))} height="14"/>`}`);
        y += ROW;
      }
    }
    const axis = [];
    for (let year = first; year <= last; year++) axis.push(svg`<line class="grid" x1=${x(year)} x2=${x(year)} y1=${HEAD - 6} y2=${y}/><text class="yr" x=${x(year) + 4} y=${HEAD - 10}>${year}</text>`);
    const today = x(Number(now.slice(0, 4)) + (Number(now.slice(5, 7)) - 1) / 12);
    return html`<svg width=${width} height=${y + 4} role="img" aria-label=${vi(feed.programme.title)}>${axis}${rows}<line class="today" x1=${today} x2=${today} y1=${HEAD - 6} y2=${y}/></svg>`;
  }
}
customElements.define('floor-timeline', FloorTimeline);
