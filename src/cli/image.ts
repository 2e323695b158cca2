/**
 * `tiendo render … --format svg`: a self-contained SVG image, drawn from the widget's own layout
 * by the widget's image module (timeline/image.ts): text as `<text>`/`<tspan>`, wrapped here and
 * not by the renderer, fonts named with fallbacks, colours as attributes, no `<foreignObject>`
 * (which librsvg, Inkscape, Illustrator and resvg do not draw). Around the picture: the heading
 * (programme and what is shown), the source and "data as of", and the accessible title and
 * description. The social card (png.ts) frames the same picture at 1200×630.
 */
import type { ProgrammeModel } from '../feed/model.js';
import type { CalendarDate } from '../feed/calendar.js';
import { localText, type Lang } from '../derive/lang.js';
import { formatDate } from '../derive/format.js';
import { t } from '../core/messages.js';
import { themeColours } from '../core/theme.js';
import { IMAGE_FONT, n, textBlock, wrapText, xml, type ImagePart } from '../core/image-text.js';
import { layout as timelineLayout, STACK_BELOW } from '../timeline/layout.js';
import { timelineImage } from '../timeline/image.js';
import { layoutMatrix } from '../matrix/layout.js';
import { matrixImage } from '../matrix/image.js';
import { gridLayout, layoutGauge } from '../gauge/layout.js';
import { gaugeImage } from '../gauge/image.js';
import { CliError } from './io.js';
import { creditProgramme } from '../core/credit.js';
import { widgetTitle } from './page.js';
import type { WidgetName } from './render.js';

export interface ImageOptions {
  widget: WidgetName;
  model: ProgrammeModel;
  lang: Lang;
  now: CalendarDate;
  theme: 'light' | 'dark';
  width: number;
  /** Gauge: one target. */
  target?: string;
  /** The picture alone, without heading and source (the social card writes its own). */
  bare?: boolean;
}

/** The widgets drawn as images so far, and what draws each: its layout, then its picture. */
const PICTURES: Partial<Record<WidgetName, (o: ImageOptions, width: number, colours: Record<string, string>) => ImagePart>> = {
  // Paper's layout (whole titles, status under each) has a fixed track; a narrower image stacks
  // each row's bar under its title as the phone's layout does (its titles are whole in the image too).
  timeline: (o, width, colours) => timelineImage(timelineLayout(o.model, { width, now: o.now, media: width < STACK_BELOW ? 'screen' : 'print' }), width, o.lang, o.now, colours),
  matrix: (o, width, colours) => matrixImage(layoutMatrix(o.model, width, { order: 'workload', sort: 'document', layout: 'table', media: 'print' }), width, o.lang, colours),
  gauge: (o, width, colours) => {
    const start = o.model.programme.start ?? o.model.programme.issued;
    const targets = o.target ? o.model.targets.filter((t) => t.id === o.target) : o.model.targets;
    const gauges = targets.filter((t) => t.kind !== 'qualitative');
    const grid = gridLayout(width, gauges.length);
    const cards = gauges.map((target) => ({ target, layout: layoutGauge(target, { width: grid.picture, variant: 'arc', lang: o.lang, start }) }));
    return gaugeImage(cards, targets.filter((t) => t.kind === 'qualitative'), grid.columns, width, o.lang, colours);
  },
};

export const IMAGE_WIDGETS = Object.keys(PICTURES) as WidgetName[];

const PAD = 16;

/**
 * The source line under every image: "219-CTr/TU, Tỉnh ủy Lào Cai · Nguồn: … · Số liệu đến ngày …",
 * first saying so when the figures are illustrative (the widgets' "Minh họa" label): an image
 * travels without the page around it.
 */
export function creditText(model: ProgrammeModel, lang: Lang): string {
  const { programme, meta } = model;
  const source = localText(programme.source?.title, lang) || programme.source?.url;
  return [
    meta.illustrative ? t(lang, 'illustrativeNote') : '',
    creditProgramme(model, lang),
    source ? `${t(lang, 'source')}: ${source}` : '',
    meta.asOf ? t(lang, 'asOf', { date: formatDate(meta.asOf, lang) }) : '',
  ].filter(Boolean).join(' · ');
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

export function imageDocument(o: ImageOptions): Picture {
  const draw = PICTURES[o.widget];
  if (!draw) throw new CliError(`--format svg and png draw ${IMAGE_WIDGETS.join(', ')} so far; use --format page for the ${o.widget}`);
  const c = themeColours(o.theme);
  const { model, lang, width } = o;
  const heading = `${model.programme.symbol} — ${widgetTitle(o.widget, lang)}`;
  const title = localText(model.programme.title, lang);
  const headLines = o.bare ? [] : wrapText(heading, width - 2 * PAD, 18, true);
  const titleLines = o.bare ? [] : wrapText(title, width - 2 * PAD, 13);
  let y = PAD;
  const head = [
    textBlock(headLines, PAD, y + 18, 24, `font-size="18" font-weight="700" fill="${c.text}"`),
    textBlock(titleLines, PAD, (y += headLines.length * 24) + 14, 18, `font-size="13" fill="${c.muted}"`),
  ];
  y += o.bare ? 0 : titleLines.length * 18 + 12;
  const picture = draw(o, width - 2 * PAD, c);
  const top = y;
  y += picture.height + 12;
  const credit = o.bare ? [] : wrapText(creditText(model, lang), width - 2 * PAD, 12);
  const foot = textBlock(credit, PAD, y + 12, 16, `font-size="12" fill="${c.muted}"`);
  y += credit.length * 16 + PAD;
  const height = Math.ceil(y);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="tiendo-title tiendo-desc" font-family="${xml(IMAGE_FONT)}" lang="${lang}" xml:lang="${lang}">
<title id="tiendo-title">${xml(heading)}</title>
<desc id="tiendo-desc">${xml(`${title}. ${creditText(model, lang)}`)}</desc>
<rect width="${width}" height="${height}" fill="${c.background}"/>
${head.join('\n')}
<g transform="translate(${PAD} ${n(top)})">${picture.body}</g>
${foot}
</svg>
`;
  return { svg, width, height };
}
