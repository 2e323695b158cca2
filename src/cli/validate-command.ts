/** `tiendo validate <feed|URL>... [--strict] [--json]`: one line per problem, compiler style. */
import type { Lang } from '../derive/lang.js';
import { CliError, readSource } from './io.js';
import { refused, validateText, type Validation } from './validate.js';
import { FeedError } from '../feed/issues.js';
import { cliText } from './messages.js';

export interface ValidateArgs {
  sources: string[];
  strict: boolean;
  json: boolean;
  lang: Lang;
}

export async function runValidate(args: ValidateArgs): Promise<number> {
  const results: Validation[] = [];
  let ioFailed = false;
  for (const name of args.sources) {
    try {
      const source = await readSource(name);
      results.push(validateText(source.text, source.name, { lang: args.lang, strict: args.strict, url: source.url }));
    } catch (e) {
      // Refused before it is read (over the size cap): invalid, as the widgets would say.
      if (e instanceof FeedError) {
        results.push(refused(e, name, args.lang, args.strict));
        continue;
      }
      if (!(e instanceof CliError) || args.sources.length === 1) throw e;
      // Several feeds: say which one failed, check the others.
      process.stderr.write(`tiendo: ${e.message}\n`);
      ioFailed = true;
    }
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ valid: results.every((r) => r.valid) && !ioFailed, strict: args.strict, files: results }, null, 2)}\n`);
  } else {
    process.stdout.write(results.map((r) => format(r, args.lang, args.strict)).join('\n'));
  }
  if (ioFailed) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}

/** `feed.json:12:15: error: programme.issued: Wrong date format …` — editors make it a link. */
function format(result: Validation, lang: Lang, strict: boolean): string {
  const t = (key: Parameters<typeof cliText>[1], p?: Record<string, string | number>) => cliText(lang, key, p);
  const lines = result.problems.map((p) => {
    const where = p.line ? `${result.source}:${p.line}:${p.column}` : result.source;
    return `${where}: ${t(p.severity)}: ${p.path ? `${p.path}: ` : ''}${p.message} [${p.code}]`;
  });
  const counts = t('counts', { errors: result.errors, warnings: result.warnings });
  const verdict = result.valid
    ? `✔ ${result.source}: ${t('valid', result.counts ?? { tasks: 0, sections: 0, agencies: 0, targets: 0 })}; ${counts}`
    : `✖ ${result.source}: ${t('invalid')}: ${counts}${strict && result.errors === 0 ? ` — ${t('strictFail')}` : ''}`;
  return `${[...lines, verdict].join('\n')}\n`;
}
