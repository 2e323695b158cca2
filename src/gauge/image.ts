/**
 * The gauges as SVG elements for an image file (`tiendo render gauge --format svg|png`): the same
 * geometry as the live picture (picture.ts, from the layout), drawn with presentation attributes
 * instead of classes, each in a card with its title, status and goals wrapped in full. Qualitative
 * goals are listed under the cards with their assessment. Pure: layouts in, SVG text out.
 */
import type { TargetModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { n, textBlock, wrapText, xml, type ImagePart } from '../core/image-text.js';
import type { GaugeLayout, Label } from './layout.js';
import type { TargetStatus } from '../derive/progress.js';
import { targetStatusText } from '../derive/target-status.js';
import { goalsText, lowerNote, targetStatusLabel } from './describe.js';
import { gaugeText } from './messages.js';

export interface GaugeCard {
  target: TargetModel;
  layout: GaugeLayout;
}

const PAD = 12;
const GAP = 12;
const FONT = 13;
const LINE = 18;

/** Status → theme colour name, as styles.ts maps them. */
const TINT: Record<TargetStatus, string> = { achieved: 'done', 'on-track': 'in-progress', behind: 'delayed', 'not-achieved': 'overdue', unknown: 'planned', 'no-data': 'planned' };

/** `cards` laid out for pictures `columns` to a row; `goals`: the qualitative targets. */
export function gaugeImage(cards: readonly GaugeCard[], goals: readonly TargetModel[], columns: number, width: number, lang: Lang, c: Record<string, string>): ImagePart {
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  const out: string[] = [];
  let y = 0;
  for (let start = 0; start < cards.length; start += columns) {
    const row = cards.slice(start, start + columns).map((card) => cardContent(card, cardWidth, lang, c));
    const h = Math.max(...row.map((r) => r.height));
    row.forEach((r, i) => {
      const x = i * (cardWidth + GAP);
      out.push(`<g transform="translate(${n(x)} ${n(y)})"><rect x="0.5" y="0.5" width="${n(cardWidth - 1)}" height="${n(h - 1)}" rx="4" fill="${c.background}" stroke="${c.border}"/>${r.body}</g>`);
    });
    y += h + GAP;
  }
  if (goals.length) {
    out.push(`<text x="0" y="${n(y + FONT + 4)}" font-size="${FONT + 1}" font-weight="700" fill="${c.text}">${xml(gaugeText(lang, 'goals'))}</text>`);
    y += LINE + 12;
    for (const goal of goals) {
      const lines = wrapText(localText(goal.title, lang), width, FONT);
      const status = goal.status ? targetStatusText(lang, goal.status) : gaugeText(lang, 'noAssessment');
      out.push(textBlock(lines, 0, y + FONT, LINE, `font-size="${FONT}" fill="${c.text}"`),
        `<text x="0" y="${n(y + lines.length * LINE + FONT)}" font-size="12" font-weight="700" fill="${c[TINT[goal.status ?? 'unknown']]}">${xml(`○ ${status}`)}</text>`,
        `<line x1="0" x2="${n(width)}" y1="${n(y + lines.length * LINE + LINE + 8)}" y2="${n(y + lines.length * LINE + LINE + 8)}" stroke="${c.grid}"/>`);
      y += lines.length * LINE + LINE + 16;
    }
  }
  return { body: out.join(''), height: Math.ceil(Math.max(0, y - GAP)) };
}

function cardContent({ target, layout }: GaugeCard, width: number, lang: Lang, c: Record<string, string>): ImagePart {
  const inner = width - 2 * PAD;
  const tint = c[TINT[layout.progress.status]]!;
  const out: string[] = [];
  let y = PAD;
  const title = wrapText(localText(target.title, lang), inner, FONT, true);
  out.push(textBlock(title, PAD, y + FONT, LINE, `font-size="${FONT}" font-weight="700" fill="${c.text}"`));
  y += title.length * LINE + 6;
  const scale = Math.min(1, inner / layout.width);
  out.push(`<g transform="translate(${n(PAD + (inner - layout.width * scale) / 2)} ${n(y)}) scale(${n(scale)})">${picture(layout, tint, c)}</g>`);
  y += layout.height * scale + 6;
  const words = [
    ...(layout.progress.actual ? [{ text: targetStatusLabel(target, layout.progress, lang), colour: tint, bold: true }] : []),
    ...(target.milestones.length ? [{ text: `${gaugeText(lang, 'target')}${lowerNote(layout.progress, lang)}: ${goalsText(target, lang)}`, colour: c.text!, bold: false }] : []),
  ];
  for (const w of words) {
    const lines = wrapText(w.text, inner, 12, w.bold);
    out.push(textBlock(lines, PAD, y + 12, 16, `font-size="12" fill="${w.colour}"${w.bold ? ' font-weight="700"' : ''}`));
    y += lines.length * 16 + 4;
  }
  return { body: out.join(''), height: y + PAD };
}

/** picture.ts's drawing, with colours as attributes (an image file has no stylesheet). */
function picture(l: GaugeLayout, tint: string, c: Record<string, string>): string {
  const out = [`<path d="${l.track}" stroke-width="${l.band}" stroke="${c.grid}" fill="none"/>`];
  if (l.value) out.push(`<path d="${l.value.d}" stroke-width="${l.band}" stroke="${tint}" fill="none"/>`);
  for (const d of l.ranges) out.push(`<path d="${d}" stroke="${c.text}" stroke-width="3" fill="none"/>`);
  for (const t of l.ticks) {
    out.push(`<line x1="${n(t.x1)}" y1="${n(t.y1)}" x2="${n(t.x2)}" y2="${n(t.y2)}" stroke="${t.kind === 'baseline' ? c.muted : c.text}" stroke-width="2"${t.kind === 'baseline' ? ' stroke-dasharray="2 2"' : ''}/>`);
    if (t.label) out.push(label(t.label, c.text!));
  }
  if (l.marker) out.push(`<polygon points="${l.marker.points}" fill="${c.text}"/>`);
  for (const e of l.ends) out.push(label(e, c.muted!));
  const centre = l.centre;
  if (centre) {
    const first = centre.y - (centre.lines.length - 1) * (centre.size + 2);
    out.push(textBlock(centre.lines, centre.x, first, centre.size + 2, `text-anchor="middle" font-size="${centre.size}" font-weight="${centre.empty ? 400 : 700}" fill="${centre.empty ? c.muted : c.text}"`));
    if (centre.sub) out.push(`<text x="${n(centre.x)}" y="${n(centre.y + 14)}" text-anchor="middle" font-size="11" fill="${c.muted}">${xml(centre.sub)}</text>`);
  }
  return out.join('');
}

/** A label whose last line sits on `y`; with two lines the first is the year, in bold. */
function label(l: Label, colour: string): string {
  const first = l.y - (l.lines.length - 1) * 13;
  const spans = l.lines.map((line, i) => `<tspan x="${n(l.x)}" ${i === 0 ? `y="${n(first)}"` : 'dy="13"'}${i === 0 && l.lines.length > 1 ? ' font-weight="600"' : ''}>${xml(line)}</tspan>`).join('');
  return `<text text-anchor="${l.anchor}" font-size="11" fill="${colour}">${spans}</text>`;
}
