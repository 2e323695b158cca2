/**
 * The timeline as SVG elements for an image file (`tiendo render timeline --format svg|png`): a
 * pure function of the layout, like the element's template, but drawn with `<text>` and shapes
 * only, so that librsvg, Inkscape, Illustrator and resvg show what a browser shows. Every title is
 * wrapped in full (an image has no tooltip); rows grow to hold it. Colours come from the theme's
 * defaults (`colours`), as presentation attributes: an image file has no stylesheet to inherit.
 */
import type { CalendarDate } from '../feed/calendar.js';
import type { TaskStatus } from '../feed/status.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import { n, textBlock, wrapText, xml, type ImagePart } from '../core/image-text.js';
import { deadlinePaths, type Mark } from './marks.js';
import { TRACK_PAD, type TimelineLayout } from './layout.js';
import { COLUMN_GAP, ROW_PADDING, STATUS_EM } from './sizes.js';
import { statusLabel } from '../derive/status.js';
import { whenText } from './when.js';
import { tt } from './messages.js';

const FONT = 14;
const SMALL = 12;
const LINE = 19;
const AXIS = 44;
const BAR = 14;

/** Status → theme colour name. */
const TINT: Record<TaskStatus, string> = {
  done: 'done', 'in-progress': 'in-progress', planned: 'planned', cancelled: 'planned', 'due-soon': 'due-soon',
  delayed: 'delayed', overdue: 'overdue', 'no-report': 'no-report', undated: 'muted',
};

/** `width`: the chart width `l` was laid out for. */
export function timelineImage(l: TimelineLayout, width: number, lang: Lang, now: CalendarDate, colours: Record<string, string>): ImagePart {
  const c = colours;
  const trackX = width - l.trackWidth + TRACK_PAD;
  const labelWidth = l.stacked ? width - 2 * ROW_PADDING : width - l.trackWidth - COLUMN_GAP - ROW_PADDING - (l.statusColumn ? STATUS_EM * FONT + COLUMN_GAP : 0);
  const out: string[] = [];
  const lines: string[] = [];
  let y = AXIS;

  for (const row of l.rows) {
    if (row.type === 'section') {
      const title = `${row.section.number ? `${row.section.number}. ` : ''}${localText(row.section.title, lang)}`;
      const text = wrapText(title, width - 2 * ROW_PADDING, FONT, true);
      const h = text.length * LINE + 14;
      out.push(`<rect x="0" y="${n(y)}" width="${width}" height="${n(h)}" fill="${c.surface}"/>`,
        textBlock(text, ROW_PADDING, y + 7 + FONT, LINE, `font-weight="700" font-size="${FONT}" fill="${c.text}"`),
        `<line x1="0" x2="${width}" y1="${n(y + h - 0.5)}" y2="${n(y + h - 0.5)}" stroke="${c.grid}"/>`);
      y += h;
      continue;
    }
    const { task, status } = row;
    const tint = c[TINT[status.status]]!;
    const title = wrapText(localText(task.title, lang), labelWidth - 30, FONT);
    const state = statusLabel(status, lang, task.progress);
    const titleHeight = title.length * LINE;
    let h: number;
    let barY: number;
    out.push(`<text x="${ROW_PADDING + 22}" y="${n(y + 8 + FONT)}" text-anchor="end" font-size="${FONT}" fill="${c.muted}">${xml(task.number)}</text>`,
      textBlock(title, ROW_PADDING + 30, y + 8 + FONT, LINE, `font-size="${FONT}" fill="${c.text}"`));
    if (l.stacked) {
      const when = `${state} · ${whenText(task, lang)}`;
      const small = wrapText(when, labelWidth - 30, SMALL);
      out.push(textBlock(small, ROW_PADDING + 30, y + 8 + titleHeight + SMALL, 16, `font-size="${SMALL}" fill="${c.muted}"`));
      barY = y + 8 + titleHeight + small.length * 16 + 18; // room for the deadline pennant above the bar
      h = barY - y + 16;
    } else {
      const stateLines = l.statusColumn ? wrapText(state, STATUS_EM * FONT, SMALL) : [];
      h = Math.max(l.rowHeight, titleHeight + 16, stateLines.length * 16 + 16);
      barY = y + h / 2;
      if (l.statusColumn) out.push(textBlock(stateLines, ROW_PADDING + labelWidth + COLUMN_GAP, y + (h - stateLines.length * 16) / 2 + SMALL, 16, `font-size="${SMALL}" fill="${c.text}"`));
    }
    // Stacked, the title runs the full width: the year and today lines keep to the bar's band under it.
    lines.push(`<g transform="translate(0 ${n(y)})">${rowLines(l, l.stacked ? barY - y - 12 : 0, h, trackX, c)}</g>`);
    out.push(`<g transform="translate(${n(trackX)} ${n(barY)})">${task.schedule ? row.marks.map((m) => mark(m, l.scale.width, tint, status.status, c)).join('') : lane(whenText(task, lang), tt(lang, 'noFixedDate'), l.scale.width, c)}</g>`,
      `<line x1="0" x2="${width}" y1="${n(y + h - 0.5)}" y2="${n(y + h - 0.5)}" stroke="${c.grid}"/>`);
    y += h;
  }
  const body = `<g font-size="${FONT}">${lines.join('')}${axis(l, now, lang, trackX, c)}${out.join('')}${l.stacked ? '' : todayLine(l, trackX, AXIS - 8, y, c)}</g>`;
  return { body: `${defs(c)}${body}`, height: y };
}

