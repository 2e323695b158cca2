/**
 * A feed as text, the way every tool that writes one (`tiendo report`, the editor) writes it:
 * two-space JSON with each object's keys in the schema's order, so that two versions of a feed
 * differ only where their data does and a diff between them is readable.
 *
 * The order comes from the schema itself (schema.ts), so a field added there is placed without
 * touching this file. Keys the schema does not name are kept, after the known ones, in the order
 * they came: writing a feed never loses what a newer tool or a person put in it.
 */
import { Feed } from './schema.js';

/** The parts of a zod/mini schema's definition the walk needs. */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  options?: readonly Schema[];
}
interface Schema {
  _zod: { def: Def };
}

/** Pretty-printed JSON of a feed (parsed or raw) in the schema's key order, with a final newline. */
export function stringifyFeed(feed: unknown): string {
  return `${JSON.stringify(ordered(feed, Feed), null, 2)}\n`;
}

/** A copy of `value` whose objects list their keys in `schema`'s (a zod/mini schema of schema.ts) order. */
export function ordered(value: unknown, schema: unknown): unknown {
  const def = schema ? unwrap(schema as Schema, value) : undefined;
  if (Array.isArray(value)) return value.map((item) => ordered(item, def?.type === 'array' ? def.element : undefined));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const shape = def?.type === 'object' ? def.shape! : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) if (Object.hasOwn(source, key)) out[key] = ordered(source[key], shape[key]);
  for (const key of Object.keys(source)) if (!Object.hasOwn(out, key)) out[key] = ordered(source[key], undefined);
  return out;
}

/** Optional and default wrappers removed; of a union, the option that fits the value's kind. */
function unwrap(schema: Schema, value: unknown): Def | undefined {
  let def = schema._zod.def;
  for (;;) {
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) def = def.innerType._zod.def;
    else if (def.type === 'union' && def.options) {
      const kind = Array.isArray(value) ? 'array' : typeof value === 'object' && value !== null ? 'object' : 'scalar';
      const fit = def.options.map((o) => unwrap(o, value)).find((d) => d?.type === kind);
      if (!fit) return undefined;
      def = fit;
    } else return def;
  }
}
