/**
 * The stories every widget has: the two Programme 219 feeds, both languages, the three themes,
 * three widths, long labels, 1,000 tasks, forced colours, print, and every state. Each widget's
 * stories file re-exports these (CSF needs one named export per story) and adds its own.
 *
 * Story parameters read by the story check (tests/stories/):
 * - `shows`: text a reader must find in the story (in the widgets' shadow roots);
 * - `emulate`: CSS media to emulate while checking (`media: 'print'`, `forcedColors: 'active'`);
 * - `knownIssue`: a bug outside the stories that breaks this story; the check skips it and says why.
 * The check also runs a story's `play` (here: unfolding the technical details of the error states).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { FIXTURES, type FeedName } from './feeds.js';
import { atWidth, holdPendingFeed, onPaper, PENDING_FEED, withNote } from './decorators.js';
import type { StoryArgs, WidgetTag } from './render.js';
import { openDetails, staleRender } from './interactions.js';

export type Story = StoryObj<StoryArgs>;

const PUBLISHED: FeedName = 'Programme 219-CTr/TU (published)';
const ILLUSTRATIVE: FeedName = 'Programme 219-CTr/TU (illustrative progress)';

export interface CatalogueOptions {
  /** What the widget says about a feed with nothing for it to draw. */
  empty: string;
  /** What this widget shows of Programme 219 as published, with illustrative progress, and in English. */
  shows: { published: string[]; illustrative: string[]; english: string[] };
}

/** The shared stories of one widget. */
export function catalogue(tag: WidgetTag, { empty, shows }: CatalogueOptions) {
  return {
    Published: {
      name: 'Programme 219 (published)',
      args: { feed: PUBLISHED },
      parameters: { shows: ['219-CTr/TU', ...shows.published] },
    },
    Illustrative: {
      name: 'Illustrative progress',
      args: { feed: ILLUSTRATIVE },
      parameters: { shows: ['Minh họa', ...shows.illustrative] },
    },
    English: {
      args: { feed: ILLUSTRATIVE, lang: 'en' },
      parameters: { shows: ['Illustrative', 'Data as of', ...shows.english] },
    },
    Light: { args: { feed: ILLUSTRATIVE, theme: 'light' } },
    Dark: { args: { feed: ILLUSTRATIVE, theme: 'dark' } },
    Auto: {
      name: 'Auto (system theme)',
      args: { feed: ILLUSTRATIVE, theme: 'auto' },
      decorators: [withNote('theme="auto" follows the reader’s system: switch your system or browser between light and dark to see both.')],
    },
    Width320: { name: '320 px', args: { feed: ILLUSTRATIVE }, decorators: [atWidth(320)] },
    Width768: { name: '768 px', args: { feed: ILLUSTRATIVE }, decorators: [atWidth(768)] },
    Width1200: { name: '1200 px', args: { feed: ILLUSTRATIVE }, decorators: [atWidth(1200)] },
    LongLabels: { name: 'Long labels', args: { feed: 'Long labels' satisfies FeedName } },
    Large: { name: '1,000 tasks', args: { feed: 'Large: 1,000 tasks' satisfies FeedName } },
    ForcedColours: {
      name: 'Forced colours',
      args: { feed: ILLUSTRATIVE },
      decorators: [
        withNote(
          'Windows High Contrast and other forced-colour modes replace every colour with a few system colours. To see it here: DevTools › Rendering › “Emulate CSS media feature forced-colors: active”. The story check renders this story under that emulation.',
        ),
      ],
      parameters: { emulate: { forcedColors: 'active' } },
    },
    Print: {
      name: 'Print preview',
      args: { feed: ILLUSTRATIVE, theme: 'light' },
      decorators: [
        onPaper,
        withNote('An A4 page. Print this story (open the canvas in a new tab, then Ctrl+P / ⌘P) or use DevTools › Rendering › “Emulate CSS media type: print” to see the print styles; the story check renders it as printed.'),
      ],
      parameters: { emulate: { media: 'print' } },
    },
    Loading: {
      args: { src: PENDING_FEED },
      decorators: [holdPendingFeed],
      parameters: { shows: ['Đang tải dữ liệu'] },
    },
    Empty: {
      args: { feed: 'Empty programme' satisfies FeedName },
      parameters: { shows: [empty] },
    },
    ErrorHttp: {
      name: 'Error: HTTP 404',
      args: { src: `${FIXTURES}does-not-exist.json` },
      play: openDetails,
      parameters: { shows: ['Không tải được dữ liệu', 'HTTP 404'] },
    },
    ErrorNetwork: {
      name: 'Error: network',
      // A scheme fetch() refuses: the same failure as being offline, at once and without a request.
      args: { src: 'ftp://example.org/laocai-219-ctr-tu.json' },
      play: openDetails,
      parameters: { shows: ['Không tải được dữ liệu', 'Không kết nối được'] },
    },
    ErrorNotJson: {
      name: 'Error: an HTML page, not JSON',
      args: { src: `${FIXTURES}invalid/html-page.json` },
      play: openDetails,
      parameters: { shows: ['Không tải được dữ liệu', 'không phải JSON'] },
    },
    ErrorSyntax: {
      name: 'Error: invalid JSON',
      args: { src: `${FIXTURES}invalid/truncated.json` },
      play: openDetails,
      parameters: { shows: ['Không tải được dữ liệu', 'Lỗi cú pháp JSON ở dòng'] },
    },
    ErrorSchema: {
      name: 'Error: schema issues',
      args: { src: `${FIXTURES}invalid/wrong-types.json` },
      play: openDetails,
      parameters: { shows: ['Không tải được dữ liệu', 'programme.issued', 'tasks[1].lead'] },
    },
    SkippedItems: {
      name: 'Bad items skipped',
      args: { feed: 'Broken items' satisfies FeedName },
      play: openDetails,
      parameters: { shows: ['tasks[4].lead', 'targets[1].unit'] },
    },
    Stale: {
      name: 'Stale after a failed refresh',
      // Shown from the feed property, then refreshed from `src`, which is missing.
      args: { feed: ILLUSTRATIVE, src: `${FIXTURES}refresh-that-fails.json` },
      render: staleRender(tag),
      parameters: { shows: ['Dữ liệu có thể đã cũ'] },
    },
  } satisfies Record<string, Story>;
}
