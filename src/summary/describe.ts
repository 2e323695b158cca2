/**
 * The summary in words: the two count lines the card shows, and the one sentence a screen reader
 * hears instead of the card's visual pieces ("22 nhiệm vụ. Chưa nhiệm vụ nào có báo cáo; 22 chưa
 * có báo cáo, trong đó 13 đã quá hạn, … Số liệu đến ngày 22/5/2023.").
 */
import type { ProgrammeModel } from '../feed/model.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import type { Deadline, Summary } from './summarize.js';
import { formatGoal, formatValue, type TargetLine } from './target-line.js';
import { REPORTED_WORDS, SCHEDULE_WORDS, summaryText as t } from './messages.js';

/** "8 nhiệm vụ có báo cáo: 5 hoàn thành, 3 đang thực hiện" — or that none has one. */
export function reportedLine(summary: Summary, lang: Lang): string {
  const { total, counts } = summary.reported;
  if (total === 0) return t(lang, 'noneReported');
  return `${t(lang, 'reported', { n: total })}: ${counts.map((c) => `${c.count} ${REPORTED_WORDS[lang][c.kind]}`).join(', ')}`;
}

/** "14 chưa có báo cáo, trong đó 3 đã quá hạn, 9 trong thời hạn, 2 chưa đến thời gian thực hiện" — or that every task has one. */
export function unreportedLine(summary: Summary, lang: Lang): string {
  const { total, counts } = summary.unreported;
  if (total === 0) return t(lang, 'allReported');
  const parts = counts.map((c) => `${c.count} ${SCHEDULE_WORDS[lang][c.kind]}`);
  // "22 chưa có báo cáo, trong đó 22 đã quá hạn" says one thing twice: "22 chưa có báo cáo, đã quá hạn".
  if (counts.length === 1) return `${t(lang, 'unreported', { n: total })}, ${SCHEDULE_WORDS[lang][counts[0]!.kind]}`;
  return `${t(lang, 'unreported', { n: total })}, ${t(lang, 'among')} ${parts.join(', ')}`;
}

/** "Nhiệm vụ 7, hạn 31/12/2026". */
export function deadlineText(d: Deadline, lang: Lang): string {
  return `${t(lang, 'task', { n: d.task.number })}, ${t(lang, 'due', { date: formatDate(d.due, lang) })}`;
}

/** The latest figure ("42,5 % (31/12/2024)") or "chưa có số liệu". */
export function actualText(line: TargetLine, lang: Lang): string {
  return line.latest ? `${formatValue(line.latest.value, line.target, lang)} (${formatDate(line.latest.date, lang)})` : t(lang, 'noData');
}

/** The milestone measured against: "≥ 70 % năm 2030". */
export function goalText(line: TargetLine, lang: Lang): string {
  const m = line.milestone;
  if (!m) return '';
  return t(lang, 'by', { goal: formatGoal(m, line.target, lang), when: m.date ? formatDate(m.date, lang) : String(m.year) });
}

/** Everything the card shows, as one paragraph. */
export function summarySentence(model: ProgrammeModel, summary: Summary, lines: TargetLine[], lang: Lang, passedShown: number): string {
  const p = model.programme;
  const parts = [
    `${localText(p.title, lang)} (${p.symbol}, ${formatDate(p.issued, lang)}).`,
    `${t(lang, 'tasks', { n: summary.total })}. ${reportedLine(summary, lang)}; ${unreportedLine(summary, lang)}.`,
  ];
  if (summary.passed.length) {
    const list = summary.passed.slice(0, passedShown).map((d) => deadlineText(d, lang));
    if (summary.passed.length > passedShown) list.push(`…(${summary.passed.length})`);
    parts.push(t(lang, 'sentencePassed', { list: list.join('; ') }));
  }
  parts.push(summary.next.length ? t(lang, 'sentenceNext', { list: summary.next.map((d) => deadlineText(d, lang)).join('; ') }) : t(lang, 'noNext'));
  for (const line of lines) {
    const goal = goalText(line, lang);
    parts.push(t(lang, 'sentenceTarget', { title: localText(line.target.title, lang), value: actualText(line, lang) + (line.met ? `, ${t(lang, 'met')}` : ''), goal }));
  }
  parts.push(model.meta.asOf ? `${t(lang, 'asOf', { date: formatDate(model.meta.asOf, lang) })}.` : `${t(lang, 'noAsOf')}.`);
  return parts.join(' ');
}
