/**
 * Validation per field, not per item: a problem inside an optional field drops that field, a bad
 * element of a list drops that element, and the item itself is kept. Only a problem in a field
 * the item cannot do without (a task's title, an agency's name) costs the item.
 *
 * Works on zod's own issue paths: the schema is walked along each path to find the smallest part
 * that may go — the deepest optional field or list element on it.
 */
import * as z from 'zod/mini';
import type { IssuePath } from './issues.js';

type ZodIssue = z.core.$ZodIssue;
type Path = Array<string | number>;
type Schema = z.core.$ZodType;

export interface Repair {
  /** Where, in the item as given. */
  path: IssuePath;
  /** `drop`: the field or element is left out; `text`: a structured timeframe keeps only its words. */
  action: 'drop' | 'text';
}

export interface Repaired<T> {
  data?: T;
  /** zod's issues, with paths into the item as given (before any repair). */
  issues: ZodIssue[];
  repairs: Repair[];
}

/** Rounds of repair: one drop can reveal one more problem (a list left empty), never more. */
const ROUNDS = 3;

export function parseRepaired<T>(schema: z.ZodMiniType<T>, input: unknown): Repaired<T> {
  const issues: ZodIssue[] = [];
  const repairs: Repair[] = [];
  let value = input;
  // Each round's paths are in the repaired value; `original` maps them back to the input.
  let original: (path: Path) => Path = (p) => p;
  for (let round = 0; ; round++) {
    const result = z.safeParse(schema, value);
    if (result.success) return { data: result.data, issues, repairs };
    const found = result.error.issues.map((issue) => ({ issue, path: issue.path.filter((k): k is string | number => typeof k !== 'symbol') }));
    const fixes = found.map(({ path }) => fixFor(schema as Schema, value, path));
    const map = original;
    issues.push(...found.map(({ issue, path }) => ({ ...issue, path: map(path) })));
    if (round === ROUNDS || fixes.some((f) => !f)) return { issues, repairs };
    const unique = dedupe(fixes as Repair[]);
    repairs.push(...unique.map((r) => ({ ...r, path: map([...r.path]) })));
    const removed = unique.filter((r) => r.action === 'drop' && typeof r.path.at(-1) === 'number').map((r) => r.path);
    value = apply(value, unique);
    original = (p) => map(shiftBack(p, removed));
  }
}

/** The smallest part of the value at `path` that may go, or undefined when none may. */
function fixFor(root: Schema, value: unknown, path: Path): Repair | undefined {
  let schema: Schema | undefined = root;
  let v = value;
  let fix: Repair | undefined;
  for (let i = 0; i <= path.length && schema; i++) {
    const def = schema._zod.def as { type: string; [k: string]: any };
    if (def.type === 'optional' || def.type === 'default') {
      if (i > 0) fix = { path: path.slice(0, i), action: 'drop' };
      schema = def.innerType as Schema;
      i--;
      continue;
    }
    if (def.type === 'union') {
      // A structured timeframe that cannot be read keeps the document's words.
      const words = v !== null && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string' && (v as { text: string }).text !== '';
      const hasString = (def.options as Schema[]).some((o) => (o._zod.def as { type: string }).type === 'string');
      if (words && hasString && i > 0) fix = { path: path.slice(0, i), action: 'text' };
      schema = (def.options as Schema[]).find((o) => matches(o, v));
      i--;
      continue;
    }
    if (i === path.length) break;
    const key = path[i]!;
    if (def.type === 'object') schema = (def.shape as Record<string, Schema>)[key];
    else if (def.type === 'array') {
      fix = { path: path.slice(0, i + 1), action: 'drop' };
      schema = def.element as Schema;
    } else if (def.type === 'record') {
      fix = { path: path.slice(0, i + 1), action: 'drop' };
      schema = def.valueType as Schema;
    } else break;
    v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
  }
  return fix;
}

/** The union option a value is meant for: an object for an object or record, else the rest. */
function matches(option: Schema, v: unknown): boolean {
  const type = (option._zod.def as { type: string }).type;
  const isObject = v !== null && typeof v === 'object' && !Array.isArray(v);
  return isObject ? type === 'object' || type === 'record' : type !== 'object' && type !== 'record';
}

/** One repair per part; a part inside another part that goes anyway needs none. */
function dedupe(fixes: Repair[]): Repair[] {
  const key = (p: IssuePath) => JSON.stringify(p);
  const byKey = new Map(fixes.map((f) => [key(f.path), f]));
  return [...byKey.values()].filter((f) => !fixes.some((g) => g.path.length < f.path.length && g.path.every((k, i) => k === f.path[i])));
}

/** A copy of the value with the repairs made (the input is never changed). */
function apply(value: unknown, repairs: Repair[]): unknown {
  const copy = (v: unknown): unknown => (Array.isArray(v) ? [...v] : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v)) : v);
  const root = copy(value);
  // Deepest and last first, so that removing an element never moves another one still to remove.
  const sorted = [...repairs].sort((a, b) => b.path.length - a.path.length || compareLast(b.path, a.path));
  for (const { path, action } of sorted) {
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
      const child = copy(parent[key]);
      parent[key] = child;
      parent = child as Record<string | number, unknown>;
    }
    const last = path.at(-1)!;
    if (action === 'text') parent[last] = (parent[last] as { text: string }).text;
    else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  }
  return root;
}

const compareLast = (a: IssuePath, b: IssuePath) => (typeof a.at(-1) === 'number' && typeof b.at(-1) === 'number' ? (a.at(-1) as number) - (b.at(-1) as number) : 0);

/** A path after elements were removed, as it was before: each removed element before it shifts it back by one. */
function shiftBack(path: Path, removed: IssuePath[]): Path {
  const out = [...path];
  for (let depth = 0; depth < out.length; depth++) {
    const index = out[depth];
    if (typeof index !== 'number') continue;
    const prefix = path.slice(0, depth);
    const gone = removed
      .filter((r) => r.length === depth + 1 && prefix.every((k, i) => k === r[i]))
      .map((r) => r[depth] as number)
      .sort((a, b) => a - b);
    let n = index;
    for (const g of gone) if (g <= n) n++;
    out[depth] = n;
  }
  return out;
}
