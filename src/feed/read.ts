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
 *
 * Each item is read by the generated readers (verdict.ts), which give zod's verdict without zod
 * (and isolate text as they read it, bidi.ts); only what they refuse goes to zod (detail.ts), for
 * its words and its repairs, and what zod gives back is isolated here. A page loads
 * detail.ts on the first refusal (`parseFeedSliced`), the command line with the rest (parse.ts).
 */
import type { Feed, FeedFrame } from './schema.js';
import type { FeedIssue } from './issues.js';
import type { Detail, List } from './detail.js';
import { ASK, type Reader } from './readers.js';
import { readAgency, readFeedFrame, readSection, readTarget, readTask } from './verdict.js';
import { checkFeed, type Positions } from './checks.js';
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

/** What the reading asks of whoever drives it when zod must have its say: detail.ts. */
const NEEDS_ZOD: unique symbol = Symbol('needs zod');

type Steps = Generator<typeof NEEDS_ZOD | undefined, ParseResult, Detail | undefined>;

/** Right items read between two looks at the clock (parseFeedSliced). */
const STEP = 32;

const READERS: Record<List, Reader> = { agencies: readAgency, sections: readSection, tasks: readTask, targets: readTarget };

/**
 * The reading itself, one item per step (a driver may pause between steps). Where only zod can
 * say, it yields NEEDS_ZOD and goes on with the Detail it is given back.
 */
export function* readSteps(input: unknown, options: ParseOptions, known?: Detail): Steps {
  let zod = known;
  function* ask(): Generator<typeof NEEDS_ZOD, Detail, Detail | undefined> {
    while (!zod) zod = yield NEEDS_ZOD;
    return zod;
  }

  const issues: FeedIssue[] = [];
  let data = readFeedFrame(input);
  if (data === ASK) {
    const frame = (yield* ask()).frame(input);
    // Nothing renders: the webmaster is told everything at once, list items included.
    if (!frame.data) return { feed: null, issues: frame.issues };
    data = frame.data;
    isolateAll(data.meta);
    isolateAll(data.programme, 'source');
    issues.push(...frame.issues);
  }
  const given: FeedFrame = data;

  const positions: Positions = { agencies: [], sections: [], tasks: [], targets: [] };
  const placeholders = new Set<object>();
  function* items<T>(list: List, placeholder?: (id: string) => T): Generator<typeof NEEDS_ZOD | undefined, T[], Detail | undefined> {
    const out: T[] = [];
    const all = given[list];
    if (all.length > MAX_ITEMS) issues.push({ severity: 'error', code: 'too-many', path: [list], params: { list, limit: MAX_ITEMS, count: all.length } });
    const read = READERS[list] as Reader<T>;
    // A right item takes microseconds: the driver looks at its clock every STEP of them, and
    // after every item zod had to read (milliseconds on a broken one).
    let pause = 0;
    for (let index = 0; index < Math.min(all.length, MAX_ITEMS); index++) {
      if (index >= pause) {
        yield;
        pause = index + STEP;
      }
      const item = all[index];
      const right = read(item);
      if (right !== ASK) {
        out.push(right);
        positions[list].push(index);
        continue;
      }
      const zod = yield* ask();
      const result = zod.item(list, item, [list, index]);
      pause = index + 1;
      issues.push(...result.issues);
      if (result.data) {
        isolateAll(result.data);
        out.push(result.data as T);
        positions[list].push(index);
        continue;
      }
      const id = (item as { id?: unknown } | null)?.id;
      if (placeholder && zod.isId(id)) {
        const kept = placeholder(id);
        placeholders.add(kept as object);
        out.push(kept);
        positions[list].push(index);
        issues.push({ severity: 'error', code: 'placeholder', path: [list, index], params: { list, id } });
      } else {
        issues.push({ severity: 'error', code: 'item-skipped', path: [list, index], params: { list, ...skippedName(item) } });
      }
    }
    return out;
  }

  const feed: Feed = {
    ...given,
    agencies: yield* items('agencies', (id) => ({ id, name: id, kind: 'single' as const })),
    sections: yield* items('sections', (id) => ({ id, title: '' })),
    tasks: yield* items('tasks'),
    targets: yield* items('targets'),
  };
  // Paths always name positions in the input, so the checks get each kept item's position.
  const checked = checkFeed(feed, positions, options.baseUrl, placeholders);
  return { feed: checked.feed, issues: [...issues, ...checked.issues] };
}

/** zod's side, once a page has fetched it (or a program imported parse.ts): then used at once. */
let fetched: Detail | undefined;

/** Gives the reading zod's side, so that a problem needs no fetch (parse.ts, on import). */
export function knowDetail(detail: Detail): void {
  fetched = detail;
}

/**
 * Read at once: the result, or undefined when a problem needs zod's words and zod is not here yet
 * (then `parseFeedSliced` fetches it and reads).
 */
export function readFeed(input: unknown, options: ParseOptions = {}): ParseResult | undefined {
  const steps = readSteps(input, options, fetched);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value === NEEDS_ZOD) return undefined;
  }
}

/** How long reading may hold the main thread before it lets the page breathe, in ms. */
const SLICE = 30;

/**
 * Reads in slices of at most ~30 ms with the page free in between: a feed of 40,000 broken items
 * takes seconds to check (zod's failure path is slow), and a reader must be able to scroll and
 * click meanwhile. Fetches zod on the first problem. Rejects with the signal's reason when aborted.
 */
export async function parseFeedSliced(input: unknown, options: ParseOptions & { signal?: AbortSignal } = {}): Promise<ParseResult> {
  const steps = readSteps(input, options, fetched);
  let answer: Detail | undefined;
  let start = performance.now();
  for (;;) {
    const step = steps.next(answer);
    if (step.done) return step.value;
    if (step.value === NEEDS_ZOD) {
      answer = fetched = (await import('./detail.js')).detail;
      if (options.signal?.aborted) throw options.signal.reason;
      continue;
    }
    if (performance.now() - start < SLICE) continue;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (options.signal?.aborted) throw options.signal.reason;
    start = performance.now();
  }
}
