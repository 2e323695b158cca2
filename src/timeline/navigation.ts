/**
 * Keys inside the chart, as the WAI-ARIA tree pattern has them (the rows are a tree: sections
 * that fold, tasks inside), plus keys for time: Shift+←/→ pans, + and − zoom. Pure: a key and
 * the rows in, an action out; the element carries it out.
 */
import type { Row } from './layout.js';

export type NavAction =
  | { type: 'focus'; index: number }
  | { type: 'fold'; index: number; collapsed: boolean }
  | { type: 'open'; index: number }
  | { type: 'pan'; direction: -1 | 1 }
  | { type: 'zoom'; direction: -1 | 1 };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * What a key does at row `index`. `page` is how many rows a PageUp/PageDown moves.
 * Returns undefined for keys the chart leaves to the browser (Tab, letters, Ctrl+…).
 */
export function navigate(rows: readonly Row[], index: number, event: KeyInput, page = 10): NavAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || rows.length === 0) return undefined;
  const last = rows.length - 1;
  const at = Math.max(0, Math.min(index, last));
  const row = rows[at]!;
  const focus = (i: number): NavAction => ({ type: 'focus', index: Math.max(0, Math.min(i, last)) });
  if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
    return { type: 'pan', direction: event.key === 'ArrowLeft' ? -1 : 1 };
  }
  switch (event.key) {
    case 'ArrowDown':
      return focus(at + 1);
    case 'ArrowUp':
      return focus(at - 1);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(last);
    case 'PageDown':
      return focus(at + page);
    case 'PageUp':
      return focus(at - page);
    case 'ArrowRight':
      if (row.type !== 'section' || row.count === 0) return undefined;
      return row.collapsed ? { type: 'fold', index: at, collapsed: false } : focus(at + 1);
    case 'ArrowLeft':
      if (row.type === 'section') return row.collapsed || row.count === 0 ? undefined : { type: 'fold', index: at, collapsed: true };
      return focus(parentOf(rows, at));
    case 'Enter':
    case ' ':
      return row.type === 'section' ? (row.count ? { type: 'fold', index: at, collapsed: !row.collapsed } : undefined) : { type: 'open', index: at };
    case '+':
    case '=':
      return { type: 'zoom', direction: 1 };
    case '-':
    case '_':
      return { type: 'zoom', direction: -1 };
    default:
      return undefined;
  }
}

/** The section header above a task row. */
function parentOf(rows: readonly Row[], index: number): number {
  for (let i = index; i >= 0; i--) if (rows[i]!.type === 'section') return i;
  return index;
}
