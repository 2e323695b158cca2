/**
 * The gauge in words: the one sentence a screen reader reads for a gauge (value, date, target,
 * comparator, milestone years, status), and the short lines printed under the picture. Pure.
 */
import type { TargetModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import { gaugeText } from './messages.js';
import { targetStatusText } from '../derive/target-status.js';
import { comparatorOf, type Progress } from '../derive/progress.js';
import { formatGoal, formatValue, milestoneBy, milestoneWhen } from './units.js';

/**
 * "khoảng 7% đến năm 2030; 10% đến năm 2045"; "ít nhất gấp 2 lần đến năm 2030 (không nêu mức
 * gốc)" when a ratio has no baseline: "gấp 2 lần" of what, the reader must be told is unknown.
 */
export function goalsText(target: TargetModel, lang: Lang): string {
  const goals = target.milestones.map((m) => `${formatGoal(m, comparatorOf(target, m), target, lang, 'long')} ${milestoneBy(m, lang)}`).join('; ');
  return goals && baseUnstated(target) ? `${goals} (${gaugeText(lang, 'baseNotStated')})` : goals;
}

/** A ratio ("tăng ít nhất 2 lần") whose feed gives no base to multiply. */
export function baseUnstated(target: Pick<TargetModel, 'unit' | 'baseline'>): boolean {
  return target.unit === 'ratio' && !target.baseline;
}

/** "Kịp tiến độ bình quân", "Đạt mốc 2030" (when later milestones remain), "Chưa có số liệu". */
export function targetStatusLabel(target: TargetModel, progress: Progress, lang: Lang): string {
  const word = targetStatusText(lang, progress.status);
  const m = progress.milestone;
  if (progress.status === 'achieved' && m && m !== target.milestones.at(-1)) {
    return `${word} ${gaugeText(lang, 'milestoneOf', { when: milestoneWhen(m, lang) })}`;
  }
  return word;
}

/** Why the status is what it is, in a few words; empty when the status says it all. */
export function statusReason(target: TargetModel, progress: Progress, lang: Lang): string {
  const { expected, actual, from } = progress;
  if (progress.reason === 'no-baseline') return gaugeText(lang, 'noBaseline');
  if (progress.reason === 'no-milestone') return gaugeText(lang, 'noMilestone');
  if (expected === undefined || !actual) return '';
  // "#34" reads as a tick label; in a sentence a rank is "hạng 34".
  const v = formatValue(expected, target, lang, target.unit === 'rank' ? 'long' : 'short');
  const needs = gaugeText(lang, 'pathNeeds', { v, date: formatDate(actual.date, lang) });
  return from?.kind === 'first-actual' ? `${needs}, ${gaugeText(lang, 'measuredFromFirst', { date: formatDate(from.date, lang) })}` : needs;
}

/** Where the path starts: "mức gốc", "mốc 2030", "số liệu đầu tiên (31/12/2024)". */
export function fromText(progress: Progress, lang: Lang): string {
  const from = progress.from;
  if (!from) return '';
  if (from.kind === 'baseline') return gaugeText(lang, 'fromBaseline');
  if (from.kind === 'milestone') return gaugeText(lang, 'fromMilestone', { when: milestoneWhen(from.milestone!, lang) });
  return gaugeText(lang, 'fromFirst', { date: formatDate(from.date, lang) });
}

/**
 * One meaningful sentence: "GRDP …: 3,8% (số liệu ngày 31/12/2025). Mục tiêu: khoảng 7% đến
 * năm 2030; 10% đến năm 2045. Đánh giá: Kịp tiến độ bình quân, theo tiến độ bình quân, đến ngày 31/12/2025 cần đạt 3,75%."
 */
export function gaugeSentence(target: TargetModel, progress: Progress, lang: Lang): string {
  const title = localText(target.title, lang);
  if (target.kind === 'qualitative') {
    return `${title}. ${gaugeText(lang, 'assessment')}: ${target.status ? targetStatusText(lang, target.status) : gaugeText(lang, 'noAssessment')}.`;
  }
  const actual = progress.actual;
  const parts = [
    actual
      ? `${title}: ${formatValue(actual.value, target, lang, 'long')} (${gaugeText(lang, 'figureOfInline', { date: formatDate(actual.date, lang) })}).`
      : `${title}: ${gaugeText(lang, 'noData')}.`,
  ];
  if (target.baseline) {
    const b = target.baseline;
    const when = b.date ? formatDate(b.date, lang) : b.year;
    parts.push(`${gaugeText(lang, 'baseline')}: ${formatValue(b.value, target, lang, 'long')}${when ? ` (${when})` : ''}.`);
  }
  if (target.milestones.length) parts.push(`${gaugeText(lang, 'target')}${lowerNote(progress, lang)}: ${goalsText(target, lang)}.`);
  if (actual) {
    const reason = statusReason(target, progress, lang);
    parts.push(`${gaugeText(lang, 'assessment')}: ${targetStatusLabel(target, progress, lang)}${reason ? `, ${reason}` : ''}.`);
  }
  return parts.join(' ');
}

/** " (càng thấp càng tốt)" for ranks and costs. */
export function lowerNote(progress: Progress, lang: Lang): string {
  return progress.better === 'lower' ? ` (${gaugeText(lang, 'lowerBetter')})` : '';
}
