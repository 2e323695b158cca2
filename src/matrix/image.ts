/**
 * The matrix as SVG elements for an image file (`tiendo render matrix --format svg|png`): a pure
 * function of the layout, drawn with `<text>` and shapes only so that non-browser renderers show
 * it. Task titles are wrapped in full; agency names stand upright-rotated in narrow columns (the
 * short name when the feed gives one, as the live header does), each role mark with its letters
 * and shape as well as colour (CT filled square, ĐCT filled pill, PH outlined pill).
 */
import { localText, type Lang } from '../derive/lang.js';
import { roleAbbreviation, roleText } from '../derive/roles.js';
import { n, textBlock, textWidth, wrapText, xml, type ImagePart } from '../core/image-text.js';
import type { MatrixLayout } from './layout.js';
import { ROLE_OF } from './responsibility.js';
import type { Role } from '../derive/roles.js';
import { shortName } from './table.js';
import { m } from './messages.js';

const FONT = 13;
const LINE = 17;
/** An agency column's width, px: a role mark and some air. */
const COLUMN = { least: 30, most: 44 } as const;
/**
 * The least a task column gets beside the agency columns; narrower (a phone-wide image), each
 * title takes the whole width and its row's marks go under it, as the live matrix's cards do.
 */
export const TASK_COLUMN_LEAST = 200;
/** The strip of marks under a title, in the stacked layout. */
const MARKS = 28;

