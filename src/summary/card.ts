/**
 * The summary card's template. A screen reader hears the one sentence (describe.ts); the visual
 * pieces, which repeat it, are hidden from it — except the link to the full page.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ProgrammeModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import { SCHEDULE_ORDER, type Count, type Summary } from './summarize.js';
import type { TargetLine } from './target-line.js';
import { actualText, goalText, reportedLine, summarySentence, unreportedLine } from './describe.js';
import { REPORTED_WORDS, SCHEDULE_WORDS, summaryText as t } from './messages.js';
import { unbroken } from '../core/unbroken.js';

export interface CardOptions {
  lang: Lang;
  /** A safe href to the full page, if the page or the embed gives one. */
  href?: string | null;
  /** How many passed deadlines to name before "+ n". */
  passedShown: number;
}

export function renderCard(model: ProgrammeModel, summary: Summary, lines: TargetLine[], { lang, href, passedShown }: CardOptions): TemplateResult {
  const p = model.programme;
  const issuer = localText(p.issuer, lang);
  return html`<article class="summary" part="summary" aria-label=${t(lang, 'label')}>
    <p class="sr-only">${summarySentence(model, summary, lines, lang, passedShown)}</p>
    <div aria-hidden="true">
      <p class="eyebrow" part="programme">${p.symbol}${issuer ? ` · ${issuer}` : ''} · ${formatDate(p.issued, lang)}</p>
      <p class="title" part="title">${unbroken(localText(p.title, lang))}</p>
      ${renderTally(summary, lang)}
      <div class="columns">${renderDeadlines(summary, lang, passedShown)} ${lines.length ? renderTargets(lines, lang) : nothing}</div>
      <p class="as-of" part="as-of">${model.meta.asOf ? t(lang, 'asOf', { date: formatDate(model.meta.asOf, lang) }) : t(lang, 'noAsOf')}</p>
    </div>
    ${href ? html`<a class="more" part="link" href=${href}>${t(lang, 'more')} <span aria-hidden="true">→</span></a>` : nothing}
  </article>`;
}

function renderTally(summary: Summary, lang: Lang): TemplateResult {
  const chips = <K extends string>(counts: Array<Count<K>>, words: Record<K, string>, prefix: string) =>
    counts.map((c, i) => html`<span class="chip"><i class="swatch ${prefix}-${c.kind}"></i>${c.count} ${words[c.kind]}${i < counts.length - 1 ? ',' : ''}</span> `);
  const { reported, unreported } = summary;
  return html`<div class="tally" part="tally">
    <p class="total"><strong>${summary.total}</strong> ${t(lang, 'tasks', { n: summary.total }).replace(/^\d+\s*/, '')}</p>
    ${renderBar(summary)}
    <p class="line" part="reported">
      <span class="head">${reported.total ? `${t(lang, 'reported', { n: reported.total })}:` : reportedLine(summary, lang)}</span>
      ${chips(reported.counts, REPORTED_WORDS[lang], 'r')}
    </p>
    ${unreported.total
      ? html`<p class="line" part="unreported">
          <span class="head">${t(lang, 'unreported', { n: unreported.total })}${unreported.counts.length > 1 ? `, ${t(lang, 'among')}` : ':'}</span>
          ${chips(unreported.counts, SCHEDULE_WORDS[lang], 's')}
        </p>`
      : html`<p class="line" part="unreported">${unreportedLine(summary, lang)}</p>`}
  </div>`;
}

/**
 * One bar, reported work solid on the left, unreported work hatched on the right, a gap between.
 * SVG with percentage geometry: widths as attributes, never a style attribute (strict CSP).
 */
function renderBar(summary: Summary): TemplateResult {
  const { reported, unreported, total } = summary;
  const gap = reported.total && unreported.total ? 1.5 : 0;
  const unit = total ? (100 - gap) / total : 0;
  let x = 0;
  const rect = (cls: string, count: number) => {
    const r = svg`<rect class=${cls} x="${x.toFixed(2)}%" y="0" width="${(count * unit).toFixed(2)}%" height="100%"></rect>`;
    x += count * unit;
    return r;
  };
  const solid = reported.counts.map((c) => rect(`segment r-${c.kind}`, c.count));
  x += gap;
  const hatched = unreported.counts.map((c) => rect(`segment s-${c.kind}`, c.count));
  return html`<svg class="bar" part="bar" aria-hidden="true" focusable="false">
    <defs>
      ${SCHEDULE_ORDER.map((kind) => svg`<pattern id="hatch-${kind}" class="hatch s-${kind}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"></rect><line x1="0" y1="0" x2="0" y2="6"></line></pattern>`)}
    </defs>
    ${solid}${hatched}
  </svg>`;
}

function renderDeadlines(summary: Summary, lang: Lang, passedShown: number): TemplateResult {
  const { next, passed } = summary;
  const rest = passed.length - passedShown;
  return html`<div class="deadlines" part="deadlines">
    <p class="head">${t(lang, 'next')}</p>
    ${next.length
      ? html`<ul class="next">
          ${next.map((d) => html`<li><span class="date">${formatDate(d.due, lang)}</span> <span class="number">${t(lang, 'taskShort', { n: d.task.number })}</span> <span class="what">${localText(d.task.title, lang)}</span></li>`)}
        </ul>`
      : html`<p class="none">${t(lang, 'noNext')}</p>`}
    ${passed.length
      ? html`<p class="head passed-head">${t(lang, 'passed', { n: passed.length })}</p>
          <p class="passed" part="passed">
            ${passed.slice(0, passedShown).map((d, i) => html`${i ? ' · ' : ''}<span class="passed-item">${t(lang, 'taskShort', { n: d.task.number })} (${formatDate(d.due, lang)})</span>`)}${rest > 0 ? ` · +${rest}` : ''}
          </p>`
      : nothing}
  </div>`;
}

function renderTargets(lines: TargetLine[], lang: Lang): TemplateResult {
  return html`<div class="targets" part="targets">
    <p class="head">${t(lang, 'targets')}</p>
    <ul>
      ${lines.map((line) => html`<li data-target=${line.target.id}>
        <span class="t-title">${localText(line.target.title, lang)}</span>
        <span class="t-figures"><span class="t-value ${line.latest ? '' : 'no-data'}">${actualText(line, lang)}</span>${line.milestone ? html` <span class="arrow">→</span> <span class="t-goal">${goalText(line, lang)}</span>` : nothing}${line.met ? html` <span class="t-met">✓ ${t(lang, 'met')}</span>` : nothing}</span>
      </li>`)}
    </ul>
  </div>`;
}
