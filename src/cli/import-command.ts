/** `tiendo import <table> [--meta file] [--out feed.json]`: reads, imports, reports, writes. */
import { basename, extname } from 'node:path';
import { formatPath } from '../feed/issues.js';
import { issueText } from '../core/issue-messages.js';
import type { Lang } from '../derive/lang.js';
import { parseJson } from '../feed/load.js';
import { FeedError } from '../feed/issues.js';
import { today } from '../feed/calendar.js';
import { parseTimeframe } from '../feed/timeframe.js';
import { CliError, readSource, writeOutput } from './io.js';
import { importAppendix, readBase, TableError, type ImportResult } from './import.js';
import type { NoteLevel } from './notes.js';
import { cliText, noteText } from './messages.js';
import type { Delimiter } from './delimited.js';

export interface ImportArgs {
  table: string;
  meta?: string;
  out?: string;
  delimiter?: string;
  lang: Lang;
}

export async function runImport(args: ImportArgs): Promise<number> {
  const delimiter = delimiterOf(args.delimiter, args.table);
  const base = args.meta ? readBase(await readJson(args.meta)) : undefined;
  const source = await readSource(args.table, { maxBytes: Number.POSITIVE_INFINITY });
  let result: ImportResult;
  try {
    result = importAppendix(source.text, { base, delimiter, today: today() });
  } catch (e) {
    if (e instanceof TableError) {
      throw new CliError(`no task rows found in ${source.name}: expected numbered rows under a header such as "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian" (tab- or comma-separated)`);
    }
    throw e;
  }
  const json = `${JSON.stringify(result.feed, null, 2)}\n`;
  await writeOutput(args.out, json);
  process.stderr.write(report(result, source.name, args.lang, args.out));
  // Rows left out are data lost: the feed is written, but the exit code says the table needs fixing.
  const lost = result.notes.list.some((n) => n.code === 'no-lead' || n.code === 'no-title' || n.code === 'orphan-row');
  return lost || result.issues.some((i) => i.severity === 'error') ? 1 : 0;
}

/** --delimiter as given, else tab for a .tsv file, else detected from the content. */
export function delimiterOf(option: string | undefined, table: string): Delimiter | undefined {
  if (option === undefined) {
    const ext = extname(table).toLowerCase();
    // A .csv saved by Excel in some locales is tab- or semicolon-separated: let the content decide.
    return ext === '.tsv' || ext === '.tab' ? '\t' : undefined;
  }
  if (option === 'tab' || option === '\\t' || option === '\t') return '\t';
  if (option === 'comma' || option === ',') return ',';
  if (option === 'semicolon' || option === ';') return ';';
  throw new CliError(`unknown --delimiter ${JSON.stringify(option)} (use tab, comma or semicolon)`);
}

async function readJson(path: string): Promise<unknown> {
  const source = await readSource(path, { maxBytes: Number.POSITIVE_INFINITY });
  try {
    return parseJson(source.text, source.name);
  } catch (e) {
    if (e instanceof FeedError) {
      const p = e.issues[0]?.params;
      throw new CliError(p?.line ? `${source.name}:${p.line}:${p.column}: not valid JSON` : `${source.name}: not JSON`);
    }
    throw e;
  }
}

/** The report on stderr: counts, then every note by level, each with its table line. */
export function report(result: ImportResult, name: string, lang: Lang, out?: string): string {
  const { feed, notes } = result;
  const t = (key: Parameters<typeof cliText>[1], p?: Record<string, string | number>) => cliText(lang, key, p);
  const timeframes = feed.tasks.map((task) => (typeof task.timeframe === 'string' ? parseTimeframe(task.timeframe) : { kind: task.timeframe.kind }));
  const unread = timeframes.filter((tf) => tf.kind === 'unparsed').length;
  const lines = [
    `tiendo import ${basename(name)}`,
    `  ${t('importSummary', {
      tasks: feed.tasks.length,
      sections: feed.sections.length,
      agencies: feed.agencies.length,
      groups: feed.agencies.filter((a) => a.kind === 'group').length,
      read: timeframes.length - unread,
      unread,
    })}`,
  ];
  const levels: Array<[NoteLevel, 'levelInfo' | 'levelGuess' | 'levelUnread']> = [
    ['info', 'levelInfo'],
    ['guess', 'levelGuess'],
    ['unread', 'levelUnread'],
  ];
  for (const [level, title] of levels) {
    const list = notes.list.filter((n) => n.level === level).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (list.length === 0 && level !== 'unread') continue;
    lines.push(`${t(title)}:`);
    if (list.length === 0) lines.push(`  ${t('nothingUnread')}`);
    for (const note of list) lines.push(`  ${note.line ? `${t('line')} ${note.line}: ` : ''}${noteText(lang, note.code, note.params)}`);
  }
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    lines.push(t('importInvalid'));
    for (const issue of errors) lines.push(`  ${formatPath(issue.path)}: ${issueText(lang, issue.code, issue.params)}`);
  }
  if (out && out !== '-') lines.push(t('wrote', { file: out }));
  return `${lines.join('\n')}\n`;
}