function rowLines(l: TimelineLayout, top: number, h: number, trackX: number, c: Record<string, string>): string {
  const years = l.axis.years.filter((p, i) => i > 0 && (p.label || l.axis.yearStep === 1));
  const grid = years.map((p) => `<line x1="${n(trackX + p.x0)}" x2="${n(trackX + p.x0)}" y1="${n(top)}" y2="${n(h)}" stroke="${c.grid}"/>`).join('');
  return l.stacked ? grid + todayLine(l, trackX, top, h, c) : grid;
}

function axis(l: TimelineLayout, now: CalendarDate, lang: Lang, x: number, c: Record<string, string>): string {
  const a = l.axis;
  const years = a.years.map((p) => {
    const named = a.yearStep === 1 ? p.x1 - p.x0 >= 34 : p.label;
    return named ? `<text x="${n(x + (a.yearStep === 1 ? (p.x0 + p.x1) / 2 : p.x0 + 3))}" y="34" font-size="${SMALL}" font-weight="700" fill="${c.text}"${a.yearStep === 1 ? ' text-anchor="middle"' : ''}>${p.year}</text>` : '';
  });
  const today = a.today === null ? '' : (() => {
    const w = l.scale.width;
    const anchor = a.today! < 60 ? 'start' : a.today! > w - 60 ? 'end' : 'middle';
    return `<text x="${n(x + a.today!)}" y="14" text-anchor="${anchor}" font-size="11" font-weight="700" fill="${c.today}">${xml(`${tt(lang, 'today')} ${formatDate(now, lang)}`)}</text>`;
  })();
  return `<line x1="0" x2="${n(x + l.scale.width + TRACK_PAD)}" y1="${AXIS - 0.5}" y2="${AXIS - 0.5}" stroke="${c.border}"/>${years.join('')}${today}`;
}

function todayLine(l: TimelineLayout, x: number, top: number, bottom: number, c: Record<string, string>): string {
  const t = l.axis.today;
  return t === null ? '' : `<line x1="${n(x + t)}" x2="${n(x + t)}" y1="${top}" y2="${n(bottom)}" stroke="${c.today}" stroke-width="2"/>`;
}

