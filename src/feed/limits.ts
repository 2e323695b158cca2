/**
 * The bounds every way into the widgets shares — a URL, the `feed` property, inline JSON, the
 * CLI: what one source may cost a page, so that no feed can freeze it.
 */

/** Refuse feeds larger than this many bytes (5 MB; about 40 times Programme 219 at 10,000 tasks). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** At most this many items of each list (agencies, sections, tasks, targets) are read; the rest are reported. */
export const MAX_ITEMS = 20_000;

/**
 * Whether a JSON value (the `feed` property) would be larger than `limit` bytes written as JSON,
 * counted roughly (string lengths in UTF-16 units, punctuation approximated) and stopping as soon
 * as it is over, so a huge value costs no more than the limit to measure.
 */
export function exceedsSize(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 3;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      size += 2;
      for (const [key, child] of entries) {
        size += key.length + 4;
        stack.push(child);
      }
    } else size += 6;
    if (size > limit) return true;
  }
  return false;
}
