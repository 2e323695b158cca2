/**
 * The feeds stories show, by name. A story picks one with the `feed` arg, and the Controls panel
 * offers the same names in a select (Storybook's `mapping` turns the name into the object), so a
 * designer can put any widget on any feed. Everything here is built from the committed fixtures,
 * without clock or randomness, so every story renders the same every time.
 */
import type { Feed, Text } from '../../src/feed/schema.js';
import published from '../../fixtures/laocai-219-ctr-tu.json';
import illustrative from '../../fixtures/laocai-219-ctr-tu.illustrative.json';
import empty from '../../fixtures/empty.json';
import { largeFeed } from '../../fixtures/large-feed.js';

/** The day every story calls "today": the illustrative feed's `asOf`, mid-programme. */
export const NOW = '2026-06-30';

/**
 * Where pages find the fixture files, relative to the page: `feeds/` in Storybook (its static
 * copy of fixtures/, see .storybook/main.ts) and in the story check (tests/stories-index.mjs).
 * Not `fixtures/`: in `storybook dev` that path is also where Vite serves the JSON modules the
 * stories import, and the static copy would answer those imports with plain JSON.
 */
export const FIXTURES = 'feeds/';

/** Programme 219-CTr/TU as the document has it: no status, progress or actuals. */
export const PROGRAMME_219 = published as unknown as Feed;

/** The same programme with made-up statuses, progress and actuals (`illustrative: true`). */
export const ILLUSTRATIVE_219 = illustrative as unknown as Feed;

/** A valid feed with no tasks and no targets: the empty state, not an error. */
export const EMPTY = empty as unknown as Feed;

/** Makes a text longer in every language it has (a plain string counts as Vietnamese). */
function longer(text: Text, add: { vi: string; en: string }): Text {
  if (typeof text === 'string') return `${text} ${add.vi}`;
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, `${value} ${lang === 'en' ? add.en : add.vi}`]));
}

/**
 * Programme 219 with every label as long as real documents make them: agency names that run to
 * a whole line with no short form, section and task titles three times their length, and one
 * unbreakable token (a document reference) per task, which must wrap or clip, never widen the box.
 */
export function longLabels(): Feed {
  const feed = structuredClone(ILLUSTRATIVE_219);
  const clause = {
    vi: 'và các cơ quan, đơn vị, địa phương có liên quan trên địa bàn tỉnh theo chức năng, nhiệm vụ được giao',
    en: 'and the agencies, units and localities concerned in the province, each within its assigned functions and duties',
  };
  feed.meta = { ...feed.meta, illustrative: true, note: 'Long-label stress feed built from Programme 219 for Storybook.' };
  feed.agencies = feed.agencies.map((agency, i) => ({
    ...agency,
    name: longer(agency.name, clause),
    // Every other agency loses its short form, so headers must cope with the full name.
    short: i % 2 ? undefined : agency.short,
  }));
  feed.sections = feed.sections.map((section) => ({ ...section, title: longer(section.title, clause) }));
  feed.tasks = feed.tasks.map((task) => ({
    ...task,
    title: longer(task.title, {
      vi: `Theo Kế hoạch số ${task.id}/KH-UBND-TỈNH-LÀO-CAI-VỀ-PHÁT-TRIỂN-VÀ-ỨNG-DỤNG-CÔNG-NGHỆ-SINH-HỌC ${clause.vi}.`,
      en: `Under Plan No. ${task.id}/KH-UBND-LAO-CAI-PROVINCE-ON-BIOTECHNOLOGY-DEVELOPMENT-AND-APPLICATION ${clause.en}.`,
    }),
  }));
  feed.targets = (feed.targets ?? []).map((target) => ({ ...target, title: longer(target.title, clause) }));
  return feed;
}

/**
 * The illustrative programme with three bad items, each reported with its JSON path while the
 * rest renders: a task whose `lead` is a string instead of a list (skipped), a coordinating id
 * no agency has (dropped from that task), and a target with an unknown unit (skipped).
 */
export function brokenItems(): unknown {
  const feed = structuredClone(illustrative) as any;
  feed.tasks[4].lead = 'bcsd-ubnd-tinh';
  feed.tasks[7].coordinating = [...feed.tasks[7].coordinating, 'so-khoa-hoc-cong-nghe'];
  feed.targets[1].unit = 'furlong';
  return feed;
}

/** Builds a feed on first use only, and hands out the same object after (widgets memoise on it). */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => (built ? value! : ((built = true), (value = build())));
}

/**
 * The feeds the `feed` control offers, by the name it shows. The arg holds the name, not the
 * object: Storybook sends args to its manager UI on every change, and the 1,000-task feed is
 * 375 KB of JSON.
 */
export const FEEDS = {
  'Programme 219-CTr/TU (published)': () => PROGRAMME_219,
  'Programme 219-CTr/TU (illustrative progress)': () => ILLUSTRATIVE_219,
  'Long labels': once(longLabels),
  'Large: 1,000 tasks': once(() => largeFeed(1000)),
  'Broken items': once(brokenItems),
  'Empty programme': () => EMPTY,
} as const satisfies Record<string, () => unknown>;

export type FeedName = keyof typeof FEEDS;

/** The feed object for a story's `feed` arg (a name above; `undefined` when the story uses `src`). */
export function feedNamed(name: unknown): unknown {
  return typeof name === 'string' && name in FEEDS ? FEEDS[name as FeedName]() : undefined;
}

/** The `feed` argType: a select of the names above (the manifest still supplies its description). */
export const feedArgType = {
  control: { type: 'select' },
  options: Object.keys(FEEDS),
} as const;
