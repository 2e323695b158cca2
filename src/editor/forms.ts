/**
 * The editor's three small forms — a report on a task, a figure on a target, an agency's
 * successor — read and checked: the values as the feed wants them, or a problem per field.
 * Pure (no DOM): a record of field → text in, a value or errors out; the same checks as
 * `tiendo report`, so a report the editor accepts is one the command line would accept.
 */
import type { Actual, CalendarDate, ReportedStatus } from '../feed/schema.js';
import { ReportedStatus as StatusSchema } from '../feed/schema.js';
import { readDate } from '../feed/calendar.js';
import { readNumber } from '../feed/numbers.js';
import { safeHref } from '../feed/links.js';
import { reportUpdate } from '../feed/edit.js';
import type { Update } from '../feed/schema.js';

export type Fields = Record<string, string>;
/** Field → message key (and its parameters). */
export type FieldErrors = Record<string, { key: string; params?: Record<string, string> }>;

export interface Limits {
  today: CalendarDate;
  /** The programme's date of issue: nothing is reported before it. */
  issued?: CalendarDate;
}

const STATUSES = StatusSchema.options as readonly ReportedStatus[];

function checkDate(fields: Fields, limits: Limits, errors: FieldErrors, field = 'date'): CalendarDate | undefined {
  const date = readDate(fields[field] ?? '');
  if (!date) errors[field] = { key: 'badDate' };
  else if (date > limits.today) errors[field] = { key: 'dateFuture' };
  else if (limits.issued && date < limits.issued) errors[field] = { key: 'dateBefore', params: { date: limits.issued } };
  return date;
}

function checkLink(fields: Fields, errors: FieldErrors): string | undefined {
  const link = fields.link?.trim() || undefined;
  if (link && !safeHref(link)) errors.link = { key: 'badLink' };
  return link;
}

/** A report on a task: date, status, progress, note, source, link. */
export function readReport(fields: Fields, limits: Limits): { update: Update } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const date = checkDate(fields, limits, errors);
  const status = STATUSES.includes(fields.status as ReportedStatus) ? (fields.status as ReportedStatus) : undefined;
  let progress: number | undefined;
  if (fields.progress?.trim()) {
    progress = readNumber(fields.progress);
    if (progress === undefined || progress < 0 || progress > 100) errors.progress = { key: 'badProgress' };
  }
  const note = fields.note?.trim() || undefined;
  if (!status && progress === undefined && !note && !errors.progress) errors.status = { key: 'needSomething' };
  const link = checkLink(fields, errors);
  if (Object.keys(errors).length || !date) return { errors };
  return { update: reportUpdate({ date, status, progress, note, source: fields.source, link }) };
}

/** A figure on a target: date, value, source, link. */
export function readActual(fields: Fields, limits: Limits): { actual: Actual } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const date = checkDate(fields, limits, errors);
  const value = readNumber(fields.value ?? '');
  if (value === undefined) errors.value = { key: 'badNumber' };
  const link = checkLink(fields, errors);
  if (Object.keys(errors).length || !date || value === undefined) return { errors };
  const source = fields.source?.trim() || undefined;
  return { actual: { date, value, ...(source ? { source } : {}), ...(link ? { url: link } : {}) } };
}

export interface Successor {
  name: string;
  since?: CalendarDate;
  note?: string;
}

/** An agency's successor: a name, the date it took over, a note. The printed name is never touched. */
export function readSuccessor(fields: Fields): { successor: Successor } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = fields.name?.trim();
  if (!name) errors.name = { key: 'needName' };
  let since: CalendarDate | undefined;
  if (fields.since?.trim()) {
    since = readDate(fields.since);
    if (!since) errors.since = { key: 'badDate' };
  }
  if (Object.keys(errors).length || !name) return { errors };
  const note = fields.note?.trim() || undefined;
  return { successor: { name, ...(since ? { since } : {}), ...(note ? { note } : {}) } };
}
