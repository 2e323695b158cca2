/**
 * Feed text is bidi-isolated: a title that ends in an unclosed U+202E (RIGHT-TO-LEFT OVERRIDE)
 * must not reverse the rest of the caption ("iaC oàL yủ hnỉT", "3202/5/22"), and an Arabic or
 * Hebrew name must not pull the date beside it into its own direction.
 *
 * Done once, in the data: each string that carries explicit direction controls or right-to-left
 * letters is balanced and wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the characters
 * `<bdi>` stands for. So it holds wherever the text goes — every widget's templates, attributes
 * (`title`, `aria-label`), the static HTML and the SVG the CLI writes — without one `<bdi>` per
 * template. Vietnamese and other left-to-right text has neither and is left exactly as it is.
 */

const NEEDS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u061C\u202A-\u202E\u2066-\u2069]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;
const FSI = '\u2068';
const PDI = '\u2069';

/** The text, isolated when it needs it: stray closers dropped, open isolates closed, then wrapped. */
export function isolate(text: string): string {
  if (!NEEDS.test(text)) return text;
  let open = 0;
  let out = '';
  for (const c of text) {
    if (c === '\u2066' || c === '\u2067' || c === FSI) open++;
    else if (c === PDI) {
      if (open === 0) continue; // would close our own isolate early
      open--;
    }
    out += c;
  }
  // The final PDI also ends any embedding or override (LRE…RLO) still open inside.
  return `${FSI}${out}${PDI.repeat(open)}${PDI}`;
}

/**
 * Isolates every reader-facing string of a parsed feed, in place (the feed is parse's own copy).
 * It meets every string of the feed, so it writes only the few that change.
 *
 * Not text: `$schema`, and a `url` where the schema puts a link — in a list's element (a Link in
 * `links`, an Actual in `actuals`) and in the field `linkAt` of `value` (the programme's `source`).
 * Anywhere else an object of strings is a language map, and "url" may be one of its languages: the
 * tag pattern takes it, and ISO 639-3 has it (Urali). Its text is isolated like any other, as the
 * generated readers do (scripts/build-reader.mjs refuses a `url` field anywhere else).
 */
export function isolateAll(value: unknown, linkAt?: string): void {
  if (typeof value !== 'object') return;
  const stack: Array<[unknown, boolean]> = [[value, false]];
  while (stack.length) {
    const [v, link] = stack.pop()!;
    const list = Array.isArray(v);
    const o = v as Record<string, unknown>;
    for (const key in o) {
      if (!Object.hasOwn(o, key) || key === '$schema' || (link && key === 'url')) continue;
      const child = o[key];
      if (typeof child === 'string') {
        if (NEEDS.test(child)) o[key] = isolate(child);
      } else if (child !== null && typeof child === 'object') stack.push([child, list || (v === value && key === linkAt)]);
    }
  }
}
