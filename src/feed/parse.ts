/**
 * Reads a feed at once, zod included: for the command line, the editor and `tiendo/feed.js`, which
 * check feeds rather than show them. The widgets read through read.ts, which fetches zod only for a
 * feed with a problem; both run the same steps and give the same result.
 */
import { detail } from './detail.js';
import { knowDetail, readSteps, type ParseOptions, type ParseResult } from './read.js';

export { parseFeedSliced, type ParseOptions, type ParseResult } from './read.js';

// A program that imports this module has zod already: the widgets it renders (the command line's
// pages and images) read a feed with a problem at once, as it does, instead of fetching zod.
knowDetail(detail);

export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const steps = readSteps(input, options, detail);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
