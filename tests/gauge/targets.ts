/** Targets for the gauge tests, read through the real parser and model (never hand-made models). */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { buildModel } from '../../src/feed/build-model.js';
import type { ProgrammeModel, TargetModel } from '../../src/feed/model.js';
import { sampleFeed } from '../sample-feed.js';

/** Programme 219-CTr/TU, real (no actuals) or illustrative (made-up actuals as of 2026-06-30). */
export async function programme219(illustrative = false): Promise<ProgrammeModel> {
  const file = illustrative ? 'laocai-219-ctr-tu.illustrative.json' : 'laocai-219-ctr-tu.json';
  const json = await (await fetch(`/fixtures/${file}`)).json();
  const { feed, issues } = parseFeed(json);
  expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
  return buildModel(feed!, issues);
}

/** One target from a JSON object, as the feed would give it. */
export function targetOf(json: Record<string, unknown>): TargetModel {
  const { feed, issues } = parseFeed({ ...sampleFeed(), targets: [{ id: 'x', title: 'Chỉ tiêu thử', ...json }] });
  expect(issues.filter((i) => i.severity === 'error'), JSON.stringify(issues)).to.deep.equal([]);
  return buildModel(feed!).targets[0]!;
}

/** A ranking where lower is better: 40th in 2023, top 20 by 2030. */
export const rankTarget = (value?: number) =>
  targetOf({
    unit: 'rank',
    direction: 'lower',
    comparator: 'lte',
    baseline: { value: 40, year: 2023 },
    milestones: [{ year: 2030, value: 20 }],
    actuals: value === undefined ? [] : [{ date: '2025-12-31', value, source: 'PCI' }],
  });
