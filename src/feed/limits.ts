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

/**
 * `refresh`, in seconds: never more often than every 30 s (a feed server is someone's), never less
 * often than once a day (a browser timer overflows past 24.8 days and then fires at once, in a loop).
 */
export const REFRESH_SECONDS = { min: 30, max: 86_400 } as const;

/** The refresh period to use for a value given in an attribute or URL: 0 (off), or seconds within REFRESH_SECONDS. */
export function refreshSeconds(value: unknown): number {
  const n = typeof value === 'string' ? Number(value.trim() || NaN) : Number(value);
  if (!(n > 0)) return 0; // NaN, 0, negative, absent: no refresh
  return Math.min(REFRESH_SECONDS.max, Math.max(REFRESH_SECONDS.min, Math.round(n)));
}
