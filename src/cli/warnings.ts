/**
 * What a feed can get wrong without the widgets refusing it: dates out of order, reports dated
 * after the feed's own "as of" date, a structured timeframe whose dates contradict its words,
 * insecure links, text that looks like a legacy Vietnamese encoding (TCVN3, VNI) or like UTF-8
 * read as Windows-1252, the same body listed twice, placeholders left by `tiendo import`.
 *
 * Works on the raw JSON (so paths point into the file) and trusts nothing about its shape.
 */
import type { IssuePath } from '../feed/issues.js';
import { nameKey } from '../feed/name-key.js';
import { parseTimeframe } from '../feed/timeframe.js';
import { isCalendarDate } from '../feed/calendar.js';
import { forbiddenIn, hasXmlForbidden } from '../core/xml-chars.js';

/** Explicit direction marks (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): pasted by accident, or to deceive. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export type WarningCode =
  | 'date-order'
  | 'after-as-of'
  | 'before-issued'
  | 'programme-dates'
  | 'timeframe-mismatch'
  | 'timeframe-unparsed'
  | 'status-progress'
  | 'insecure-link'
  | 'mojibake'
  | 'not-nfc'
  | 'same-agency-twice'
  | 'duplicate-number'
  | 'empty-section'
  | 'placeholder'
  | 'xml-forbidden'
  | 'bidi-control';

export interface FeedWarning {
  code: WarningCode;
  path: IssuePath;
  params?: Record<string, string | number>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const date = (v: unknown): string | undefined => (isCalendarDate(v) ? v : undefined);
const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : isObj(v) ? (typeof v.vi === 'string' ? v.vi : undefined) : undefined);

/**
 * Text decoded with the wrong table. TCVN3 and VNI put Latin-1 symbols and letters foreign to
 * Vietnamese inside words ("®Êt n−íc", "Vieät"); UTF-8 read as Windows-1252 gives "Ã", "Â", "á»".
 */
const FOREIGN = '®©µ¸¶¹¨ª«¬¯±²³´·º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ\u2212';
const LEGACY = new RegExp(`\\p{L}[${FOREIGN}]|[${FOREIGN}]\\p{L}`, 'gu');
const VIETNAMESE = /[\u1EA0-\u1EF9đĐưƯơƠăĂ]/;
const UTF8_AS_1252 = /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u017D\u017E\u0178\u0192\u02C6\u02DC\u2013-\u203A]|á»|áº|Ä‘|Æ°|Æ¡|Â[\u00A0-\u00BF]/;

/** Two foreign signs inside words, or one in Vietnamese text ("Müller" alone is a name, not mojibake). */
function looksMisdecoded(text: string): boolean {
  if (UTF8_AS_1252.test(text)) return true;
  const hits = text.match(LEGACY)?.length ?? 0;
  return hits >= 2 || (hits === 1 && VIETNAMESE.test(text));
}

