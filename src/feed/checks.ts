/**
 * What zod cannot see: references between lists, duplicate ids, dates in the wrong order,
 * unsafe links. Each problem costs as little as possible — a dangling coordinating agency drops
 * that reference, not the task; a task is skipped only when it cannot be drawn honestly.
 */
import type { Agency, Feed, Link, Section, Target, Task } from './schema.js';
import type { FeedIssue, IssuePath } from './issues.js';
import { safeHref } from './links.js';

/** For each kept item, its index in the input list (so paths point into the file). */
export interface Positions {
  agencies: number[];
  sections: number[];
  tasks: number[];
  targets: number[];
}

export function checkFeed(feed: Feed, positions: Positions, baseUrl?: string): { feed: Feed; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  const error = (code: FeedIssue['code'], path: IssuePath, params?: FeedIssue['params']) => issues.push({ severity: 'error', code, path, params });
  const warn = (code: FeedIssue['code'], path: IssuePath, params?: FeedIssue['params']) => issues.push({ severity: 'warning', code, path, params });

  const agencies = unique(feed.agencies, positions.agencies, 'agencies', error);
  const sections = unique(feed.sections, positions.sections, 'sections', error);
  const agencyIds = new Set(agencies.map(([a]) => a.id));
  const sectionIds = new Set(sections.map(([s]) => s.id));

  const links = (list: Link[] | undefined, path: IssuePath): Link[] | undefined =>
    list?.flatMap((link, i) => {
      const href = safeHref(link.url, baseUrl);
      if (href) return [{ ...link, url: href }];
      error('unsafe-link', [...path, i, 'url'], { url: link.url.slice(0, 80) });
      return [];
    });

  const tasks = unique(feed.tasks, positions.tasks, 'tasks', error).flatMap(([task, at]): Task[] => {
    const path: IssuePath = ['tasks', at];
    if (!sectionIds.has(task.section)) {
      error('dangling-ref', [...path, 'section'], { id: task.section });
      error('item-skipped', path, { list: 'tasks' });
      return [];
    }
    const known = (role: 'lead' | 'coordinating') =>
      task[role].filter((id, i) => agencyIds.has(id) || (error('dangling-ref', [...path, role, i], { id }), false));
    const lead = known('lead');
    if (lead.length === 0) {
      error('no-lead', [...path, 'lead']);
      error('item-skipped', path, { list: 'tasks' });
      return [];
    }
    let timeframe = task.timeframe;
    if (typeof timeframe === 'object' && timeframe.start && timeframe.end && timeframe.end < timeframe.start) {
      error('end-before-start', [...path, 'timeframe'], { start: timeframe.start, end: timeframe.end });
      timeframe = timeframe.text; // keep the words, drop the impossible dates
    }
    return [{
      ...task,
      lead,
      coordinating: known('coordinating').filter((id) => !lead.includes(id)),
      timeframe,
      links: links(task.links, [...path, 'links']),
      updates: task.updates?.map((u, i) => ({ ...u, links: links(u.links, [...path, 'updates', i, 'links']) })),
    }];
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
  for (const [agency, at] of agencies) if (!used.has(agency.id)) warn('unused-agency', ['agencies', at], { id: agency.id });

  const source = feed.programme.source;
  const sourceUrl = source?.url === undefined ? undefined : safeHref(source.url, baseUrl);
  if (source?.url !== undefined && !sourceUrl) error('unsafe-link', ['programme', 'source', 'url'], { url: source.url.slice(0, 80) });

  return {
    feed: {
      ...feed,
      programme: source ? { ...feed.programme, source: { ...source, url: sourceUrl ?? undefined } } : feed.programme,
      agencies: agencies.map(([a]) => a),
      sections: sections.map(([s]) => s),
      tasks,
      targets,
    },
    issues,
  };
}

/** Keeps the first item with each id; later ones are reported and skipped. */
function unique<T extends Agency | Section | Task | Target>(
  items: T[],
  positions: number[],
  list: keyof Positions,
  error: (code: FeedIssue['code'], path: IssuePath, params?: FeedIssue['params']) => void,
): Array<[T, number]> {
  const seen = new Set<string>();
  return items.flatMap((item, i): Array<[T, number]> => {
    const at = positions[i] ?? i;
    if (!seen.has(item.id)) return (seen.add(item.id), [[item, at]]);
    error('duplicate-id', [list, at, 'id'], { id: item.id });
    error('item-skipped', [list, at], { list });
    return [];
  });
}
