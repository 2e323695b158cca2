/**
 * The SVG for a gauge layout. Presentation attributes and classes only (strict CSP: no `style=`),
 * every text node from the layout (feed text is always text). The SVG is the card's image for a
 * screen reader: `role="img"` named by the card's one sentence, which says all it draws.
 *
 * Lean on purpose (a page may hold a thousand cards, and each element is styled and laid out):
 * the milestone ticks are one path, the baseline another; a label of two lines is one `<text>`
 * (the year) and one `<tspan>` (the goal); no whitespace between the elements.
 */
import { svg, nothing, type TemplateResult } from 'lit';
import type { GaugeLayout, Label, Tick } from './layout.js';
import { round } from './geometry.js';

/** Tick marks of one kind as one path: "M x1,y1 L x2,y2" for each. */
export function ticksPath(ticks: readonly Tick[], kind: Tick['kind']): string {
  return ticks
    .filter((t) => t.kind === kind)
    .map((t) => `M${round(t.x1)},${round(t.y1)}L${round(t.x2)},${round(t.y2)}`)
    .join('');
}

export function renderPicture(layout: GaugeLayout, sentence: string): TemplateResult {
  const { width, height, band, value, marker, centre } = layout;
  const milestones = ticksPath(layout.ticks, 'milestone');
  const baseline = ticksPath(layout.ticks, 'baseline');
  // No text between the elements: each would be one more node to clone (line breaks sit inside `${}`).
  return svg`<svg part="picture" class="picture" viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img" aria-label=${sentence} focusable="false"><path part="track" class="track" d=${layout.track} stroke-width=${band}></path>${
    value ? svg`<path part="value" class="value" d=${value.d} stroke-width=${band} pathLength="1"></path>` : nothing}${
    layout.ranges.map((d) => svg`<path part="range" class="range" d=${d}></path>`)}${
    baseline ? svg`<path part="baseline" class="tick baseline" d=${baseline}></path>` : nothing}${
    milestones ? svg`<path part="milestone" class="tick milestone" d=${milestones}></path>` : nothing}${
    layout.ticks.map((t) => (t.label ? renderLabel(t.label, 'tick-label', 13) : nothing))}${
    marker ? svg`<polygon part="path" class="marker" points=${marker.points}></polygon>` : nothing}${
    layout.ends.map((l) => renderLabel(l, 'end', 13))}${
    centre ? renderLabel(centre, centre.empty ? 'centre empty' : 'centre', centre.size + 2, centre.size) : nothing}${
    centre?.sub ? svg`<text class="centre-unit" x=${centre.x} y=${centre.y + 14} text-anchor="middle">${centre.sub}</text>` : nothing
  }</svg>`;
}

/**
 * A label whose last line sits on `y`. One line is the text itself; two are the text (the first
 * line: a milestone's year, in bold) and a tspan under it — never a tspan per line.
 */
function renderLabel(label: Label, cls: string, line: number, size?: number): TemplateResult {
  const [first, ...rest] = label.lines;
  const top = round(label.y - rest.length * line);
  return svg`<text class=${rest.length ? `${cls} lines` : cls} x=${label.x} y=${top} text-anchor=${label.anchor} font-size=${size ?? nothing}>${first}${rest.map((text, i) => svg`<tspan x=${label.x} y=${round(top + (i + 1) * line)}>${text}</tspan>`)}</text>`;
}
