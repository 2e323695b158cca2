/**
 * JSON value → typed feed + problems, per field and not per neighbour (the rule is written down in
 * docs/feed.md, "When a feed has problems"):
 *
 * - a problem in an optional field drops that field, and a bad element of a list drops that
 *   element (repair.ts); the item is kept;
 * - an agency or section that is still broken stays as a placeholder with its id, so the tasks
 *   that name it are kept; a task or target that is still broken is skipped;
 * - the frame (meta, programme, the lists) is repaired the same way; the feed is refused only
 *   when a field nothing can be shown without is missing or wrong.
 */
import * as z from 'zod/mini';
import { Agency, DATE_PATTERN, Feed, FeedFrame, Id, Section, Target, Task } from './schema.js';
import type { FeedIssue, IssuePath } from './issues.js';
import { checkFeed, type Positions } from './checks.js';
import { parseRepaired, type Repair } from './repair.js';
import { MAX_ITEMS } from './limits.js';
import { isolateAll } from './bidi.js';
import { skippedName } from './skipped-name.js';

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
  const steps = parseSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long parsing may hold the main thread before it lets the page breathe, in ms. */
const SLICE = 30;

/**
 * The same reading as `parseFeed`, in slices of at most ~30 ms with the page free in between: a
 * feed of 40,000 broken items takes seconds to check (zod's failure path is slow), and a reader
 * must be able to scroll and click meanwhile. Rejects with the signal's reason when aborted.
 */
export async function parseFeedSliced(input: unknown, options: ParseOptions & { signal?: AbortSignal } = {}): Promise<ParseResult> {
  const steps = parseSteps(input, options);
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start < SLICE) continue;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (options.signal?.aborted) throw options.signal.reason;
    start = performance.now();
  }
}

/** The reading itself, one item per step. */
function* parseSteps(input: unknown, options: ParseOptions): Generator<void, ParseResult> {
  const frame = parseRepaired(FeedFrame, input);
  if (!frame.data) {
    // Nothing renders, so tell the webmaster everything at once, list items included.
    const whole = z.safeParse(Feed, input);
    return { feed: null, issues: schemaIssues(whole.error?.issues ?? frame.issues, [], input) };
  }
  const data = frame.data;
  const issues: FeedIssue[] = [...schemaIssues(frame.issues, [], input), ...repairIssues(frame.repairs, [])];
  // A feed that says it is illustrative in a way we cannot read is labelled illustrative: the
  // label is never lost by a typo, invented figures are never passed off as real.
  if (frame.repairs.some((r) => r.path.join('.') === 'meta.illustrative')) data.meta.illustrative = true;

  const positions: Positions = { agencies: [], sections: [], tasks: [], targets: [] };
  const placeholders = new Set<object>();
  function* items<T>(list: keyof Positions, schema: z.ZodMiniType<T>, placeholder?: (id: string) => T): Generator<void, T[]> {
    const out: T[] = [];
    const given = data[list];
    if (given.length > MAX_ITEMS) issues.push({ severity: 'error', code: 'too-many', path: [list], params: { list, limit: MAX_ITEMS, count: given.length } });
    for (let index = 0; index < Math.min(given.length, MAX_ITEMS); index++) {
      yield;
      const item = given[index];
      const result = parseRepaired(schema, item);
      if (result.issues.length) issues.push(...schemaIssues(result.issues, [list, index], item));
      if (result.data) {
        if (result.repairs.length) issues.push(...repairIssues(result.repairs, [list, index]));
        out.push(result.data);
        positions[list].push(index);
        continue;
      }
      const id = (item as { id?: unknown } | null)?.id;
      if (placeholder && z.safeParse(Id, id).success) {
        const kept = placeholder(id as string);
        placeholders.add(kept as object);
        out.push(kept);
        positions[list].push(index);
        issues.push({ severity: 'error', code: 'placeholder', path: [list, index], params: { list, id: id as string } });
      } else {
        issues.push({ severity: 'error', code: 'item-skipped', path: [list, index], params: { list, ...skippedName(item) } });
      }
    }
    return out;
  }

  const feed: Feed = {
    ...data,
    agencies: yield* items('agencies', Agency, (id) => ({ id, name: id, kind: 'single' })),
    sections: yield* items('sections', Section, (id) => ({ id, title: '' })),
    tasks: yield* items('tasks', Task),
    targets: yield* items('targets', Target),
  };
  // Paths always name positions in the input, so the checks get each kept item's position.
  const checked = checkFeed(feed, positions, options.baseUrl, placeholders);
  isolateAll(checked.feed);
  return { feed: checked.feed, issues: [...issues, ...checked.issues] };
}

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
