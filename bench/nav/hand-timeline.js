// The hand-written baseline for the timeline: what a careful webmaster would write without a
// library — fetch the feed, read each timeframe text with a few regular expressions, write one
// SVG string (section headings, task numbers and titles, bars, yearly marks, a year axis, today).
import { escapeHtml as e, markDrawn, vi } from './drawn.js';

const ROMAN = { I: 1, II: 2, III: 3, IV: 4 };
export const LABEL = 360, ROW = 26, HEAD = 30;

/** Timeframe text → [start, end] as fractional years, with a kind; `first`/`last` bound the chart. */
export function span(text, first, last, issued) {
  const q = /Quý\s+(IV|I{1,3})\/(\d{4})/i.exec(text);
  const years = [...text.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
  if (/h[àằ]ng năm/i.test(text)) return { kind: 'yearly', start: first, end: last + 1 };
  if (q) {
    const at = Number(q[2]) + (ROMAN[q[1].toUpperCase()] - 1) / 4;
    if (/^từ/i.test(text)) return { kind: 'open', start: at, end: last + 1 };
    return { kind: 'deadline', start: issued, end: at + 0.25 };
  }
  if (years.length >= 2) return { kind: 'window', start: years[0], end: years[1] + 1 };
  if (years.length === 1) return { kind: 'window', start: years[0], end: years[0] + 1 };
  return { kind: 'unknown', start: first, end: first };
}

/** The chart's years (fractional) and where a year falls on a chart `width` px wide. */
export function frame(feed, width) {
  const issued = Number(feed.programme.issued.slice(0, 4)) + (Number(feed.programme.issued.slice(5, 7)) - 1) / 12;
  const first = Number(feed.programme.issued.slice(0, 4));
  const last = feed.programme.horizon ?? first + 7;
  const x = (year) => LABEL + ((year - first) / (last + 1 - first)) * (width - LABEL - 8);
  return { issued, first, last, x };
}

async function main() {
  const root = document.getElementById('chart');
  const feed = await (await fetch(root.dataset.src)).json();
  const now = root.dataset.now;
  const width = root.clientWidth;
  const { issued, first, last, x } = frame(feed, width);
  let y = HEAD;
  let body = '';
  for (const section of feed.sections) {
    body += `<text class="sec" x="4" y="${y + 18}">${e(section.number)}. ${e(vi(section.title).slice(0, 110))}</text>`;
    y += ROW;
    for (const task of feed.tasks.filter((t) => t.section === section.id)) {
      const s = span(vi(task.timeframe), first, last, issued);
      const title = vi(task.title);
      body += `<text class="lab" x="4" y="${y + 17}"><title>${e(title)}</title>${e(task.number)}. ${e(title.length > 52 ? `${title.slice(0, 51)}…` : title)}</text>`;
      if (s.kind === 'yearly') {
        for (let year = first; year <= last; year++) body += `<rect class="yearly" x="${x(year) + 2}" y="${y + 6}" width="${x(year + 1) - x(year) - 4}" height="14"/>`;
      } else {
        body += `<rect class="bar ${s.kind}" x="${x(s.start)}" y="${y + 6}" width="${Math.max(2, x(s.end) - x(s.start))}" height="14"/>`;
      }
      y += ROW;
    }
  }
  let axis = '';
  for (let year = first; year <= last; year++) axis += `<line class="grid" x1="${x(year)}" x2="${x(year)}" y1="${HEAD - 6}" y2="${y}"/><text class="yr" x="${x(year) + 4}" y="${HEAD - 10}">${year}</text>`;
  const today = Number(now.slice(0, 4)) + (Number(now.slice(5, 7)) - 1) / 12;
  const todayLine = `<line class="today" x1="${x(today)}" x2="${x(today)}" y1="${HEAD - 6}" y2="${y}"/>`;
  root.innerHTML = `<svg width="${width}" height="${y + 4}" role="img" aria-label="${e(vi(feed.programme.title))}">${axis}${body}${todayLine}</svg>`;
  markDrawn();
}
// The Lit floor (lit-timeline.js) imports span() from here and has no #chart.
if (document.getElementById('chart')) main();
