/**
 * How a skipped item is named to readers ("3. Tôn vinh, khen thưởng …"): its number and title as
 * the feed wrote them, whatever else was wrong with it. "2 items are not shown" with no names
 * leaves a reader unable to tell what is missing; the webmaster's list has the JSON paths.
 */

/** Longest name kept, in characters: a name, not the item. */
const LONGEST = 90;

/** `name_vi`/`name_en` params for an `item-skipped` issue, from the raw item; none when it has no title. */
export function skippedName(item: unknown): Record<string, string> {
  if (!item || typeof item !== 'object') return {};
  const { number, title, name } = item as Record<string, unknown>;
  const text = title ?? name;
  const prefix = typeof number === 'string' || typeof number === 'number' ? `${number}. ` : '';
  const out: Record<string, string> = {};
  for (const lang of ['vi', 'en'] as const) {
    const words = typeof text === 'string' ? text : text && typeof text === 'object' ? (text as Record<string, unknown>)[lang] : undefined;
    if (typeof words === 'string' && words.trim()) out[`name_${lang}`] = cut(`${prefix}${words.trim().replace(/\s+/g, ' ')}`);
  }
  return out;
}

const cut = (s: string) => (s.length > LONGEST ? `${s.slice(0, LONGEST - 1).trimEnd()}…` : s);
