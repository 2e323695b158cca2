/**
 * Problems found in a feed, with the JSON path where they are. The wording for readers and
 * webmasters lives in core/issue-messages.ts; here a problem is a code and its parameters.
 */
export type IssuePath = ReadonlyArray<string | number>;

export type IssueCode =
  | 'network' // the request failed (offline, DNS, CORS)
  | 'timeout'
  | 'http' // a non-2xx status: params.status
  | 'too-large' // over the size cap: params.limit
  | 'not-json' // an HTML page or other content where JSON was expected
  | 'feed-attribute' // the `feed` attribute holds a stringified object ("[object Object]"), not JSON: params.value
  | 'syntax' // JSON.parse failed: params.line, params.column
  | 'schema' // zod: params.detail (expected, received, …)
  | 'duplicate-id'
  | 'dangling-ref' // an id that names nothing: params.id
  | 'end-before-start'
  | 'unsafe-link' // not http(s) or relative: params.url
  | 'item-skipped' // a task or target left out (or an agency or section without a usable id): params.list
  | 'field-dropped' // an optional field or a list element left out, the item kept: params.kept ('rest' | 'text')
  | 'placeholder' // an agency or section kept by its id only, so the tasks naming it stay: params.list, params.id
  | 'too-many' // a list longer than the cap: params.list, params.limit, params.count
  | 'content-type' // the server labels the feed as something else (a warning when the body is JSON): params.type
  | 'no-lead' // every lead of a task was dangling
  | 'unused-agency' // an agency no task refers to (a warning)
  | 'internal'; // not the feed: tiendo failed (a bug), params.step ('load' | 'model') and params.message

export type Severity = 'error' | 'warning';

export interface FeedIssue {
  severity: Severity;
  code: IssueCode;
  path: IssuePath;
  params?: Record<string, string | number>;
}

/** `tasks[2].lead[0]` — the path as a webmaster searches for it in the JSON file. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

/** An error that stops a feed from loading at all (as opposed to an item that is skipped). */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: IssueCode,
    readonly issues: FeedIssue[],
    readonly url?: string,
  ) {
    super(`${code}: ${issues.map((i) => `${formatPath(i.path)} ${Object.values(i.params ?? {}).join(' ')}`).join('; ')}`);
  }
}
