/** `tiendo report <feed.json> <table>... [--date] [--source] [--out]`: merges, writes, accounts for every row. */
import { basename } from 'node:path';
import type { Lang } from '../derive/lang.js';
import { issueText } from '../core/issue-messages.js';
import { FeedError, formatPath } from '../feed/issues.js';
import { parseJson } from '../feed/load.js';
import { parseFeed } from '../feed/parse.js';
import { stringifyFeed } from '../feed/serialize.js';
import { today } from '../feed/calendar.js';
import type { RawFeed } from '../feed/edit.js';
import { CliError, readSource, writeOutput } from './io.js';
import { mergeTable, type Entry, type TableResult } from './report.js';
import { reportText } from './report-messages.js';
import { readDate } from './report-words.js';
import { delimiterOf } from './import-command.js';

export interface ReportArgs {
  feed: string;
  tables: string[];
  date?: string;
  source?: string;
  out?: string;
  delimiter?: string;
  /** For tests: the day after which a report is "in the future". */
  today?: string;
  lang: Lang;
}

export async function runReport(args: ReportArgs): Promise<number> {
  const date = args.date === undefined ? undefined : readDate(args.date);
  if (args.date !== undefined && !date) throw new CliError(`--date ${JSON.stringify(args.date)} is not a date (YYYY-MM-DD or 15/9/2023)`);
  const source = await readSource(args.feed);
  let feed: RawFeed;
  try {
    const value = parseJson(source.text, source.name);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new CliError(`${source.name}: not a feed (expected a JSON object)`);
    feed = value as RawFeed;
  } catch (e) {
    if (e instanceof FeedError) throw new CliError(`${source.name}: not valid JSON${e.issues[0]?.params?.line ? ` (line ${e.issues[0].params.line}, column ${e.issues[0].params.column})` : ''}; run tiendo validate`);
    throw e;
  }
  const before = parseFeed(feed);
  if (!before.feed) throw new CliError(`${source.name} is not a valid feed (${before.issues.length} error(s)); run tiendo validate ${source.name}`);

  const results: Array<[string, TableResult]> = [];
  for (const table of args.tables) {
    const text = (await readSource(table)).text;
    const result = mergeTable(feed, text, { date, source: args.source, today: args.today ?? today(), delimiter: delimiterOf(args.delimiter, table) });
    feed = result.feed;
    results.push([table, result]);
  }
  const after = parseFeed(feed);
  const newErrors = after.issues.filter((i) => i.severity === 'error' && !before.issues.some((b) => formatPath(b.path) === formatPath(i.path) && b.code === i.code));
  await writeOutput(args.out, stringifyFeed(feed));
  process.stderr.write(account(results, args.lang, args.out));
  if (newErrors.length) {
    process.stderr.write(`${reportText(args.lang, 'invalidAfter')}\n${newErrors.map((i) => `  ${formatPath(i.path)}: ${issueText(args.lang, i.code, i.params)}`).join('\n')}\n`);
  }
  return results.some(([, r]) => r.rejected.length) || newErrors.length ? 1 : 0;
}

/** The account on stderr, like `tiendo import`'s: counts, then every row by group, with its line. */
export function account(results: Array<[string, TableResult]>, lang: Lang, out?: string): string {
  const t = (key: Parameters<typeof reportText>[1], p?: Record<string, string | number>) => reportText(lang, key, p);
  const lines: string[] = [];
  const entry = (e: Entry) => `  ${e.line ? `${lang === 'vi' ? 'dòng' : 'line'} ${e.line}: ` : ''}${t(e.code, e.params)}`;
  let asOf: TableResult['asOf'];
  for (const [name, r] of results) {
    lines.push(`tiendo report ${basename(name)}`);
    lines.push(`  ${t('summary', { kind: r.kind, rows: r.rows, added: r.added.length, unchanged: r.unchanged.length, rejected: r.rejected.length })}`);
    for (const group of ['added', 'unchanged', 'skipped', 'rejected'] as const) {
      if (r[group].length === 0 && group !== 'rejected') continue;
      lines.push(`${t(group)}:`);
      if (r[group].length === 0) lines.push(`  ${t('none')}`);
      for (const e of r[group]) lines.push(entry(e));
    }
    if (r.asOf) asOf = { from: asOf?.from ?? r.asOf.from, to: r.asOf.to };
  }
  if (asOf) lines.push(t('asOf', asOf));
  if (out && out !== '-') lines.push(lang === 'vi' ? `Đã ghi ${out}` : `Wrote ${out}`);
  return `${lines.join('\n')}\n`;
}
