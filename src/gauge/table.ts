/**
 * The numbers behind the picture, as a real table in a disclosure (one tab stop, native keyboard):
 * for one target its baseline, every reported figure, the path and each milestone; for all
 * targets one row each.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TargetModel } from '../feed/model.js';
import { localText, type Lang, type Params } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import type { Progress } from '../derive/progress.js';
import { comparatorOf } from '../derive/progress.js';
import { gaugeText } from './messages.js';
import { targetStatusText } from '../derive/target-status.js';
import { baseUnstated, fromText, goalsText, targetStatusLabel } from './describe.js';
import { formatGoal, formatValue, milestoneWhen } from './units.js';

interface Row {
  head: string;
  when: string;
  value: string;
  note: string;
}

/**
 * When the rows are built: `ready` once the cards are on screen (core/idle.ts), when the reader
 * opens the disclosure first (`onToggle`), or at once for static output. Until then the
 * disclosure holds only its summary: the first render of 22 gauges draws the gauges alone.
 */
export interface TableOptions {
  ready: boolean;
  onToggle?: (event: Event) => void;
}

interface Parts {
  caption: string;
  head: TemplateResult;
  body: TemplateResult;
}

/** The same `<details>` before and after the rows come, so that its open state stays. */
function wrap(lang: Lang, options: TableOptions, table: () => Parts): TemplateResult {
  const t = options.ready ? table() : undefined;
  return html`<details class="data" part="table" @toggle=${options.onToggle}>
    <summary>${gaugeText(lang, 'table')}</summary>
    ${t
      ? html`<div class="scroll">
          <table>
            <caption>${t.caption}</caption>
            <thead>${t.head}</thead>
            <tbody>${t.body}</tbody>
          </table>
        </div>`
      : nothing}
  </details>`;
}

/** Baseline, figures, path, milestones and assessment of one target, in time order. */
export function renderTargetTable(target: TargetModel, progress: Progress, lang: Lang, options: TableOptions): TemplateResult {
  return wrap(lang, options, () => targetTable(target, progress, lang));
}

function targetTable(target: TargetModel, progress: Progress, lang: Lang): Parts {
  const t = (k: Parameters<typeof gaugeText>[1], p?: Params) => gaugeText(lang, k, p);
  const rows: Row[] = [];
  const b = target.baseline;
  if (b) rows.push({ head: t('baseline'), when: b.date ? formatDate(b.date, lang) : String(b.year ?? ''), value: formatValue(b.value, target, lang), note: localText(b.source, lang) });
  for (const a of target.actuals) {
    rows.push({ head: t('actual'), when: formatDate(a.date, lang), value: formatValue(a.value, target, lang), note: localText(a.source, lang) });
  }
  if (progress.expected !== undefined && progress.actual && progress.milestone) {
    rows.push({
      head: t('path'),
      when: formatDate(progress.actual.date, lang),
      value: formatValue(progress.expected, target, lang),
      note: t('pathLine', { from: fromText(progress, lang), to: t('fromMilestone', { when: milestoneWhen(progress.milestone, lang) }) }),
    });
  }
  for (const m of target.milestones) {
    rows.push({ head: t('target'), when: milestoneWhen(m, lang), value: formatGoal(m, comparatorOf(target, m), target, lang, 'long'), note: localText(m.text, lang) });
  }
  const assessment = target.actuals.length ? targetStatusLabel(target, progress, lang) : targetStatusText(lang, 'no-data');
  return {
    caption: localText(target.title, lang),
    head: html`<tr><td></td><th scope="col">${t('when')}</th><th scope="col">${t('value')}</th><th scope="col">${t('note')}</th></tr>`,
    body: html`${rows.map((r) => html`<tr><th scope="row">${r.head}</th><td>${r.when}</td><td class="num">${r.value}</td><td>${r.note}</td></tr>`)}
      <tr><th scope="row">${t('assessment')}</th><td colspan="3">${assessment}</td></tr>
      ${target.note ? html`<tr><th scope="row">${t('note')}</th><td colspan="3">${localText(target.note, lang)}</td></tr>` : nothing}`,
  };
}

/** One row per target: latest figure and its date, baseline, milestones, assessment. */
export function renderTargetsTable(targets: () => ReadonlyArray<{ target: TargetModel; progress: Progress }>, lang: Lang, options: TableOptions): TemplateResult {
  const t = (k: Parameters<typeof gaugeText>[1]) => gaugeText(lang, k);
  return wrap(lang, options, () => ({
    caption: t('targets'),
    head: html`<tr><th scope="col">${t('target')}</th><th scope="col">${t('latest')}</th><th scope="col">${t('baseline')}</th><th scope="col">${t('milestones')}</th><th scope="col">${t('assessment')}</th><th scope="col">${t('note')}</th></tr>`,
    body: html`${targets().map(({ target, progress }) => {
      const a = progress.actual;
      const b = target.baseline;
      return html`<tr data-target=${target.id}>
        <th scope="row">${localText(target.title, lang)}</th>
        <td class="num">${a ? html`${formatValue(a.value, target, lang)} <span class="when">(${formatDate(a.date, lang)})</span>` : target.kind === 'qualitative' ? '—' : t('noData')}</td>
        <td class="num">${b ? `${formatValue(b.value, target, lang)}${b.year ? ` (${b.year})` : ''}` : baseUnstated(target) ? t('baseNotStated') : '—'}</td>
        <td>${goalsText(target, lang) || '—'}</td>
        <td>${target.kind === 'qualitative' && !target.status ? t('noAssessment') : targetStatusLabel(target, progress, lang)}</td>
        <td>${localText(target.note, lang)}</td>
      </tr>`;
    })}`,
  }));
}
