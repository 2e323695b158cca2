/**
 * `tiendo import`: an appendix table → a feed that validates, and notes on everything the table
 * did not settle. Timeframes go through the shared parser and stay as the document's words;
 * agencies through the splitter and the registry; the result through the same `parseFeed` the
 * widgets use, so "it imported" means "it loads".
 */
import * as z from 'zod/mini';
import { Agency, Section, Task, type Feed, type Meta, type Programme, type Target, type Text } from '../feed/schema.js';
import { parseFeed } from '../feed/parse.js';
import { parseTimeframe } from '../feed/timeframe.js';
import { nameKey } from '../feed/name-key.js';
import type { FeedIssue } from '../feed/issues.js';
import { splitAgencies } from './agencies.js';
import { AgencyRegistry, viText } from './agency-registry.js';
import { readAppendix, type TaskRow } from './table.js';
import { Notes } from './notes.js';
import { guessProgramme, placeholderProgramme } from './programme-guess.js';
import type { Delimiter } from './delimited.js';

/** What `--meta` may hold: a programme, or any part of a feed (an earlier version of this one). */
export interface ImportBase {
  meta?: Meta;
  programme?: Programme;
  agencies: Agency[];
  sections: Section[];
  tasks: Task[];
  targets?: Target[];
}

export interface ImportOptions {
  base?: ImportBase;
  delimiter?: Delimiter;
  /** Today, for the placeholder date of issue when nothing names the programme. */
  today: string;
}

export interface ImportResult {
  feed: Feed;
  notes: Notes;
  /** Problems `parseFeed` still finds (only possible when `--meta` brings bad data). */
  issues: FeedIssue[];
}

export class TableError extends Error {
  override readonly name = 'TableError';
}

export function importAppendix(text: string, options: ImportOptions): ImportResult {
  const notes = new Notes();
  const appendix = readAppendix(text, notes, options.delimiter);
  if (!appendix || appendix.tasks.length === 0) throw new TableError('no-tasks');
  const base = options.base;

  let programme = base?.programme;
  if (!programme) {
    const guessed = guessProgramme(appendix.preamble);
    if (guessed) notes.add('guess', 'programme-guessed', guessed.line, { symbol: guessed.programme.symbol, issued: guessed.programme.issued, issuer: viText(guessed.programme.issuer) });
    else notes.add('guess', 'programme-missing');
    programme = guessed?.programme ?? placeholderProgramme(options.today);
  }

  const sections = appendix.sections.map((row, i) => {
    const known = base?.sections.find((s) => s.number === row.number && nameKey(viText(s.title)) === nameKey(row.title));
    const id = known?.id ?? uniqueId(row.number, appendix.sections.slice(0, i).map((s) => s.number));
    if (!known && id !== row.number) notes.add('guess', 'duplicate-section', row.line, { number: row.number, id });
    return { id, number: row.number, title: withVi(known?.title, row.title) } satisfies Section;
  });
  // Tasks above the first section row (or a table with none) go into a section of their own.
  const orphan = appendix.tasks.find((t) => t.section < 0);
  const orphanSection = uniqueId('main', sections.map((x) => x.id));
  if (orphan) notes.add('guess', 'no-section', orphan.line);
  const sectionId = (row: TaskRow) => (row.section < 0 ? orphanSection : sections[row.section]!.id);
  const allSections: Section[] = orphan ? [{ id: orphanSection, title: 'Nhiệm vụ' }, ...sections] : sections;

  const registry = new AgencyRegistry(notes, base?.agencies);
  const ids = new Set<string>();
  const tasks: Task[] = [];
  for (const row of appendix.tasks) {
    const task = importTask(row, sectionId(row), registry, notes, base?.tasks ?? [], ids);
    if (task) tasks.push(task);
  }
  for (const agency of registry.unusedKnown()) notes.add('info', 'meta-agency-unused', undefined, { id: agency.id });

  const feed = {
    meta: base?.meta ?? { schemaVersion: 1, illustrative: false },
    programme,
    agencies: registry.list(),
    sections: allSections,
    tasks,
    targets: base?.targets ?? [],
  } as Feed;
  const { issues } = parseFeed(feed);
  return { feed, notes, issues };
}

