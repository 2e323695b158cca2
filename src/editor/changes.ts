/**
 * What changed since the file was opened, counted the way the office reports it: "3 báo cáo mới,
 * 1 số liệu mới, ngày số liệu 30/6/2026". Pure: two raw feeds in, counts out.
 */
import type { RawFeed } from '../feed/edit.js';
import { ordered } from '../feed/serialize.js';
import { Agency, Target, Task } from '../feed/schema.js';

export interface Changes {
  reports: number;
  actuals: number;
  successors: number;
  /** Tasks whose lead or coordinating agencies changed. */
  agencies: number;
  /** Other fields of tasks, targets, agencies. */
  items: number;
  programme: number;
  meta: number;
  /** The new `meta.asOf`, when it moved. */
  asOf?: string;
  illustrative?: boolean;
}

type Item = Record<string, unknown>;
const list = (feed: RawFeed, name: string): Item[] => (Array.isArray(feed[name]) ? (feed[name] as Item[]) : []);
const same = (a: unknown, b: unknown, schema?: unknown) => a === b || JSON.stringify(ordered(a, schema)) === JSON.stringify(ordered(b, schema));
const length = (v: unknown) => (Array.isArray(v) ? v.length : 0);

export function changesBetween(before: RawFeed, after: RawFeed): Changes {
  const changes: Changes = { reports: 0, actuals: 0, successors: 0, agencies: 0, items: 0, programme: 0, meta: 0 };
  if (before === after) return changes;
  const tasksBefore = list(before, 'tasks');
  list(after, 'tasks').forEach((task, i) => {
    const old = tasksBefore[i];
    if (!old || same(old, task, Task)) return;
    changes.reports += Math.max(0, length(task.updates) - length(old.updates));
    if (!same(old.lead, task.lead) || !same(old.coordinating, task.coordinating)) changes.agencies++;
    const rest = (t: Item) => ({ ...t, updates: undefined, lead: undefined, coordinating: undefined });
    if (!same(rest(old), rest(task), Task) || (length(task.updates) <= length(old.updates) && !same(old.updates, task.updates))) changes.items++;
  });
  const targetsBefore = list(before, 'targets');
  list(after, 'targets').forEach((target, i) => {
    const old = targetsBefore[i];
    if (!old || same(old, target, Target)) return;
    const added = length(target.actuals) - length(old.actuals);
    changes.actuals += Math.max(0, added);
    if (added <= 0 || !same({ ...old, actuals: undefined }, { ...target, actuals: undefined }, Target)) changes.items++;
  });
  const agenciesBefore = list(before, 'agencies');
  list(after, 'agencies').forEach((agency, i) => {
    const old = agenciesBefore[i];
    if (!old || same(old, agency, Agency)) return;
    if (!same(old.successor, agency.successor)) changes.successors++;
    else changes.items++;
  });
  const fields = (a: unknown, b: unknown) => {
    const x = (a ?? {}) as Item;
    const y = (b ?? {}) as Item;
    return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => !same(x[k], y[k]));
  };
  changes.programme = fields(before.programme, after.programme).length;
  const meta = fields(before.meta, after.meta);
  const afterMeta = (after.meta ?? {}) as Item;
  if (meta.includes('asOf') && typeof afterMeta.asOf === 'string') changes.asOf = afterMeta.asOf;
  if (meta.includes('illustrative')) changes.illustrative = afterMeta.illustrative === true;
  changes.meta = meta.filter((k) => k !== 'asOf' && k !== 'illustrative').length;
  return changes;
}

export const hasChanges = (c: Changes): boolean =>
  c.reports + c.actuals + c.successors + c.agencies + c.items + c.programme + c.meta > 0 || c.asOf !== undefined || c.illustrative !== undefined;
