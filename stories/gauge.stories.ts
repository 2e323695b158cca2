/**
 * `<tiendo-gauge>`: how far Programme 219's targets are. Attributes, properties, events, parts and
 * custom properties come from custom-elements.json.
 */
import type { Meta } from '@storybook/web-components-vite';
import '../src/gauge/define.js';
import { feedArgType, NOW } from './support/feeds.js';
import { renderWidget } from './support/render.js';
import { catalogue, type Story } from './support/catalogue.js';

const meta = {
  title: 'Widgets/Gauge',
  component: 'tiendo-gauge',
  tags: ['autodocs'],
  render: renderWidget('tiendo-gauge'),
  args: { now: NOW },
  argTypes: { feed: feedArgType },
  parameters: {
    snippet: `<script type="module" src="/tiendo/dist/bundled/tiendo-gauge.js"></script>

<tiendo-gauge src="/data/laocai-219-ctr-tu.json" target="cnsh-grdp"></tiendo-gauge>`,
  },
} satisfies Meta;
export default meta;

const stories = catalogue('tiendo-gauge', {
  empty: 'Chương trình chưa có mục tiêu nào để hiển thị.',
  shows: {
    // The document reports no figures: "no data yet", never a zero.
    published: ['chưa có số liệu', 'khoảng 7% đến năm 2030'],
    illustrative: ['58,5%', 'Kịp tiến độ bình quân'],
    english: ['58.5%', 'On pace'],
  },
});

export const Published: Story = stories.Published;
export const Illustrative: Story = stories.Illustrative;
export const English: Story = stories.English;
export const Light: Story = stories.Light;
export const Dark: Story = stories.Dark;
export const Auto: Story = stories.Auto;
export const Width320: Story = stories.Width320;
export const Width768: Story = stories.Width768;
export const Width1200: Story = stories.Width1200;
export const LongLabels: Story = stories.LongLabels;
export const Large: Story = stories.Large;
export const ForcedColours: Story = stories.ForcedColours;
export const Print: Story = stories.Print;
export const Loading: Story = stories.Loading;
export const Empty: Story = stories.Empty;
export const ErrorHttp: Story = stories.ErrorHttp;
export const ErrorNetwork: Story = stories.ErrorNetwork;
export const ErrorNotJson: Story = stories.ErrorNotJson;
export const ErrorSyntax: Story = stories.ErrorSyntax;
export const ErrorSchema: Story = stories.ErrorSchema;
export const SkippedItems: Story = stories.SkippedItems;
export const Stale: Story = stories.Stale;

/** One target, 7% of GRDP by 2030 (`target`). */
export const OneTarget: Story = {
  name: 'One target',
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)', target: 'cnsh-grdp' },
};

/** Compact bullet bars for narrow columns (`variant="bar"`). */
export const Bars: Story = {
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)', variant: 'bar' },
};

/** A big figure with a thin progress line (`variant="number"`), as in a news article. */
export const BigNumber: Story = {
  name: 'Big number',
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)', variant: 'number', target: 'cnsh-grdp' },
};
