// src/feed/verdict.ts is generated from src/feed/schema.ts (scripts/build-reader.mjs): a schema
// changed without `npm run build:reader` would let the widgets accept what zod refuses, or the
// other way round. The browser test tests/feed/verdict.test.ts checks the two agree on random feeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateReader, OUT } from '../../scripts/build-reader.mjs';

test('src/feed/verdict.ts says what src/feed/schema.ts says (npm run build:reader)', async () => {
  const generated = await generateReader();
  assert.match(generated, /export const readTask = task as Reader<Task>;/);
  assert.equal(readFileSync(OUT, 'utf8'), generated, `${OUT} is out of date: run npm run build:reader`);
});
