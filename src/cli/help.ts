/** `tiendo --help` and `tiendo <command> --help`. The full guide is docs/cli.md. */
import { WIDGET_NAMES } from '../widgets.js';
import { GUIDE } from './guide.js';

/** `timeline|matrix|gauge`: the widgets `tiendo render` draws (the registry's). */
export const RENDER_WIDGETS = WIDGET_NAMES.join('|');

export type Command = 'import' | 'report' | 'validate' | 'schema' | 'render';

const LANG = `
  --lang vi|en           language of messages (default: from LANG, vi_VN → vi; else en)`;
const REST = `
  --debug                show the stack trace of an error
  -h, --help             this help`;
const COMMON = LANG + REST;

const EXIT = `
Exit codes: 0 ok · 1 invalid feed · 2 usage, file or network error`;

export const HELP = `tiendo — feeds and static output for the tiendo programme widgets

Usage:
  tiendo import <table.txt|.tsv|.csv> [--meta programme.json] [--out feed.json]
  tiendo report <feed.json> <report.tsv>... [--date YYYY-MM-DD] [--source "Báo cáo số …"] [--out feed.json]
  tiendo validate <feed.json|URL>... [--strict] [--json]
  tiendo schema [--out feed.schema.json]
  tiendo render <${RENDER_WIDGETS}> <feed.json|URL> [--out file.html|file.svg|file.png]
                [--lang vi|en] [--now YYYY-MM-DD] [--width px] [--theme light|dark|auto]
                [--target id] [--format page|fragment|svg|png] [--preset article|social]
                [--scale n] [--attr name=value] [--csp]

  import    turn a document's appendix table into a feed, with a report of every guess
  report    merge a periodic report table (task statuses, target values) into a feed
  validate  check a feed: errors with JSON paths, warnings, line and column
  schema    print the feed's JSON Schema
  render    a widget as static HTML (no JavaScript) or SVG

Run "tiendo <command> --help" for a command's options. Guide: ${GUIDE}cli.md
${EXIT}
`;

const HELPS: Record<Command, string> = {
  import: `Usage: tiendo import <table.txt|.tsv|.csv> [options]

Reads an appendix table as it comes out of a Word or PDF document (tab-, comma- or
semicolon-separated; UTF-8 or UTF-16 with BOM): header rows repeated after page breaks,
Roman-numeral section rows, numbered task rows, rows continued across a page break.
Writes a feed (JSON) to stdout or --out; prints a report to stderr: tasks, sections and
agencies found, and every cell that was joined, guessed or could not be read, by line.

Options:
  -o, --out <file>       write the feed here instead of stdout
  --meta <file.json>     the programme (symbol, title, issuer, issued, …) as a JSON object,
                         or an earlier feed: its meta, programme, targets, agency ids and
                         names, section and task translations and reports are kept
  --delimiter <d>        tab, comma or semicolon (default: detected)${COMMON}
${EXIT}
`,
  report: `Usage: tiendo report <feed.json> <report.tsv|.csv>... [options]

Merges a periodic report table into a feed: each row becomes a dated report on its task
(columns TT/task, Trạng thái/status, Tiến độ/progress %, Ghi chú/note, Link, optional Ngày/date
and Nguồn/source), or, for a table with Chỉ tiêu/target and Giá trị/value columns, an actual
value on its target. Rows that name no task, name two, or hold an unreadable status, progress,
value or date are rejected with their line; the same table merged twice adds nothing.
Writes the feed (stable key order) to stdout or --out; the account goes to stderr.

Options:
  --date <YYYY-MM-DD>    the report's date, for rows without a date column
  --source <text>        the report document ("Báo cáo số 125-BC/TU ngày 15/9/2023")
  -o, --out <file>       write the feed here (may be the input file) instead of stdout
  --delimiter <d>        tab, comma or semicolon (default: detected)${COMMON}
${EXIT.replace('1 invalid feed', '1 rows rejected or merged feed invalid')}
`,
  validate: `Usage: tiendo validate <feed.json|URL|->... [options]

Checks feeds as the widgets read them. Errors (the widgets skip the item or refuse the feed)
make the exit code 1; warnings (an agency no task names, dates out of order, an insecure or
non-web link, text that looks like a legacy Vietnamese encoding, …) do not, unless --strict.

Options:
  --strict               warnings count as errors
  --json                 print machine-readable results to stdout${COMMON}
${EXIT}
`,
  schema: `Usage: tiendo schema [--out file]

Prints the feed's JSON Schema (draft 2020-12), the same as tiendo/feed.schema.json.

Options:
  -o, --out <file>       write it here instead of stdout${REST}
`,
  render: `Usage: tiendo render <${RENDER_WIDGETS}> <feed.json|URL> [options]

Renders a widget without JavaScript: the element's own template, server-rendered into a
declarative shadow root (picture and data table), responsive from 320 px up; or the
timeline, matrix or gauge as an image: plain SVG (no foreignObject) or PNG.
Pages and fragments need Lit's server renderer next to tiendo (an optional peer
dependency): npm install -D @lit-labs/ssr@^4. Images do without it.

Options:
  -o, --out <file>       .html → a whole page, .svg → an SVG image, .png → a PNG image;
                         default stdout (page)
  --format <f>           page, fragment (just the element, to paste into a page), svg or png
  --lang vi|en           the widget's language, and of messages (default vi)
  --now YYYY-MM-DD       the date statuses and the today line refer to (default today)
  --width <px>           an exact width to lay out for (default: pages fit any width;
                         images are 720 px)
  --theme light|dark|auto  colours (default light; auto follows the reader's system)
  --target <id>          gauge: which target to show (default: all of them)
  --preset <p>           PNG or SVG: article (1200 px wide, PNG at 2×) or social (a
                         1200×630 card: document, title, the picture's top, source)
  --scale <n>            PNG: device pixels per CSS pixel, 0.5–4 (default 2); PNG needs a
                         local Chrome or Chromium (CHROME_PATH picks one)
  --attr <name=value>    any other attribute of the element, e.g. --attr variant=bar
                         (gauge), --attr agency=<id> (timeline, matrix); repeatable;
                         --attr src=<feed URL>: a fragment that goes live where the
                         page also loads the widget's script
  --csp                  print the style-src hashes a strict Content-Security-Policy
                         needs for the page's inline styles${REST}
${EXIT}
`,
};

export const commandHelp = (command: Command): string => HELPS[command];
