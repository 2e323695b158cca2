/**
 * One agency per body, however often and however differently the table prints it. Printings with
 * the same `nameKey` (case, ủy/uỷ, a final full stop) are one agency for certain; printings that
 * only match once abbreviations are expanded ("UBND tỉnh" / "Ủy ban nhân dân tỉnh") are merged
 * too, but noted as a guess. The first printing is the name; an earlier feed given with `--meta`
 * lends its ids, short names, translations and successors to the bodies it already knew.
 */
import { nameKey } from '../feed/name-key.js';
import type { Agency, Text } from '../feed/schema.js';
import { looseKey, type AgencyPart } from './agencies.js';
import type { Notes } from './notes.js';

interface Entry {
  agency: Agency;
  key: string;
  loose: string;
  line: number;
  forms: Set<string>;
}

export class AgencyRegistry {
  private readonly entries: Entry[] = [];
  private readonly ids = new Set<string>();
  private readonly noted = new Set<string>();
  private readonly known: Array<{ agency: Agency; loose: string; used: boolean }>;

  constructor(
    private readonly notes: Notes,
    known: readonly Agency[] = [],
  ) {
    this.known = known.map((agency) => ({ agency, loose: looseKey(viText(agency.name)), used: false }));
  }

  /** The id of the body this printing names, registering it on first sight. */
  add(part: AgencyPart, line: number): string {
    const key = nameKey(part.name);
    const loose = looseKey(part.name);
    if (part.guess) this.once(part.guess, part.context ?? part.name, line);
    const same = this.entries.find((e) => e.key === key) ?? this.entries.find((e) => e.loose === loose);
    if (same) {
      if (!same.forms.has(part.name)) {
        same.forms.add(part.name);
        const first = viText(same.agency.name);
        const code = same.key === key ? 'same-agency' : 'same-agency-abbreviation';
        this.notes.add(code === 'same-agency' ? 'info' : 'guess', code, line, { name: part.name, first, firstLine: same.line });
      }
      return same.agency.id;
    }
    const agency = this.fromKnown(part, loose) ?? { id: this.newId(part.name), name: part.name, kind: part.kind };
    this.ids.add(agency.id);
    this.entries.push({ agency, key, loose, line, forms: new Set([part.name]) });
    return agency.id;
  }

  /** Every agency, in order of first appearance. */
  list(): Agency[] {
    return this.entries.map((e) => e.agency);
  }

  /** Agencies of the earlier feed that the table no longer names. */
  unusedKnown(): Agency[] {
    return this.known.filter((k) => !k.used).map((k) => k.agency);
  }

  private fromKnown(part: AgencyPart, loose: string): Agency | undefined {
    const match = this.known.find((k) => !k.used && k.loose === loose);
    if (!match || this.ids.has(match.agency.id)) return undefined;
    match.used = true;
    const { agency } = match;
    // The document's printing stays the Vietnamese name; the feed's translations and notes are kept.
    const name: Text = typeof agency.name === 'string' ? part.name : { ...agency.name, vi: part.name };
    return {
      id: agency.id,
      name,
      ...(agency.short !== undefined && { short: agency.short }),
      kind: agency.kind ?? part.kind,
      ...(agency.successor !== undefined && { successor: agency.successor }),
    };
  }

  private newId(name: string): string {
    const base = slug(name) || 'agency';
    let id = base;
    for (let n = 2; this.ids.has(id) || this.known.some((k) => k.agency.id === id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Each guess once per text: the same cell printed on twenty rows is one question for the office. */
  private once(code: NonNullable<AgencyPart['guess']>, name: string, line: number): void {
    const key = `${code}:${nameKey(name)}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.add('guess', code, line, { name });
  }
}

/** "Ban Cán sự Đảng UBND tỉnh" → "ban-can-su-dang-ubnd-tinh" (ASCII, at most 60 characters, whole words). */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= 60) return ascii;
  const cut = ascii.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60);
}

/** The Vietnamese text of a name (the document's language), or its first language. */
export function viText(text: Text): string {
  return typeof text === 'string' ? text : (text.vi ?? Object.values(text)[0] ?? '');
}
