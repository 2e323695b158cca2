/**
 * `tiendo render <widget> <feed>`: a widget as a static page, a fragment to paste into a page, or
 * an SVG image — all from the element's own server-rendered template.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { isCalendarDate, today } from '../feed/calendar.js';
import { FeedError } from '../feed/issues.js';
import { parseJson } from '../feed/load.js';
import { parseFeed } from '../feed/parse.js';
import { localText, type Lang } from '../derive/lang.js';
import { plural } from '../derive/format.js';
import { VERSION } from '../core/define.js';
import { issueText } from '../core/issue-messages.js';
import { CliError, readSource, writeOutput } from './io.js';
import { hideScriptControls, renderElement } from './render.js';
import { serverRenderer } from './server-renderer.js';
import { isWidgetName, widget as entry, widgetList, WIDGETS, type WidgetName } from '../widgets.js';
import { htmlPage, widgetTitle } from './page.js';
import { assembleModel, type ProgrammeModel } from '../feed/model.js';
import { parseTimeframe } from '../feed/timeframe.js';
import { IMAGE_WIDGETS, imageDocument } from './image.js';
import { socialCard, writePng } from './png.js';
import { validateText } from './validate.js';

export interface RenderArgs {
  widget: string;
  feed: string;
  out?: string;
  format?: string;
  /** The widget's language (default vi). */
  lang?: Lang;
  /** The language of the CLI's own messages. */
  messages: Lang;
  now?: string;
  width?: string;
  theme?: string;
  target?: string;
  height?: string;
  attr?: string[];
  /** PNG only: device pixels per CSS pixel (default 2). */
  scale?: string;
  /** PNG only: `article` (1200 px wide at 2×) or `social` (a 1200×630 card). */
  preset?: string;
  /** Print the `style-src` hashes a strict Content-Security-Policy needs for the output. */
  csp?: boolean;
}

/** The width a responsive page is laid out for: what the widest-reaching choices (axis labels) must fit. */
const RESPONSIVE_LAYOUT_WIDTH = 360;

type Format = 'page' | 'fragment' | 'svg' | 'png';
const FORMATS: readonly Format[] = ['page', 'fragment', 'svg', 'png'];
const IMAGES: readonly Format[] = ['svg', 'png'];
const THEMES = ['light', 'dark', 'auto'];

export async function runRender(args: RenderArgs): Promise<number> {
  if (!isWidgetName(args.widget)) throw new CliError(`unknown widget "${args.widget}" (use ${widgetList()})`);
  const widget = args.widget;
  const format = formatOf(args);
  const lang = args.lang ?? 'vi';
  const now = args.now ?? today();
  if (!isCalendarDate(now)) throw new CliError(`--now must be a date as YYYY-MM-DD, got "${args.now}"`);
  // Without --width, a page or fragment is responsive: laid out for the narrowest reader (a
  // 360 px phone) and stretched by its own CSS (container queries) to any width. An SVG is an
  // image of one size: 720 px unless told.
  const responsive = args.width === undefined && !IMAGES.includes(format);
  const preset = presetOf(args, format);
  const width = Number(args.width ?? (responsive ? RESPONSIVE_LAYOUT_WIDTH : preset ? PRESETS[preset].width : 720));
  // The summary card is made for a newspaper column, from 240 px; the other widgets need 280.
  const least = widget === 'summary' ? 240 : 280;
  if (!Number.isInteger(width) || width < least || width > 4000) throw new CliError(`--width must be a whole number of pixels from ${least} to 4000, got "${args.width}"`);
  const theme = args.theme ?? 'light';
  if (!THEMES.includes(theme)) throw new CliError(`--theme must be light, dark or auto, got "${theme}"`);
  if (args.target !== undefined && !takes(widget, 'target')) throw new CliError(`--target is for the ${WIDGETS.filter((w) => takes(w.name, 'target')).map((w) => w.name).join(' or the ')}`);
  if (args.height !== undefined) throw new CliError('--height is no longer needed: an SVG or PNG image is as tall as its picture');
  const scale = Number(args.scale ?? (preset ? PRESETS[preset].scale : 2));
  if (args.scale !== undefined && format !== 'png') throw new CliError('--scale is for PNG output');
  if (!(scale >= 0.5 && scale <= 4)) throw new CliError(`--scale must be a number from 0.5 to 4, got "${args.scale}"`);
  if (IMAGES.includes(format) && !IMAGE_WIDGETS.includes(widget)) throw new CliError(`--format ${format} draws ${IMAGE_WIDGETS.join(', ')} so far; use --format page for the ${widget}`);
  const extra = Object.fromEntries((args.attr ?? []).map(attribute));
  // A page or fragment needs @lit-labs/ssr (an optional peer dependency): said before any feed is read.
  if (!IMAGES.includes(format)) await serverRenderer();

  let source: Awaited<ReturnType<typeof readSource>>;
  try {
    source = await readSource(args.feed);
  } catch (e) {
    if (!(e instanceof FeedError)) throw e;
    // Too large for the widgets: refused here as they refuse it.
    process.stderr.write(`${args.feed}: error: ${issueText(args.messages, e.code, e.issues[0]?.params)}\ntiendo: ${args.feed} is not a feed the widgets can show; nothing rendered\n`);
    return 1;
  }
  const json = readFeed(source.text, source.name, source.url);
  const parsed = parseFeed(json, { baseUrl: source.url });
  if (!parsed.feed) return invalid(source.text, source.name, source.url, args.messages);
  if (args.target !== undefined && !parsed.feed.targets.some((t) => t.id === args.target)) {
    const ids = parsed.feed.targets.map((t) => t.id);
    throw new CliError(`no target "${args.target}" in ${source.name}${ids.length ? ` (targets: ${ids.join(', ')})` : ' (it has no targets)'}`);
  }
  const errors = parsed.issues.filter((i) => i.severity === 'error').length;
  if (errors) process.stderr.write(`tiendo: ${source.name} has ${errors} ${plural(errors, 'en', { one: 'problem', other: 'problems' })}; the widget shows the rest and lists them (see tiendo validate ${source.name})\n`);

  if (IMAGES.includes(format)) {
    const model = assembleModel(parsed.feed, { issues: parsed.issues, url: source.url, readTimeframe: parseTimeframe });
    const image = imageDocument({ widget, model, lang, now, theme: theme === 'dark' ? 'dark' : 'light', width, target: args.target, bare: preset === 'social' });
    const picture = preset === 'social' ? socialCard(image, model, lang, cardHeadline(widget, model, lang, args.target)) : image;
    if (format === 'svg') await writeOutput(args.out, picture.svg);
    else await writePng(args.out, picture, scale);
    return 0;
  }
  // `now` becomes an attribute only when asked for: a fragment that goes live on a page with the
  // script must then follow the reader's today, not stay on the day it was rendered.
  const attributes = { ...extra, lang, ...(args.now && { now }), theme, ...(args.target && { target: args.target }) };
  const element = await renderElement({ widget, feed: json, src: source.url, width, now, attributes });
  const programme = parsed.feed.programme;
  let text: string;
  if (format === 'fragment') text = `<!-- tiendo ${VERSION}: ${widget} of ${programme.symbol}, rendered ${today()} -->\n${hideScriptControls(element)}\n`;
  else text = htmlPage(hideScriptControls(element), { widget, lang, theme, width: responsive ? undefined : width, programme });
  await writeOutput(args.out, text);
  if (args.csp) process.stderr.write(`Content-Security-Policy: style-src 'self' ${styleHashes(text).join(' ')}\n`);
  return 0;
}

