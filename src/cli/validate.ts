/**
 * A feed checked the way the widgets read it (`parseJson` → `parseFeed`, the same code), plus the
 * warnings only a validator gives (warnings.ts). Every problem has its JSON path and, where the
 * text allows, the line and column an editor jumps to.
 */
import { FeedError, formatPath, type FeedIssue, type IssuePath } from '../feed/issues.js';
import { parseJson } from '../feed/load.js';
import { parseFeed } from '../feed/parse.js';
import { assembleModel } from '../feed/model.js';
import { parseTimeframe } from '../feed/timeframe.js';
import { issueText } from '../core/issue-messages.js';
import type { Lang } from '../derive/lang.js';
import { JsonPositions } from './json-positions.js';
import { feedWarnings } from './warnings.js';
import { cliText, warningText } from './messages.js';

export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  /** `tasks[1].lead`, or "" for the whole file. */
  path: string;
  line?: number;
  column?: number;
  message: string;
  params?: Record<string, string | number>;
}

export interface Validation {
  source: string;
  valid: boolean;
  errors: number;
  warnings: number;
  /** What loaded (the items the widgets would show), when the feed's frame is readable. */
  counts?: { tasks: number; sections: number; agencies: number; targets: number };
  problems: Problem[];
}

export function validateText(text: string, source: string, options: { lang: Lang; strict: boolean; url?: string }): Validation {
  const { lang } = options;
  let json: unknown;
  try {
    json = parseJson(text, options.url);
  } catch (e) {
    if (!(e instanceof FeedError)) throw e;
    return refused(e, source, lang, options.strict);
  }
  const positions = new JsonPositions(text.replace(/^\uFEFF/, ''));
  const at = (path: IssuePath) => positions.of(path) ?? {};
  const result = parseFeed(json, { baseUrl: options.url });
  // The widgets' model build, too: whatever would fail there must fail here (one verdict).
  let internal: string | undefined;
  try {
    if (result.feed) assembleModel(result.feed, { issues: result.issues, url: options.url, readTimeframe: parseTimeframe });
  } catch (e) {
    internal = String((e as Error)?.message ?? e);
  }
  const problems: Problem[] = result.issues.map((issue) => ({
    severity: issue.severity,
    code: issue.code,
    path: formatPath(issue.path),
    ...at(issue.path),
    message: issueMessage(issue, lang),
    ...(issue.params && { params: issue.params }),
  }));
  if (internal) problems.push({ severity: 'error', code: 'internal', path: '', message: cliText(lang, 'internal', { message: internal }) });
  for (const w of feedWarnings(json)) {
    problems.push({ severity: 'warning', code: w.code, path: formatPath(w.path), ...at(w.path), message: warningText(lang, w.code, w.params), ...(w.params && { params: w.params }) });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  skippedLast(problems);
  const feed = result.feed;
  const counts = feed ? { tasks: feed.tasks.length, sections: feed.sections.length, agencies: feed.agencies.length, targets: feed.targets.length } : undefined;
  return summarise(source, problems, counts, options.strict);
}

/** A feed refused as a whole before its content is read (not JSON, a syntax error, too large). */
export function refused(e: FeedError, source: string, lang: Lang, strict: boolean): Validation {
  const issue = e.issues[0]!;
  const p = issue.params ?? {};
  const problem: Problem = { severity: 'error', code: issue.code, path: '', message: issueText(lang, issue.code, p), params: p };
  if (typeof p.line === 'number') Object.assign(problem, { line: p.line, column: p.column });
  return summarise(source, [problem], undefined, strict);
}

/** "This item is skipped" reads best after what is wrong with the item, not before. */
function skippedLast(problems: Problem[]): void {
  for (const skipped of problems.filter((p) => p.code === 'item-skipped')) {
    const from = problems.indexOf(skipped);
    problems.splice(from, 1);
    let to = from;
    while (to < problems.length && (problems[to]!.path.startsWith(`${skipped.path}.`) || problems[to]!.path.startsWith(`${skipped.path}[`))) to++;
    problems.splice(to, 0, skipped);
  }
}

function issueMessage(issue: FeedIssue, lang: Lang): string {
  if (issue.code === 'schema' && issue.path.at(-1) === 'lead' && issue.params?.problem === 'too-small') return cliText(lang, 'noLead');
  return issueText(lang, issue.code, issue.params);
}

function summarise(source: string, problems: Problem[], counts: Validation['counts'], strict: boolean): Validation {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return { source, valid: errors === 0 && (!strict || warnings === 0), errors, warnings, ...(counts && { counts }), problems };
}
