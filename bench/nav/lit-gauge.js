// The Lit floor for the gauge (see lit-floor.js): hand-gauge.js's arcs, through Lit templates.
import { css, html, svg } from 'lit';
import { FloorElement } from './lit-floor.js';
import { vi } from './drawn.js';
import { A0, A1, arc, CX, CY, H, pt, R, UNIT, W } from './hand-gauge.js';

function gauge(t) {
  const latest = t.actuals?.at(-1);
  const max = Math.max(...t.milestones.map((m) => m.max ?? m.value), latest?.value ?? 0) * 1.15;
  const at = (v) => A0 + (A1 - A0) * Math.min(1, Math.max(0, v / max));
  const unit = UNIT[t.unit] ?? '';
  const sentence = `${vi(t.title)}: ${latest ? `${latest.value}${unit} (${latest.date})` : 'chưa có số liệu'}; mục tiêu ${t.milestones.map((m) => `${m.value}${unit} năm ${m.year}`).join(', ')}.`;
  return html`<figure class="g"><figcaption>${vi(t.title)}</figcaption>
    <svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} role="img" aria-label=${sentence}>
      <path class="bg" d=${arc(A0, A1)}/>${latest ? svg`<path class="v" d=${arc(A0, at(latest.value))}/>` : ''}
      ${t.milestones.map((m) => {
        const [lx, ly] = pt(at(m.value), R + 22).split(',');
        return svg`<path class="t" d="M${pt(at(m.value), R - 12)}L${pt(at(m.value), R + 12)}"/><text class="ml" x=${lx} y=${ly}>${m.year}: ${m.value}${unit}</text>`;
      })}
      <text class="val" x=${CX} y=${CY}>${latest ? `${latest.value}${unit}` : '–'}</text>
    </svg></figure>`;
}

class FloorGauge extends FloorElement {
  static styles = css`
    :host { display: block; font: 13px/1.4 system-ui, sans-serif; color: #222; }
    text { font: 12px system-ui, sans-serif; fill: #333; }
    .g { display: inline-block; margin: 4px; width: 240px; vertical-align: top; }
    path { fill: none; }
    .bg { stroke: #e6e6e6; stroke-width: 18; }
    .v { stroke: #3b6fb6; stroke-width: 18; }
    .t { stroke: #c0392b; stroke-width: 3; }
    .g text { text-anchor: middle; }
    .g .val { font-size: 26px; font-weight: 600; }
  `;

  draw(feed) {
    const goals = feed.targets.filter((t) => t.kind === 'qualitative');
    return html`${feed.targets.filter((t) => t.kind !== 'qualitative').map(gauge)}
      ${goals.length ? html`<ul class="goals">${goals.map((g) => html`<li>${vi(g.title)}</li>`)}</ul>` : ''}`;
  }
}
customElements.define('floor-gauge', FloorGauge);
