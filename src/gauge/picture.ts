/**
 * The SVG for a gauge layout. Presentation attributes and classes only (strict CSP: no `style=`),
 * every text node from the layout (feed text is always text). Hidden from screen readers: the
 * card's sentence says all of it.
 */
import { svg, nothing, type TemplateResult } from 'lit';
import type { GaugeLayout, Label } from './layout.js';

export function renderPicture(layout: GaugeLayout): TemplateResult {
  const { width, height, band, value, marker, centre } = layout;
  return svg`<svg part="picture" class="picture" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true" focusable="false">
    <path part="track" class="track" d=${layout.track} stroke-width=${band}></path>
    ${value ? svg`<path part="value" class="value" d=${value.d} stroke-width=${band} pathLength="1"></path>` : nothing}
    ${layout.ranges.map((d) => svg`<path part="range" class="range" d=${d}></path>`)}
    ${layout.ticks.map(
      (t) => svg`<line part=${t.kind} class=${`tick ${t.kind}${t.met ? ' met' : ''}`} x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}></line>
        ${t.label ? renderLabel(t.label, 'tick-label') : nothing}`,
    )}
    ${marker ? svg`<polygon part="path" class="marker" points=${marker.points}></polygon>` : nothing}
    ${layout.ends.map((l) => renderLabel(l, 'end'))}
    ${centre
      ? svg`<text class=${centre.empty ? 'centre empty' : 'centre'} x=${centre.x} y=${centre.y} text-anchor="middle" font-size=${centre.size}>${centre.lines.length === 1
          ? centre.lines[0]
          : centre.lines.map((line, i) => svg`<tspan x=${centre.x} dy=${i === 0 ? -(centre.lines.length - 1) * (centre.size + 2) : centre.size + 2}>${line}</tspan>`)}</text>${centre.sub
          ? svg`<text class="centre-unit" x=${centre.x} y=${centre.y + 14} text-anchor="middle">${centre.sub}</text>`
          : nothing}`
      : nothing}
  </svg>`;
}

/**
 * A label of one or more lines whose last line sits on `y`; the first line is the year. One line
 * is the text itself: no tspan (a card of 22 gauges is 44 elements fewer).
 */
function renderLabel(label: Label, cls: string): TemplateResult {
  const n = label.lines.length;
  if (n === 1) return svg`<text class=${cls} x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.lines[0]}</text>`;
  return svg`<text class=${cls} x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.lines.map(
    (line, i) => svg`<tspan x=${label.x} dy=${i === 0 ? -(n - 1) * 13 : 13} class=${i === 0 && n > 1 ? 'year' : ''}>${line}</tspan>`,
  )}</text>`;
}
