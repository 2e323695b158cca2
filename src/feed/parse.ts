/**
 * JSON value → typed feed + problems. The frame (programme, meta, lists) must be valid for
 * anything to render; inside the lists every agency, section, task and target stands alone:
 * a bad one is reported with its path and skipped, the rest is kept.
 */
import * as z from 'zod/mini';
import { Agency, DATE_PATTERN, Feed, FeedFrame, Section, Target, Task } from './schema.js';
import type { FeedIssue, IssuePath } from './issues.js';
import { checkFeed, type Positions } from './checks.js';

export interface ParseResult {
  /** The usable part of the feed, or null when its frame is broken. */
  feed: Feed | null;
  issues: FeedIssue[];
}

export interface ParseOptions {
  /** The feed's own URL: relative links resolve against it. */
  baseUrl?: string;
}

type ZodIssue = z.core.$ZodIssue;

export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const frame = z.safeParse(FeedFrame, input);
  if (!frame.success) {
    // Nothing renders, so tell the webmaster everything at once, list items included.
    const whole = z.safeParse(Feed, input);
    return { feed: null, issues: schemaIssues((whole.error ?? frame.error).issues, [], input) };
  }

  const issues: FeedIssue[] = [];
  const positions: Positions = { agencies: [], sections: [], tasks: [], targets: [] };
  const items = <T>(list: keyof Positions, schema: z.ZodMiniType<T>): T[] => {
    const out: T[] = [];
    frame.data[list].forEach((item, index) => {
      const result = z.safeParse(schema, item);
      if (result.success) {
        out.push(result.data);
        positions[list].push(index);
      } else {
        issues.push(...schemaIssues(result.error.issues, [list, index], item));
        issues.push({ severity: 'error', code: 'item-skipped', path: [list, index], params: { list } });
      }
    });
    return out;
  };

  const feed: Feed = {
    ...frame.data,
    agencies: items('agencies', Agency),
    sections: items('sections', Section),
    tasks: items('tasks', Task),
    targets: items('targets', Target),
  };
  // Paths always name positions in the input, so the checks get each kept item's position.
  const checked = checkFeed(feed, positions, options.baseUrl);
  return { feed: checked.feed, issues: [...issues, ...checked.issues] };
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
