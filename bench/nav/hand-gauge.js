// The hand-written baseline for the gauge: per quantitative target an SVG arc (track, value,
// milestone ticks with year and value, the latest figure), its title, and one sentence for screen
// readers; the qualitative goals as a list. One string, one innerHTML.
import { escapeHtml as e, markDrawn, vi } from './drawn.js';

export const W = 240, H = 150, CX = 120, CY = 112, R = 84, A0 = Math.PI, A1 = 0;
export const pt = (a, r) => `${(CX + r * Math.cos(a)).toFixed(1)},${(CY - r * Math.sin(a)).toFixed(1)}`;
export const arc = (a, b) => `M${pt(a, R)}A${R},${R} 0 0 1 ${pt(b, R)}`;
export const UNIT = { percent: '%', ratio: '×' };

function gauge(t) {
  const latest = t.actuals?.at(-1);
  const max = Math.max(...t.milestones.map((m) => m.max ?? m.value), latest?.value ?? 0) * 1.15;
  const at = (v) => A0 + (A1 - A0) * Math.min(1, Math.max(0, v / max));
  const unit = UNIT[t.unit] ?? '';
  const ticks = t.milestones.map((m) => `<path class="t" d="M${pt(at(m.value), R - 12)}L${pt(at(m.value), R + 12)}"/><text class="ml" x="${pt(at(m.value), R + 22).split(',')[0]}" y="${pt(at(m.value), R + 22).split(',')[1]}">${m.year}: ${m.value}${unit}</text>`).join('');
  const sentence = `${vi(t.title)}: ${latest ? `${latest.value}${unit} (${latest.date})` : 'chưa có số liệu'}; mục tiêu ${t.milestones.map((m) => `${m.value}${unit} năm ${m.year}`).join(', ')}.`;
  return `<figure class="g"><figcaption>${e(vi(t.title))}</figcaption><svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${e(sentence)}">`
    + `<path class="bg" d="${arc(A0, A1)}"/>${latest ? `<path class="v" d="${arc(A0, at(latest.value))}"/>` : ''}${ticks}`
    + `<text class="val" x="${CX}" y="${CY}">${latest ? `${latest.value}${unit}` : '–'}</text></svg></figure>`;
}

async function main() {
  const root = document.getElementById('chart');
  const feed = await (await fetch(root.dataset.src)).json();
  const targets = feed.targets.filter((t) => t.kind !== 'qualitative');
  const goals = feed.targets.filter((t) => t.kind === 'qualitative');
  root.innerHTML = targets.map(gauge).join('')
    + (goals.length ? `<ul class="goals">${goals.map((g) => `<li>${e(vi(g.title))}</li>`).join('')}</ul>` : '');
  markDrawn();
}
// The Lit floor (lit-gauge.js) imports the geometry from here and has no #chart.
if (document.getElementById('chart')) main();