export function feedWarnings(input: unknown): FeedWarning[] {
  const out: FeedWarning[] = [];
  const warn = (code: WarningCode, path: IssuePath, params?: FeedWarning['params']) => out.push({ code, path, params });
  if (!isObj(input)) return out;
  const meta = isObj(input.meta) ? input.meta : {};
  const programme = isObj(input.programme) ? input.programme : {};
  const asOf = date(meta.asOf);
  const issued = date(programme.issued);

  // The programme's own dates.
  for (const field of ['symbol', 'title', 'issuer'] as const) {
    if (textOf(programme[field]) === 'TODO') warn('placeholder', ['programme', field]);
  }
  if (asOf && issued && asOf < issued) warn('programme-dates', ['meta', 'asOf'], { what: 'asOf-before-issued', a: asOf, b: issued });
  const implemented = isObj(programme.implements) ? date(programme.implements.issued) : undefined;
  if (implemented && issued && implemented > issued) warn('programme-dates', ['programme', 'implements', 'issued'], { what: 'implements-after-issued', a: implemented, b: issued });
  if (typeof programme.horizon === 'number' && typeof programme.vision === 'number' && programme.vision < programme.horizon) {
    warn('programme-dates', ['programme', 'vision'], { what: 'vision-before-horizon', a: programme.vision, b: programme.horizon });
  }

  /** Dated entries (updates, milestones, actuals): in order, not after `asOf`, not before the programme. */
  const dated = (items: unknown[], path: IssuePath, when: (item: Obj) => string | undefined, reported: boolean) => {
    let previous: string | undefined;
    items.forEach((item, i) => {
      if (!isObj(item)) return;
      const d = when(item);
      if (!d) return;
      const at = [...path, i, 'date'];
      if (previous && d < previous) warn('date-order', at, { date: d, previous });
      if (reported && asOf && d > asOf) warn('after-as-of', at, { date: d, asOf });
      if (reported && issued && d < issued && path[0] === 'tasks') warn('before-issued', at, { date: d, issued });
      previous = d;
    });
  };

  const agencies = list(input.agencies);
  const byKey = new Map<string, number>();
  agencies.forEach((a, i) => {
    const name = isObj(a) ? textOf(a.name) : undefined;
    if (!name) return;
    const key = nameKey(name);
    const first = byKey.get(key);
    if (first !== undefined) warn('same-agency-twice', ['agencies', i], { id: String((a as Obj).id), first: String((agencies[first] as Obj).id) });
    else byKey.set(key, i);
  });

  const sections = list(input.sections);
  const tasks = list(input.tasks);
  const numbers = new Map<string, number>();
  tasks.forEach((task, i) => {
    if (!isObj(task)) return;
    const path = ['tasks', i];
    dated(list(task.updates), [...path, 'updates'], (u) => date(u.date), true);
    dated(list(task.milestones), [...path, 'milestones'], (m) => date(m.date), false);
    for (const [j, m] of list(task.milestones).entries()) {
      if (isObj(m) && m.done === true && asOf && date(m.date) && date(m.date)! > asOf) warn('after-as-of', [...path, 'milestones', j, 'date'], { date: String(m.date), asOf });
    }
    if (task.status === 'done' && typeof task.progress === 'number' && task.progress < 100) warn('status-progress', [...path, 'progress'], { status: 'done', progress: task.progress });
    if (task.progress === 100 && task.status !== undefined && task.status !== 'done') warn('status-progress', [...path, 'status'], { status: String(task.status), progress: 100 });
    timeframeWarnings(task.timeframe, [...path, 'timeframe'], warn);
    const number = typeof task.number === 'string' && task.number ? `${String(task.section)}/${task.number}` : undefined;
    if (number !== undefined) {
      if (numbers.has(number)) warn('duplicate-number', [...path, 'number'], { number: String(task.number), first: numbers.get(number)! });
      else numbers.set(number, i);
    }
  });
  sections.forEach((s, i) => {
    if (isObj(s) && typeof s.id === 'string' && !tasks.some((t) => isObj(t) && t.section === s.id)) warn('empty-section', ['sections', i], { id: s.id });
  });

  list(input.targets).forEach((target, i) => {
    if (!isObj(target)) return;
    const path = ['targets', i];
    dated(list(target.actuals), [...path, 'actuals'], (a) => date(a.date), true);
    const due = (m: Obj) => date(m.date) ?? (typeof m.year === 'number' ? `${m.year}-12-31` : undefined);
    dated(list(target.milestones), [...path, 'milestones'], due, false);
    const baseline = isObj(target.baseline) ? (date(target.baseline.date) ?? (typeof target.baseline.year === 'number' ? `${target.baseline.year}-01-01` : undefined)) : undefined;
    const first = list(target.milestones).map((m) => (isObj(m) ? due(m) : undefined)).find(Boolean);
    if (baseline && first && first < baseline) warn('date-order', [...path, 'baseline'], { date: baseline, previous: first });
  });

  walkStrings(input, [], (text, path) => {
    if (/^https?:/i.test(text) && path.at(-1) === 'url' && /^http:/i.test(text)) warn('insecure-link', path, { url: text.slice(0, 80) });
    if (hasXmlForbidden(text)) warn('xml-forbidden', path, { chars: forbiddenIn(text).join(', ') });
    if (BIDI_CONTROL.test(text)) warn('bidi-control', path, { text: excerpt(text) });
    if (looksMisdecoded(text)) warn('mojibake', path, { text: excerpt(text) });
    else if (text !== text.normalize('NFC')) warn('not-nfc', path, { text: excerpt(text.normalize('NFC')) });
  });
  return out;
}

function timeframeWarnings(tf: unknown, path: IssuePath, warn: (code: WarningCode, path: IssuePath, params?: FeedWarning['params']) => void): void {
  const text = typeof tf === 'string' ? tf : isObj(tf) && typeof tf.text === 'string' ? tf.text : undefined;
  if (!text) return;
  const read = parseTimeframe(text);
  if (typeof tf === 'string') {
    if (read.kind === 'unparsed') warn('timeframe-unparsed', path, { text: excerpt(text) });
    return;
  }
  const given = tf as Obj;
  if (date(given.start) && date(given.end) && date(given.start)! > date(given.end)!) return; // already an error
  // The words are what the document says; dates that contradict them are a typing error (often day and month swapped).
  for (const field of ['start', 'end'] as const) {
    const stated = date(given[field]);
    const meant = read[field];
    if (stated && meant && stated !== meant && read.kind !== 'unparsed') warn('timeframe-mismatch', [...path, field], { field, stated, meant, text: excerpt(text) });
  }
}

function walkStrings(value: unknown, path: Array<string | number>, visit: (text: string, path: IssuePath) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (isObj(value)) for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit);
}

const excerpt = (s: string) => (s.length > 50 ? `${s.slice(0, 47)}…` : s);