/**
 * The inline styles of static output (the page's and each shadow root's) are blocked by a strict
 * `style-src 'self'`, leaving the widget unstyled; their hashes allow exactly them.
 */
export function styleHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  return [...new Set(hashes)];
}

/** Whether a widget has an attribute of its own (`--target` is the gauge's). */
const takes = (name: WidgetName, attribute: string): boolean => (entry(name).attributes as readonly string[]).includes(attribute);

function formatOf(args: RenderArgs): Format {
  if (args.format !== undefined) {
    if (!FORMATS.includes(args.format as Format)) throw new CliError(`--format must be page, fragment, svg or png, got "${args.format}"`);
    return args.format as Format;
  }
  const ext = extname(args.out ?? '').toLowerCase();
  return ext === '.svg' ? 'svg' : ext === '.png' || args.preset !== undefined ? 'png' : 'page';
}

/** Image presets: an article image (a 1200 px column at 2× for sharp screens) and a social card. */
const PRESETS = { article: { width: 1200, scale: 2 }, social: { width: 1200, scale: 1 } } as const;
type Preset = keyof typeof PRESETS;

function presetOf(args: RenderArgs, format: Format): Preset | undefined {
  if (args.preset === undefined) return undefined;
  if (!(args.preset in PRESETS)) throw new CliError(`--preset must be article or social, got "${args.preset}"`);
  if (format !== 'png' && format !== 'svg') throw new CliError('--preset is for PNG or SVG output');
  return args.preset as Preset;
}

/** `--attr variant=bar`: any other attribute of the element. */
function attribute(pair: string): [string, string] {
  const m = /^([a-z][a-z0-9-]*)=(.*)$/s.exec(pair);
  if (!m) throw new CliError(`--attr takes name=value, got "${pair}"`);
  return [m[1]!, m[2]!];
}

function readFeed(text: string, name: string, url?: string): unknown {
  try {
    return parseJson(text, url);
  } catch (e) {
    if (e instanceof FeedError) return undefined;
    throw e;
  }
}

/** A feed the widget would refuse: say why, as `tiendo validate` does, and render nothing. */
function invalid(text: string, name: string, url: string | undefined, lang: Lang): number {
  const result = validateText(text, name, { lang, strict: false, url });
  for (const p of result.problems.filter((x) => x.severity === 'error')) {
    process.stderr.write(`${p.line ? `${name}:${p.line}:${p.column}` : name}: error: ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
  }
  process.stderr.write(`tiendo: ${name} is not a feed the widgets can show; nothing rendered\n`);
  return 1;
}

/** A social card's headline: the widget's title, or the one target's own title. */
function cardHeadline(widget: WidgetName, model: ProgrammeModel, lang: Lang, target?: string): string {
  const one = target ? model.targets.find((t) => t.id === target) : undefined;
  return one ? localText(one.title, lang) : widgetTitle(widget, lang);
}