/** Hatching and dots for the statuses that must read without colour, as on screen. */
function defs(c: Record<string, string>): string {
  const hatch = (id: string, colour: string, d: string) =>
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${colour}" fill-opacity="0.2"/><path d="${d}" stroke="${colour}" stroke-width="2"/></pattern>`;
  return `<defs>${hatch('tl-overdue', c.overdue!, 'M0 0v6M3 0v6')}${hatch('tl-delayed', c.delayed!, 'M0 0v6')}<pattern id="tl-no-report" patternUnits="userSpaceOnUse" width="5" height="5"><rect width="5" height="5" fill="${c['no-report']}" fill-opacity="0.2"/><circle cx="2.5" cy="2.5" r="1" fill="${c['no-report']}"/></pattern></defs>`;
}

const PATTERN: Partial<Record<TaskStatus, string>> = { overdue: 'url(#tl-overdue)', delayed: 'url(#tl-delayed)', 'no-report': 'url(#tl-no-report)' };

function mark(m: Mark, width: number, tint: string, status: TaskStatus, c: Record<string, string>): string {
  const top = -BAR / 2;
  const fill = PATTERN[status] ?? tint;
  const opacity = PATTERN[status] || status === 'done' ? 1 : status === 'planned' ? 0.12 : 0.3;
  switch (m.kind) {
    case 'bar':
      return `<rect x="${n(m.x0)}" y="${top}" width="${n(Math.max(1, m.x1 - m.x0))}" height="${BAR}" rx="3" fill="${fill}" fill-opacity="${opacity}" stroke="${tint}" stroke-width="1.5"${m.inferred ? ' stroke-dasharray="3 2"' : ''}/>`;
    case 'occurrence': {
      const gap = Math.min(1.5, (m.x1 - m.x0) * 0.2);
      return `<rect x="${n(m.x0 + gap)}" y="${top}" width="${n(Math.max(1, m.x1 - m.x0 - 2 * gap))}" height="${BAR}" rx="2" fill="${fill}" fill-opacity="${opacity}" stroke="${tint}" stroke-width="1.5"/>`;
    }
    case 'band':
      return `<rect x="${n(m.x0)}" y="${top - 2}" width="${n(m.x1 - m.x0)}" height="${BAR + 4}" fill="${tint}" fill-opacity="0.2"/><line x1="${n(m.x0)}" x2="${n(m.x1)}" y1="0" y2="0" stroke="${tint}" stroke-width="2.5"/>`;
    case 'progress':
      return `<rect x="${n(m.x0)}" y="${top}" width="${n(m.x1 - m.x0)}" height="${BAR}" rx="3" fill="${tint}"/>`;
    case 'deadline': {
      const { post, flag } = deadlinePaths(Number(n(m.x)), top, BAR);
      return `<path d="${post}" fill="none" stroke="${c.text}" stroke-width="2"/><path d="${flag}" fill="${c.text}"/>`;
    }
    case 'open-end':
      return `<path d="M${n(m.x)} ${top - 3}l7 ${BAR / 2 + 3}l-7 ${BAR / 2 + 3}z" fill="${tint}"/>`;
    case 'milestone':
      return `<path d="M${n(m.x)} -7l7 7l-7 7l-7-7z" fill="${m.done ? c.text : c.background}" stroke="${c.text}" stroke-width="1.5"/>`;
    case 'outside': {
      const x = m.side === 'before' ? 0 : width;
      const d = m.side === 'before' ? `M${x + 10} -6l-6 6l6 6M${x + 16} -6l-6 6l6 6` : `M${x - 10} -6l6 6l-6 6M${x - 16} -6l6 6l-6 6`;
      return `<path d="${d}" fill="none" stroke="${c.muted}" stroke-width="1.5"/>`;
    }
  }
}

/** A task with no fixed date: its words in a dashed lane, as on screen. */
function lane(words: string, name: string, width: number, c: Record<string, string>): string {
  const text = wrapText(`${name}: ${words}`, width - 16, SMALL, false, 1);
  return `<rect x="0" y="-10" width="${n(width)}" height="20" rx="4" fill="${c.surface}" stroke="${c.muted}" stroke-dasharray="4 3"/>${textBlock(text, 8, 4, 14, `font-size="${SMALL}" font-style="italic" fill="${c.text}"`)}`;
}
