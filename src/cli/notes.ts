/**
 * What the importer tells the office that keeps the feed: every cell it joined, guessed or could
 * not read, with the line of the table it came from, so each can be checked against the document.
 */

export type NoteLevel =
  /** Done with certainty, listed so nothing happens silently (a repeated header dropped). */
  | 'info'
  /** A choice the table did not settle: check it against the document. */
  | 'guess'
  /** Left as raw text, or left out: must be fixed by hand. */
  | 'unread';

export type NoteCode =
  | 'preamble'
  | 'header-repeated'
  | 'column-numbers'
  | 'column-ignored'
  | 'joined-task'
  | 'joined-section'
  | 'repeated-text'
  | 'same-agency'
  | 'no-header'
  | 'programme-guessed'
  | 'programme-missing'
  | 'unnumbered-task'
  | 'number-as-printed'
  | 'duplicate-number'
  | 'duplicate-section'
  | 'no-section'
  | 'group-guessed'
  | 'comma-in-name'
  | 'split-no-separator'
  | 'split-at-and'
  | 'same-agency-abbreviation'
  | 'meta-task-changed'
  | 'meta-agency-unused'
  | 'timeframe-unparsed'
  | 'timeframe-empty'
  | 'section-spill'
  | 'no-lead'
  | 'no-title'
  | 'orphan-row';

export interface ImportNote {
  level: NoteLevel;
  code: NoteCode;
  /** The table line the note is about, when there is one. */
  line?: number;
  params?: Record<string, string | number>;
}

/** Collects notes in the order they were found. */
export class Notes {
  readonly list: ImportNote[] = [];

  add(level: NoteLevel, code: NoteCode, line?: number, params?: ImportNote['params']): void {
    this.list.push({ level, code, line, params });
  }

  count(level: NoteLevel): number {
    return this.list.filter((n) => n.level === level).length;
  }
}
