/**
 * The model with every timeframe read by the shared parser: what the CLI, the tests and anyone
 * with the whole feed module use. Apart from model.ts so that importing the model's types and
 * `assembleModel` never pulls the parser into a page that draws no time.
 */
import type { Feed } from './schema.js';
import type { FeedIssue } from './issues.js';
import { parseTimeframe } from './timeframe.js';
import { assembleModel, type ProgrammeModel } from './model.js';

/** Builds the model, reading timeframe text with the shared parser. */
export function buildModel(feed: Feed, issues: FeedIssue[] = [], url?: string): ProgrammeModel {
  return assembleModel(feed, { issues, url, readTimeframe: parseTimeframe });
}
