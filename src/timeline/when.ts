/**
 * A task's timeframe in the reader's language. Vietnamese readers get the document's own words
 * ("Xong trong Quý III/2023"); English readers get their reading ("by end of Q3 2023"), with the
 * document's words one step away — in the details and the table, "as written: …".
 */
import { html, type TemplateResult } from 'lit';
import type { TaskModel } from '../feed/model.js';
import { timeframeInEnglish } from '../feed/timeframe-english.js';
import type { Lang } from '../derive/lang.js';
import { tt } from './messages.js';

/** The reading, or undefined when the reader's language is the document's (or no reading exists). */
export function reading(task: TaskModel, lang: Lang): string | undefined {
  return lang === 'vi' ? undefined : timeframeInEnglish(task.timeframe);
}

/**
 * For a row: the reading, else the words as written, marked as Vietnamese when the widget is not
 * (a plain string otherwise: the frame already says `lang="vi"`, and a row uses this twice).
 */
export function whenShort(task: TaskModel, lang: Lang): TemplateResult | string {
  return reading(task, lang) ?? (lang === 'vi' ? task.timeframe.raw : html`<span lang="vi">${task.timeframe.raw}</span>`);
}

/** As plain text (tooltips): the reading, else the words as written. */
export function whenText(task: TaskModel, lang: Lang): string {
  return reading(task, lang) ?? task.timeframe.raw;
}

/** For the details and the table: the reading, then "as written: “…”" — or just the words in Vietnamese. */
export function whenFull(task: TaskModel, lang: Lang): TemplateResult {
  const read = reading(task, lang);
  return read
    ? html`${read} <span class="as-written">(${tt(lang, 'asWritten')}: <q lang="vi">${task.timeframe.raw}</q>)</span>`
    : html`<q lang="vi">${task.timeframe.raw}</q>`;
}
