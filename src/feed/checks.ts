/**
 * What zod cannot see: references between lists, duplicate ids, dates in the wrong order,
 * unsafe links. Each problem costs as little as possible: a reference to an agency or section
 * the feed does not have (or has only broken) keeps its task, shown with a placeholder that
 * carries the id; a dangling coordinating agency that duplicates a lead goes; the first valid
 * copy of a duplicated id is the one kept.
 */
import type { Agency, Feed, Link, Section, Target, Task } from './schema.js';
import type { FeedIssue, IssuePath } from './issues.js';
import { safeHref } from './links.js';
import { skippedName } from './skipped-name.js';

/** For each kept item, its index in the input list (so paths point into the file). */
export interface Positions {
  agencies: number[];
  sections: number[];
  tasks: number[];
  targets: number[];
}

export function checkFeed(feed: Feed, positions: Positions, baseUrl?: string, placeholders: ReadonlySet<object> = new Set()): { feed: Feed; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  const error = (code: FeedIssue['code'], path: IssuePath, params?: FeedIssue['params']) => issues.push({ severity: 'error', code, path, params });
  const warn = (code: FeedIssue['code'], path: IssuePath, params?: FeedIssue['params']) => issues.push({ severity: 'warning', code, path, params });

  const agencies = unique(feed.agencies, positions.agencies, 'agencies', error, placeholders);
  const sections = unique(feed.sections, positions.sections, 'sections', error, placeholders);
  const agencyIds = new Set(agencies.items.map((a) => a.id));
  const sectionIds = new Set(sections.items.map((s) => s.id));
  // Ids named but never defined: one placeholder each, after the items the feed defines.
  const missingAgencies = new Map<string, Agency>();
  const missingSections = new Map<string, Section>();
  // The agencies some task names (lead or coordinating), for the unused-agency warning.
  const used = new Set<string>();
  // Called for every reference of every task: the path is built only for a problem.
  const referAgencies = (ids: readonly string[], at: number, field: 'lead' | 'coordinating') => {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (agencyIds.has(id)) {
        if (used.size < agencyIds.size) used.add(id);
        continue;
      }
      error('dangling-ref', ['tasks', at, field, i], { id });
      if (!missingAgencies.has(id)) missingAgencies.set(id, { id, name: id, kind: 'single' });
    }
  };

  const links = (list: Link[] | undefined, path: () => IssuePath): Link[] | undefined =>
    list?.flatMap((link, i) => {
      const href = safeHref(link.url, baseUrl);
      if (href) return [{ ...link, url: href }];
      error('unsafe-link', [...path(), i, 'url'], { url: link.url.slice(0, 80) });
      return [];
    });

  // In place: the tasks are parse's own copies (the readers' or zod's), and this meets every one.
  const keptTasks = unique(feed.tasks, positions.tasks, 'tasks', error);
  keptTasks.items.forEach((task, k) => {
    const at = keptTasks.at[k]!;
    if (!sectionIds.has(task.section)) {
      error('dangling-ref', ['tasks', at, 'section'], { id: task.section });
      if (!missingSections.has(task.section)) missingSections.set(task.section, { id: task.section, title: '' });
    }
    referAgencies(task.lead, at, 'lead');
    referAgencies(task.coordinating, at, 'coordinating');
    task.lead = distinct(task.lead);
    task.coordinating = distinct(task.coordinating, task.lead);
    const timeframe = task.timeframe;
    if (typeof timeframe === 'object' && timeframe.start && timeframe.end && timeframe.end < timeframe.start) {
      error('end-before-start', ['tasks', at, 'timeframe'], { start: timeframe.start, end: timeframe.end });
      task.timeframe = timeframe.text; // keep the words, drop the impossible dates
    }
    if (task.links) task.links = links(task.links, () => ['tasks', at, 'links']);
    if (task.updates) task.updates = task.updates.map((u, i) => ({ ...u, links: links(u.links, () => ['tasks', at, 'updates', i, 'links']) }));
  });
  const tasks = keptTasks.items;

  const keptTargets = unique(feed.targets, positions.targets, 'targets', error);
  const targets = keptTargets.items.map((target, k): Target => {
    const at = keptTargets.at[k]!;
    return {
    ...target,
    milestones: target.milestones.filter((m, i) => {
      if (m.year !== undefined || m.date !== undefined) return true;
      error('schema', ['targets', at, 'milestones', i], { problem: 'missing', expected: 'year | date' });
      return false;
    }),
    actuals: target.actuals.map((a, i) => {
      if (a.url === undefined) return a;
      const url = safeHref(a.url, baseUrl);
      if (!url) error('unsafe-link', ['targets', at, 'actuals', i, 'url'], { url: a.url.slice(0, 80) });
      return { ...a, url: url ?? undefined };
    }),
    };
  });

  agencies.items.forEach((agency, k) => {
    if (!used.has(agency.id) && !placeholders.has(agency)) warn('unused-agency', ['agencies', agencies.at[k]!], { id: agency.id });
  });

  const source = feed.programme.source;
  const sourceUrl = source?.url === undefined ? undefined : safeHref(source.url, baseUrl);
  if (source?.url !== undefined && !sourceUrl) error('unsafe-link', ['programme', 'source', 'url'], { url: source.url.slice(0, 80) });

  return {
    feed: {
      ...feed,
      programme: source ? { ...feed.programme, source: { ...source, url: sourceUrl ?? undefined } } : feed.programme,
      agencies: [...agencies.items, ...missingAgencies.values()],
      sections: [...sections.items, ...missingSections.values()],
      tasks,
      targets,
    },
    issues,
  };
}

/** The ids in their order, each once, leaving out those in `except` (a task's few leads); the same list when nothing goes. */
function distinct(ids: string[], except: readonly string[] = []): string[] {
  const keep = (id: string, i: number) => ids.indexOf(id) === i && !except.includes(id);
  for (let i = 0; i < ids.length; i++) if (!keep(ids[i]!, i)) return ids.filter(keep);
  return ids;
}

/**
 * Keeps the first item with each id; later ones are reported and skipped. A placeholder (an item
 * kept by its id only) gives way to a valid copy anywhere in the list: the first VALID copy wins.
 * `at[k]` is where `items[k]` stands in the input.
 */
function unique<T extends Agency | Section | Task | Target>(
  items: T[],
  positions: number[],
  list: keyof Positions,
  error: (code: FeedIssue['code'], path: IssuePath, params?: FeedIssue['params']) => void,
  placeholders: ReadonlySet<object> = new Set(),
): { items: T[]; at: number[] } {
  const valid = new Set<string>();
  if (placeholders.size) for (const item of items) if (!placeholders.has(item)) valid.add(item.id);
  const seen = new Set<string>();
  const kept: { items: T[]; at: number[] } = { items: [], at: [] };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const at = positions[i] ?? i;
    if (placeholders.size && placeholders.has(item) && valid.has(item.id)) continue;
    const before = seen.size;
    seen.add(item.id);
    if (seen.size > before) {
      kept.items.push(item);
      kept.at.push(at);
      continue;
    }
    error('duplicate-id', [list, at, 'id'], { id: item.id });
    error('item-skipped', [list, at], { list, ...skippedName(item) });
  }
  return kept;
}
