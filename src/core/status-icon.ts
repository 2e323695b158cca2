/**
 * One shape per status, so that status never rests on colour alone: a check for done, a half
 * disc for in progress, an empty ring for planned, a clock for due soon, a warning triangle for
 * delayed, a filled triangle for overdue, a question mark for "ended, no report", a slash for
 * cancelled, a dash for undated. Drawn in `currentColor` (the row's status colour).
 *
 * A dashed ring means "nothing reported": a status read off the calendar has the dashed ring (a
 * dot inside while within its timeframe, empty before it begins, the clock when due soon), never
 * the half disc, which would draw a progress nobody reported.
 */
import { html, type TemplateResult } from 'lit';
import type { StatusAt, TaskStatus } from '../feed/status.js';

// Each icon is one whole template with no dynamic part (the ring written into each): one Lit
// instance an icon instead of two or three. That made no measurable difference to a first load
// (docs/performance.md, fourth round), but it is the simpler tree. The ring (r=6) is plain for
// reported statuses, dashed when read off the calendar.
const GLYPHS: Record<TaskStatus, TemplateResult> = {
  done: html`<svg class="icon s-done" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.6 8.2l2.3 2.3 4.5-4.8" fill="none" class="knock" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  'in-progress': html`<svg class="icon s-in-progress" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/></svg>`,
  planned: html`<svg class="icon s-planned" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>`,
  'due-soon': html`<svg class="icon s-due-soon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`,
  delayed: html`<svg class="icon s-delayed" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 1.8l6.6 11.7H1.4z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v3.6M8 11.2v.4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`,
  overdue: html`<svg class="icon s-overdue" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 1.2l7.2 12.8H.8z" fill="currentColor"/><path d="M8 5.8v3.8M8 11.5v.4" class="knock" stroke-width="1.7" stroke-linecap="round"/></svg>`,
  'no-report': html`<svg class="icon s-no-report" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/><path d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.4v.3" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/></svg>`,
  cancelled: html`<svg class="icon s-cancelled" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M3.8 12.2l8.4-8.4" stroke="currentColor" stroke-width="1.6"/></svg>`,
  undated: html`<svg class="icon s-undated" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/><path d="M5.5 8h5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`,
};

/** The calendar's statuses, when nobody reported: the same ideas on the "no report" ring. */
const FROM_CALENDAR: Partial<Record<TaskStatus, TemplateResult>> = {
  'in-progress': html`<svg class="icon s-in-progress" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/><circle cx="8" cy="8" r="2" fill="currentColor"/></svg>`,
  planned: html`<svg class="icon s-planned" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/></svg>`,
  'due-soon': html`<svg class="icon s-due-soon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/><path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`,
};

/** The status's icon, 1em square, hidden from assistive technology (the text says it). */
export function statusIcon({ status, reported }: StatusAt): TemplateResult {
  return (!reported && FROM_CALENDAR[status]) || GLYPHS[status];
}