function importTask(row: TaskRow, section: string, registry: AgencyRegistry, notes: Notes, known: Task[], ids: Set<string>): Task | null {
  const label = row.number || `(${row.line})`;
  if (!row.title) {
    notes.add('unread', 'no-title', row.line, { number: label });
    return null;
  }
  const lead = unique(splitAgencies(row.lead).map((p) => registry.add(p, row.line)));
  if (lead.length === 0) {
    notes.add('unread', 'no-lead', row.line, { number: label });
    return null;
  }
  const coordinating = unique(splitAgencies(row.coordinating).map((p) => registry.add(p, row.line))).filter((id) => !lead.includes(id));

  const timeframe = parseTimeframe(row.timeframe);
  if (!row.timeframe) notes.add('unread', 'timeframe-empty', row.line, { number: label });
  else if (timeframe.kind === 'unparsed') notes.add('unread', 'timeframe-unparsed', row.line, { number: label, text: row.timeframe });

  const earlier = row.number ? known.find((t) => t.number === row.number && t.section === section) : undefined;
  const same = earlier && nameKey(viText(earlier.title)) === nameKey(row.title);
  if (earlier && !same) notes.add('guess', 'meta-task-changed', row.line, { number: label, id: earlier.id });
  const base = same ? earlier : undefined;

  let id = base?.id ?? (row.number ? `t${row.number}`.replace(/[^A-Za-z0-9._:-]/g, '-') : `t-line${row.line}`);
  if (ids.has(id)) {
    notes.add('guess', 'duplicate-number', row.line, { number: label });
    id = uniqueId(id, [...ids]);
  }
  ids.add(id);

  // An earlier feed's structured timeframe for the same words is the office's own reading: keep it.
  const structured = base && typeof base.timeframe === 'object' && base.timeframe.text === row.timeframe ? base.timeframe : undefined;
  return {
    id,
    ...(row.number && { number: row.number }),
    section,
    title: withVi(base?.title, row.title),
    lead,
    coordinating,
    timeframe: structured ?? row.timeframe,
    ...(base && {
      ...(base.status !== undefined && { status: base.status }),
      ...(base.progress !== undefined && { progress: base.progress }),
      ...(base.updates !== undefined && { updates: base.updates }),
      ...(base.milestones !== undefined && { milestones: base.milestones }),
      ...(base.links !== undefined && { links: base.links }),
    }),
  };
}

/** The document's words as the Vietnamese text, keeping an earlier feed's translations. */
function withVi(earlier: Text | undefined, printed: string): Text {
  return earlier && typeof earlier === 'object' ? { ...earlier, vi: printed } : printed;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function uniqueId(id: string, taken: readonly string[]): string {
  let out = id;
  for (let n = 2; taken.includes(out); n++) out = `${id}-${n}`;
  return out;
}

/** Reads `--meta`: a programme object, or a (partial) feed whose parts are reused. */
export function readBase(json: unknown): ImportBase {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new TableError('meta-not-object');
  const o = json as Record<string, unknown>;
  const items = <T>(list: unknown, schema: z.ZodMiniType<T>): T[] =>
    Array.isArray(list) ? list.flatMap((item) => {
      const r = z.safeParse(schema, item);
      return r.success ? [r.data] : [];
    }) : [];
  const isProgramme = 'symbol' in o && !('programme' in o);
  return {
    ...(o.meta !== undefined && { meta: o.meta as Meta }),
    ...((isProgramme || o.programme !== undefined) && { programme: (isProgramme ? o : o.programme) as Programme }),
    agencies: items(o.agencies, Agency),
    sections: items(o.sections, Section),
    tasks: items(o.tasks, Task),
    ...(Array.isArray(o.targets) && { targets: o.targets as Target[] }),
  };
}
