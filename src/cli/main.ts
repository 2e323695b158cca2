/**
 * `tiendo`: turn a programme document's appendix into a feed, check a feed, print the feed's
 * JSON Schema, render a widget as static HTML or SVG. Exit codes: 0 ok, 1 invalid feed (or a
 * table that could not all be imported), 2 usage, file or network error. Errors are one line;
 * stack traces only with --debug.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { toLang, type Lang } from '../derive/lang.js';
import { VERSION } from '../core/define.js';
import { CliError } from './io.js';
import { HELP, RENDER_WIDGETS, commandHelp, type Command } from './help.js';

type Values = Record<string, string | string[] | boolean | undefined>;

const COMMON = {
  lang: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const OPTIONS: Record<Command, ParseArgsConfig['options']> = {
  import: { ...COMMON, meta: { type: 'string' }, out: { type: 'string', short: 'o' }, delimiter: { type: 'string' } },
  report: { ...COMMON, date: { type: 'string' }, source: { type: 'string' }, out: { type: 'string', short: 'o' }, delimiter: { type: 'string' }, today: { type: 'string' } },
  validate: { ...COMMON, strict: { type: 'boolean' }, json: { type: 'boolean' } },
  schema: { ...COMMON, out: { type: 'string', short: 'o' } },
  render: {
    ...COMMON,
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    now: { type: 'string' },
    width: { type: 'string' },
    theme: { type: 'string' },
    target: { type: 'string' },
    height: { type: 'string' },
    scale: { type: 'string' },
    preset: { type: 'string' },
    attr: { type: 'string', multiple: true },
    csp: { type: 'boolean' },
  },
};

/** The language of messages: --lang, else the terminal's locale (vi_VN.UTF-8 → vi), else English. */
function messageLang(option: unknown): Lang {
  if (typeof option === 'string') return toLang(option);
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^vi/i.test(env) ? 'vi' : 'en';
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(rest[0] && rest[0] in OPTIONS ? commandHelp(rest[0] as Command) : HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`tiendo ${VERSION}\n`);
    return 0;
  }
  if (!(name in OPTIONS)) throw new CliError(`unknown command "${name}" (commands: import, report, validate, schema, render; see tiendo --help)`);
  const command = name as Command;
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options: OPTIONS[command], allowPositionals: true, strict: true }) as { values: Values; positionals: string[] });
  } catch (e) {
    throw new CliError(`${(e as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, '')} (see tiendo ${command} --help)`);
  }
  if (values.help) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  const lang = messageLang(values.lang);
  const str = (key: string) => values[key] as string | undefined;
  const need = (count: number, what: string) => {
    if (positionals.length < count) throw new CliError(`missing ${what} (see tiendo ${command} --help)`);
  };

  switch (command) {
    case 'import': {
      need(1, 'table file');
      if (positionals.length > 1) throw new CliError(`import takes one table file, got ${positionals.length}`);
      const { runImport } = await import('./import-command.js');
      return runImport({ table: positionals[0]!, meta: str('meta'), out: str('out'), delimiter: str('delimiter'), lang });
    }
    case 'report': {
      need(2, 'feed and report table: tiendo report <feed.json> <report.tsv>');
      const { runReport } = await import('./report-command.js');
      return runReport({ feed: positionals[0]!, tables: positionals.slice(1), date: str('date'), source: str('source'), out: str('out'), delimiter: str('delimiter'), today: str('today'), lang });
    }
    case 'validate': {
      need(1, 'feed file or URL');
      const { runValidate } = await import('./validate-command.js');
      return runValidate({ sources: positionals, strict: !!values.strict, json: !!values.json, lang });
    }
    case 'schema': {
      if (positionals.length) throw new CliError(`schema takes no arguments (see tiendo schema --help)`);
      const { runSchema } = await import('./schema.js');
      return runSchema({ out: str('out') });
    }
    case 'render': {
      need(2, `widget and feed: tiendo render <${RENDER_WIDGETS}> <feed.json|URL>`);
      if (positionals.length > 2) throw new CliError(`render takes a widget and one feed, got ${positionals.length} arguments`);
      const { runRender } = await import('./render-command.js');
      return runRender({
        widget: positionals[0]!,
        feed: positionals[1]!,
        out: str('out'),
        format: str('format'),
        lang: values.lang === undefined ? undefined : toLang(str('lang')),
        messages: lang,
        now: str('now'),
        width: str('width'),
        theme: str('theme'),
        target: str('target'),
        height: str('height'),
        scale: str('scale'),
        preset: str('preset'),
        attr: values.attr as string[] | undefined,
        csp: !!values.csp,
      });
    }
  }
}

const debug = process.argv.includes('--debug');
// `tiendo schema | head`: a closed pipe is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof CliError ? error.message : `internal error: ${(error as Error)?.message ?? error}${debug ? '' : ' (run again with --debug for details)'}`;
    process.stderr.write(`tiendo: ${message}\n`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 2;
  },
);