export function matrixImage(l: MatrixLayout, width: number, lang: Lang, c: Record<string, string>): ImagePart {
  const { matrix, columns, rows } = l;
  const column = Math.max(COLUMN.least, Math.min(COLUMN.most, (width - TASK_COLUMN_LEAST) / Math.max(1, columns.length)));
  const taskWidth = width - column * columns.length;
  // 9 agency columns at 360 px left titles 90 px: a few letters a line, 25,844 px in all.
  const stacked = taskWidth < TASK_COLUMN_LEAST;
  const names = columns.map((col) => shortName(col, lang));
  const head = Math.ceil(Math.max(...names.map((s) => textWidth(s, 12)), textWidth(m(lang, 'task'), 12, true)) + 16);
  const out: string[] = [];
  const bands: string[] = [];
  const x = (i: number) => taskWidth + i * column;

  // Header: "Nhiệm vụ" at the foot of the task column, agency names rotated to read upwards.
  out.push(`<text x="4" y="${head - 8}" font-size="12" font-weight="700" fill="${c.muted}">${xml(m(lang, 'task'))}</text>`);
  columns.forEach((col, i) => {
    const cx = x(i) + column / 2 + 4;
    if (col.group) bands.push(`<rect x="${n(x(i))}" y="0" width="${n(column)}" height="__H__" fill="${c.grid}" fill-opacity="0.5"/>`);
    out.push(`<text transform="translate(${n(cx)} ${head - 8}) rotate(-90)" font-size="12" fill="${c.text}"${col.group ? ' font-style="italic"' : ''}>${xml(names[i]!)}</text>`);
  });
  out.push(`<line x1="0" x2="${width}" y1="${head - 0.5}" y2="${head - 0.5}" stroke="${c.border}" stroke-width="2"/>`);

  let y = head;
  for (const row of rows) {
    if (row.kind === 'section') {
      const s = row.section.section;
      const lines = wrapText(`${s.number ? `${s.number}. ` : ''}${localText(s.title, lang)}`, width - 8, FONT, true);
      const h = lines.length * LINE + 10;
      out.push(`<rect x="0" y="${n(y)}" width="${width}" height="${h}" fill="${c.surface}"/>`,
        textBlock(lines, 4, y + 5 + FONT, LINE, `font-size="${FONT}" font-weight="700" fill="${c.text}"`));
      y += h;
      continue;
    }
    const task = matrix.tasks[row.task]!;
    const lines = wrapText(localText(task.title, lang), (stacked ? width : taskWidth) - 36, FONT);
    const title = lines.length * LINE + 10;
    const h = stacked ? title + MARKS : Math.max(28, title);
    const markY = stacked ? y + title + MARKS / 2 - 4 : y + h / 2;
    out.push(`<text x="4" y="${n(y + 5 + FONT)}" font-size="${FONT}" font-weight="700" fill="${c.muted}">${xml(task.number)}</text>`,
      textBlock(lines, 30, y + 5 + FONT, LINE, `font-size="${FONT}" fill="${c.text}"`));
    const base = row.task * matrix.columns.length;
    columns.forEach((col, i) => {
      const role = ROLE_OF[matrix.cells[base + col.index]!];
      if (role) out.push(roleMark(role, x(i) + column / 2, markY, lang, c));
    });
    out.push(`<line x1="0" x2="${width}" y1="${n(y + h - 0.5)}" y2="${n(y + h - 0.5)}" stroke="${c.grid}"/>`);
    y += h;
  }

  // Totals: tasks each body leads and coordinates, as in the live table's foot.
  const lead = roleText(lang, 'lead');
  const coordinating = roleText(lang, 'coordinating');
  out.push(`<text x="4" y="${n(y + 18)}" font-size="12" font-weight="700" fill="${c.text}">${xml(m(lang, 'totals'))}</text>`,
    `<text x="${n(taskWidth - 6)}" y="${n(y + 18)}" text-anchor="end" font-size="11" font-weight="700" fill="${c.lead}">${xml(lead)}</text>`,
    `<text x="${n(taskWidth - 6)}" y="${n(y + 34)}" text-anchor="end" font-size="11" fill="${c.coordinating}">${xml(coordinating)}</text>`);
  columns.forEach((col, i) => {
    const cx = x(i) + column / 2;
    out.push(`<text x="${n(cx)}" y="${n(y + 18)}" text-anchor="middle" font-size="11" font-weight="700" fill="${c.lead}">${col.leads}</text>`,
      `<text x="${n(cx)}" y="${n(y + 34)}" text-anchor="middle" font-size="11" fill="${c.coordinating}">${col.coordinating}</text>`);
  });
  y += 44;

  // The key: the marks' letters in words, and the full names the short headers stand for.
  const key = (['lead', 'coordinating'] as const).map((r, i) => `${roleMark(r, 14 + i * 130, y + 12, lang, c)}<text x="${32 + i * 130}" y="${n(y + 16)}" font-size="12" fill="${c.text}">${xml(roleText(lang, r))}</text>`);
  y += 30;
  const full = columns.filter((col, i) => localText(col.agency.name, lang) !== names[i]);
  const legend = full.map((col) => `${shortName(col, lang)}: ${localText(col.agency.name, lang)}`);
  const legendLines = legend.flatMap((s) => wrapText(s, width - 8, 11));
  const legendText = textBlock(legendLines, 4, y + 11, 15, `font-size="11" fill="${c.muted}"`);
  y += legendLines.length * 15 + 4;
  const height = Math.ceil(y);
  return { body: `${bands.join('').replace(/__H__/g, n(height - 30 - legendLines.length * 15 - 4))}${out.join('')}${key.join('')}${legendText}`, height };
}

function roleMark(role: Role, cx: number, cy: number, lang: Lang, c: Record<string, string>): string {
  const text = roleAbbreviation(lang, role);
  const w = Math.max(24, textWidth(text, 11, true) + 10);
  const filled = role !== 'coordinating';
  const rx = role === 'lead' ? 2 : 10;
  const colour = filled ? c.lead : c.coordinating;
  return `<rect x="${n(cx - w / 2)}" y="${n(cy - 10)}" width="${n(w)}" height="20" rx="${rx}" fill="${filled ? colour : c.background}" stroke="${colour}" stroke-width="2"/>`
    + `<text x="${n(cx)}" y="${n(cy + 4)}" text-anchor="middle" font-size="11" font-weight="700" fill="${filled ? c.background : colour}">${xml(text)}</text>`;
}
