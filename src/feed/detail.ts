/**
 * zod's side of reading a feed: what exactly is wrong, where, and what can be kept. read.ts loads
 * this module only when the generated readers (verdict.ts) refuse something — so a page showing a
 * right feed never downloads zod — and the command line, which checks feeds for a living, always.
 */
import * as z from 'zod/mini';
import { Agency, DATE_PATTERN, Feed, FeedFrame, Id, Section, Target, Task } from './schema.js';
import type { FeedIssue, IssuePath } from './issues.js';
import { parseRepaired, type Repair } from './repair.js';

type ZodIssue = z.core.$ZodIssue;

/** What can be kept, and the problems, with paths into the input. */
export interface Detailed<T> {
  data?: T;
  issues: FeedIssue[];
}

const LISTS = { agencies: Agency, sections: Section, tasks: Task, targets: Target } as const;
export type List = keyof typeof LISTS;

export const detail = {
  /** The frame, repaired field by field; with nothing to show, every problem of the feed at once. */
  frame(input: unknown): Detailed<FeedFrame> {
    const frame = parseRepaired(FeedFrame, input);
    if (!frame.data) {
      const whole = z.safeParse(Feed, input);
      return { issues: schemaIssues(whole.error?.issues ?? frame.issues, [], input) };
    }
    // A feed that says it is illustrative in a way we cannot read is labelled illustrative: the
    // label is never lost by a typo, invented figures are never passed off as real.
    if (frame.repairs.some((r) => r.path.join('.') === 'meta.illustrative')) frame.data.meta.illustrative = true;
    return { data: frame.data, issues: [...schemaIssues(frame.issues, [], input), ...repairIssues(frame.repairs, [])] };
  },

  /** One item of a list, at `at` in the input. */
  item(list: List, item: unknown, at: IssuePath): Detailed<unknown> {
    const result = parseRepaired(LISTS[list] as z.ZodMiniType, item);
    const issues = schemaIssues(result.issues, at, item);
    if (result.data) issues.push(...repairIssues(result.repairs, at));
    return { data: result.data, issues };
  },

  isId: (value: unknown): value is string => z.safeParse(Id, value).success,
};

export type Detail = typeof detail;

/** Each repair, said once where it was made: what went, and that the rest of the item stays. */
function repairIssues(repairs: readonly Repair[], prefix: IssuePath): FeedIssue[] {
  return repairs.map((r) => ({ severity: 'error', code: 'field-dropped', path: [...prefix, ...r.path], params: { kept: r.action === 'text' ? 'text' : 'rest' } }));
}

/** zod's issues as ours, with what was received where zod only says what was expected. */
function schemaIssues(zodIssues: readonly ZodIssue[], prefix: IssuePath, input: unknown): FeedIssue[] {
  return zodIssues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    return { severity: 'error', code: 'schema', path: [...prefix, ...path], params: describe(issue, valueAt(input, path)) };
  });
}

function describe(issue: ZodIssue, value: unknown): Record<string, string | number> {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? { problem: 'missing', expected: issue.expected } : { problem: 'type', expected: issue.expected, received: typeName(value) };
    case 'too_small':
      return { problem: 'too-small', origin: issue.origin, minimum: Number(issue.minimum) };
    case 'too_big':
      return { problem: 'too-big', origin: issue.origin, maximum: Number(issue.maximum) };
    case 'invalid_format': {
      const format = issue.format === 'regex' && String((issue as { pattern?: unknown }).pattern) === String(DATE_PATTERN) ? 'date' : issue.format;
      return { problem: 'format', format, received: preview(value) };
    }
    case 'custom': {
      const format = (issue.params as { format?: string } | undefined)?.format;
      return format ? { problem: 'format', format, received: preview(value) } : { problem: 'invalid', received: preview(value) };
    }
    case 'invalid_value':
      return { problem: 'value', expected: issue.values.map(String).join(' | '), received: preview(value) };
    case 'invalid_union':
      return { problem: 'union', received: typeName(value) };
    default:
      return { problem: 'invalid', received: preview(value) };
  }
}

function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function preview(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v);
  return typeName(v) === 'object' || Array.isArray(v) ? typeName(v) : String(v);
}
