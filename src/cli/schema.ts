/**
 * `tiendo schema`: the feed's JSON Schema, made from the one zod definition (src/feed/schema.ts)
 * exactly as `npm run build:schema` publishes it in dist/feed.schema.json.
 */
import * as z from 'zod/mini';
import { Feed } from '../feed/schema.js';
import { writeOutput } from './io.js';
import { GUIDE } from './guide.js';

export function feedJsonSchema(): Record<string, unknown> {
  return {
    title: 'tiendo programme feed, version 1',
    description: `One public programme: its tasks, the agencies responsible, timeframes and targets. See ${GUIDE}feed.md.`,
    ...z.toJSONSchema(Feed, { io: 'input', unrepresentable: 'any' }),
  };
}

export async function runSchema(args: { out?: string }): Promise<number> {
  await writeOutput(args.out, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
  return 0;
}
