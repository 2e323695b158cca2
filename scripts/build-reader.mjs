// `npm run build:reader`: writes src/feed/verdict.ts, zod's verdict on a feed without zod, from
// the schema itself (src/feed/schema.ts). A page then needs zod only when a feed has a problem to
// word: a right feed is read without it (src/feed/read.ts), and zod is fetched on the first item
// it refuses. tests/cli/reader.test.mjs fails when the file is older than the schema;
// tests/feed/verdict.test.ts checks, on random feeds, that both give the same verdict and data.
//
// A task, thousands per feed, is read by straight code (scripts/reader/task-reader.mjs); what a
// feed has once or on a few items — the frame, agencies, sections, targets, updates, links — is a
// table of fields (field-tables.mjs), which costs bytes, not lines: the reader ships on every page.
// Text is bidi-isolated as it is read (src/feed/bidi.ts), so nothing walks the feed again.
//
// The generator reads only the schema's definition (`schema._zod.def`, schema-walk.mjs): the kinds
// and checks the feed uses. A kind or check it does not know stops the build with its path,
// rather than guess. compile.mjs ties the pieces together; verdict-file.mjs writes the text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGeneration, entryReader } from './reader/compile.mjs';
import { loadSchema } from './reader/load-schema.mjs';
import { checkLinks } from './reader/schema-walk.mjs';
import { verdictFile } from './reader/verdict-file.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT = 'src/feed/verdict.ts';
/** The schemas read on their own (read.ts reads the frame, then each item of each list; tests read ids). */
const ENTRIES = ['FeedFrame', 'Agency', 'Section', 'Task', 'Target', 'Id'];
/** The list with thousands of items (a programme has tens of agencies and sections): read by straight code, the rest by tables. */
const HOT = ['Task'];

/** The text of src/feed/verdict.ts, from the schema as it is now. */
export async function generateReader() {
  const loaded = await loadSchema(root);
  for (const name of ENTRIES) checkLinks(loaded.schema[name], name);
  const gen = createGeneration(loaded, HOT);
  const entries = ENTRIES.map((name) => [name, entryReader(gen, loaded.schema, name)]);
  return verdictFile(gen.out, entries);
}

/** Writes `text` to `path` unless it is there already (an unchanged file keeps its time for the build tools). */
function writeIfChanged(path, text) {
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {}
  if (old !== text) writeFileSync(path, text);
  return old !== text;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await generateReader();
  const written = writeIfChanged(join(root, OUT), text);
  console.log(`${OUT}: ${written ? 'written' : 'up to date'} (${text.length} bytes)`);
}
