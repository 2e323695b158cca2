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
  const agencyIds = new Set(agencies.map(([a]) => a.id));
  const sectionIds = new Set(sections.map(([s]) => s.id));
  // Ids named but never defined: one placeholder each, after the items the feed defines.
  const missingAgencies = new Map<string, Agency>();
  const missingSections = new Map<string, Section>();
  const refer = <T>(ids: Set<string>, missing: Map<string, T>, make: (id: string) => T, id: string, path: IssuePath) => {
    if (ids.has(id)) return;
    error('dangling-ref', path, { id });
    if (!missing.has(id)) missing.set(id, make(id));
  };
  const agencyNamed = (id: string): Agency => ({ id, name: id, kind: 'single' });

  const links = (list: Link[] | undefined, path: IssuePath): Link[] | undefined =>
    list?.flatMap((link, i) => {
      const href = safeHref(link.url, baseUrl);
      if (href) return [{ ...link, url: href }];
      error('unsafe-link', [...path, i, 'url'], { url: link.url.slice(0, 80) });
      return [];
    });

  const tasks = unique(feed.tasks, positions.tasks, 'tasks', error).map(([task, at]): Task => {
    const path: IssuePath = ['tasks', at];
    refer(sectionIds, missingSections, (id) => ({ id, title: '' }), task.section, [...path, 'section']);
    task.lead.forEach((id, i) => refer(agencyIds, missingAgencies, agencyNamed, id, [...path, 'lead', i]));
    task.coordinating.forEach((id, i) => refer(agencyIds, missingAgencies, agencyNamed, id, [...path, 'coordinating', i]));
    const lead = [...new Set(task.lead)];
    let timeframe = task.timeframe;
    if (typeof timeframe === 'object' && timeframe.start && timeframe.end && timeframe.end < timeframe.start) {
      error('end-before-start', [...path, 'timeframe'], { start: timeframe.start, end: timeframe.end });
      timeframe = timeframe.text; // keep the words, drop the impossible dates
    }
    return {
      ...task,
      lead,
      coordinating: [...new Set(task.coordinating)].filter((id) => !lead.includes(id)),
      timeframe,
      links: links(task.links, [...path, 'links']),
      updates: task.updates?.map((u, i) => ({ ...u, links: links(u.links, [...path, 'updates', i, 'links']) })),
    };
  });

  const targets = unique(feed.targets, positions.targets, 'targets', error).map(([target, at]): Target => ({
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
  }));

  const used = new Set(tasks.flatMap((t) => [...t.lead, ...t.coordinating]));
  for (const [agency, at] of agencies) if (!used.has(agency.id) && !placeholders.has(agency)) warn('unused-agency', ['agencies', at], { id: agency.id });

  const source = feed.programme.source;
  const sourceUrl = source?.url === undefined ? undefined : safeHref(source.url, baseUrl);
  if (source?.url !== undefined && !sourceUrl) error('unsafe-link', ['programme', 'source', 'url'], { url: source.url.slice(0, 80) });

  return {
    feed: {
      ...feed,
      programme: source ? { ...feed.programme, source: { ...source, url: sourceUrl ?? undefined } } : feed.programme,
      agencies: [...agencies.map(([a]) => a), ...missingAgencies.values()],
      sections: [...sections.map(([s]) => s), ...missingSections.values()],
      tasks,
      targets,
    },
    issues,
  };
}

/**
 * Keeps the first item with each id; later ones are reported and skipped. A placeholder (an item
 * kept by its id only) gives way to a valid copy anywhere in the list: the first VALID copy wins.
 */
function unique<T extends Agency | Section | Task | Target>(
  items: T[],
  positions: number[],
  list: keyof Positions,
  error: (code: FeedIssue['code'], path: IssuePath, params?: FeedIssue['params']) => void,
  placeholders: ReadonlySet<object> = new Set(),
): Array<[T, number]> {
  const valid = new Set(items.filter((item) => !placeholders.has(item)).map((item) => item.id));
  const seen = new Set<string>();
  return items.flatMap((item, i): Array<[T, number]> => {
    const at = positions[i] ?? i;
    if (placeholders.has(item) && valid.has(item.id)) return [];
    if (!seen.has(item.id)) return (seen.add(item.id), [[item, at]]);
    error('duplicate-id', [list, at, 'id'], { id: item.id });
    error('item-skipped', [list, at], { list, ...skippedName(item) });
    return [];
  });
}
