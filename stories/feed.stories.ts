/**
 * `<tiendo-feed>`: one feed for several widgets, and one selection among them — choosing a body in
 * the matrix highlights its tasks in the timeline.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import '../src/core/feed-define.js';
import '../src/matrix/define.js';
import '../src/timeline/define.js';
import '../src/gauge/define.js';
import { feedArgType, feedNamed, FIXTURES, NOW } from './support/feeds.js';
import { argsOnElement, themeOf, type StoryArgs, type StoryGlobals } from './support/render.js';
import { holdPendingFeed, PENDING_FEED, withNote } from './support/decorators.js';
import type { Story } from './support/catalogue.js';

type Widgets = (theme: string | undefined) => TemplateResult;

const matrixAndTimeline: Widgets = (theme) => html`
  <tiendo-matrix now=${NOW} theme=${ifDefined(theme)}></tiendo-matrix>
  <tiendo-timeline now=${NOW} theme=${ifDefined(theme)}></tiendo-timeline>`;

/** `<tiendo-feed>` from the args (`src`, `agency`, `refresh`, `feed`) around the given widgets. */
const renderFeed =
  (widgets: Widgets = matrixAndTimeline) =>
  (args: StoryArgs, context?: { globals?: StoryGlobals }) => html`<tiendo-feed
    class="tiendo-story-stack"
    ${argsOnElement(args)}
    .feed=${feedNamed(args.feed)}
    @tiendo-select=${(args.onTiendoSelect as EventListener | undefined) ?? nothing}
  >${widgets(themeOf(args, context?.globals))}</tiendo-feed>`;

const meta = {
  title: 'Widgets/Feed',
  component: 'tiendo-feed',
  tags: ['autodocs'],
  render: renderFeed(),
  argTypes: { feed: feedArgType },
  parameters: {
    snippet: `<script type="module" src="/tiendo/dist/bundled/index.js"></script>

<tiendo-feed src="/data/laocai-219-ctr-tu.json">
  <tiendo-matrix></tiendo-matrix>
  <tiendo-timeline></tiendo-timeline>
</tiendo-feed>`,
  },
} satisfies Meta;
export default meta;

/** The reader picks a body in the matrix; the timeline highlights the tasks it leads or coordinates. */
export const MatrixSelectsTimeline: Story = {
  name: 'Select in the matrix, highlight in the timeline',
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)' },
  decorators: [
    withNote(
      'Choose a body in the matrix (its column header; its card on a narrow screen): the timeline below highlights the tasks that body leads or coordinates. Both widgets read the one feed that <tiendo-feed> loaded.',
    ),
  ],
  parameters: { shows: ['Minh họa'] },
};

/** A selection given by the page (`agency` on `<tiendo-feed>`), shown by both widgets. */
export const AgencyGiven: Story = {
  name: 'Agency set by the page',
  args: { feed: 'Programme 219-CTr/TU (published)', agency: 'dang-doan-hdnd-tinh' },
  parameters: { shows: ['Tô sáng nhiệm vụ của Đảng đoàn HĐND tỉnh'] },
};

/** Every widget on one feed: what a programme page on a portal looks like. */
export const ProgrammePage: Story = {
  name: 'A programme page: all three widgets',
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)' },
  render: renderFeed(
    (theme) => html`
      <tiendo-gauge now=${NOW} theme=${ifDefined(theme)} variant="bar"></tiendo-gauge>
      ${matrixAndTimeline(theme)}`,
  ),
};

/** One request for everyone: while it is pending, each widget should say it is loading. */
export const Loading: Story = {
  args: { src: PENDING_FEED },
  decorators: [holdPendingFeed],
  parameters: {
    shows: ['Đang tải dữ liệu'],
  },
};

/** One broken feed: each widget shows the error, with what is wrong and where. */
export const SharedError: Story = {
  name: 'Error shared by every widget',
  args: { src: `${FIXTURES}invalid/truncated.json` },
  parameters: { shows: ['Không tải được dữ liệu', 'Lỗi cú pháp JSON ở dòng'] },
};
