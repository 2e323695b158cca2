// A shape not met on every item (the frame, an agency, a target, an update) is a table of its
// fields for readers.ts's `object`: a few bytes a field instead of a few lines, and the reader
// ships on every page. It is read once per feed or on a few items, where the speed of straight
// code buys nothing.
//
// `gen` is the generation under way (see compile.mjs).
import { isText } from './leaf-tests.mjs';
import { NOT_TEXT, fallback, isLeaf, refuse, shapeOf, takesUndefined, unwrap } from './schema-walk.mjs';

/** One row of the table: `[key, read, how, fallback?]`, `how` being readers.ts's flags. */
function fieldRow(gen, key, field, at) {
  const fd = field._zod.def;
  const how = [];
  let inner = field;
  let fallbackValue = '';
  if (fd.type === 'optional' || fd.type === 'default') {
    inner = unwrap(field, at);
    // `object` takes one flag and one fallback a field: a default inside is not for it.
    if (inner._zod.optin === 'defaulted') refuse(at, 'a default inside an optional or defaulted field');
    how.push(fd.type === 'optional' ? 'OPTIONAL' : 'DEFAULTED');
    if (fd.type === 'default') fallbackValue = `, () => ${fallback(fd)}`;
  } else if (takesUndefined(field)) how.push('PRESENT');
  let read;
  if (isLeaf(inner)) {
    // A leaf's function is a test: `object` isolates its text itself.
    read = gen.declare(inner, gen.exported.get(inner) ?? at, at);
    how.push('TEST');
    if (!NOT_TEXT.has(key) && isText(gen, inner, at)) how.push('TEXT');
  } else {
    if (NOT_TEXT.has(key)) refuse(at, 'a url or $schema that is not a string');
    read = gen.reader(inner, at);
  }
  for (const flag of how) gen.out.use('readers', flag);
  return `  [${JSON.stringify(key)}, ${read}, ${how.join(' | ') || '0'}${fallbackValue}],`;
}

/** The rows of an object schema's table, one a line. */
export function fieldTable(gen, s, where) {
  if (s._zod.def.checks?.length) refuse(where, 'checks on an object');
  return shapeOf(s, where).map(([key, field, at]) => fieldRow(gen, key, field, at)).join('\n');
}
