/**
 * The editor's document: the feed's raw JSON as opened, as it is now, and every state in between
 * for undo and redo. Each edit (feed/edit.ts) returns a new value, so a state is never mutated
 * and undo is the value before. Pure: no DOM.
 */
import type { RawFeed } from '../feed/edit.js';

export interface History {
  /** The feed as it was opened (or last saved): what "unsaved changes" and the change list compare with. */
  readonly saved: RawFeed;
  readonly current: RawFeed;
  readonly past: readonly RawFeed[];
  readonly future: readonly RawFeed[];
}

/** How many steps undo remembers. */
const DEPTH = 200;

export function open(feed: RawFeed): History {
  return { saved: feed, current: feed, past: [], future: [] };
}

/** A new state; redo is forgotten, as in every editor. An edit that changes nothing is no step. */
export function apply(history: History, next: RawFeed): History {
  if (next === history.current) return history;
  return { ...history, current: next, past: [...history.past, history.current].slice(-DEPTH), future: [] };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { ...history, current: previous, past: history.past.slice(0, -1), future: [history.current, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { ...history, current: next, past: [...history.past, history.current], future: rest };
}

/** After a save: the current state is what the file now holds. */
export function markSaved(history: History): History {
  return { ...history, saved: history.current };
}

export const isDirty = (history: History): boolean => history.current !== history.saved;
