/**
 * `<tiendo-summary>`: the card an article or a sidebar embeds. Attributes, properties, events,
 * parts and custom properties come from custom-elements.json.
 */
import type { Meta } from '@storybook/web-components-vite';
import '../src/summary/define.js';
import { feedArgType, NOW } from './support/feeds.js';
import { renderWidget } from './support/render.js';
import { atWidth } from './support/decorators.js';
import { catalogue, type Story } from './support/catalogue.js';

const meta = {
  title: 'Widgets/Summary',
  component: 'tiendo-summary',
  tags: ['autodocs'],
  render: renderWidget('tiendo-summary'),
  args: { now: NOW },
  argTypes: { feed: feedArgType },
  parameters: {
    snippet: `<script type="module" src="/tiendo/dist/bundled/tiendo-summary.js"></script>

<tiendo-summary src="/data/laocai-219-ctr-tu.json" href="/chuong-trinh-219"></tiendo-summary>`,
  },
} satisfies Meta;
export default meta;

const stories = catalogue('tiendo-summary', {
  empty: 'Chương trình chưa có nhiệm vụ nào để hiển thị.',
  shows: {
    // The document reports nothing: no task has a report, and the calendar says which deadlines passed.
    published: ['Chưa nhiệm vụ nào có báo cáo', 'đã quá hạn', 'NV 1 (30/9/2023)'],
    illustrative: ['10 nhiệm vụ có báo cáo', 'hoàn thành', 'Số liệu đến ngày 30/6/2026'],
    english: ['10 tasks reported on', 'with no report'],
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

/** A newspaper column: the narrowest the card is made for. */
export const Column240: Story = {
  name: '240 px column',
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)' },
  decorators: [atWidth(240)],
  parameters: { shows: ['10 nhiệm vụ có báo cáo'] },
};

/** With a link to the full page (`href`) and five deadlines (`deadlines`). */
export const WithLink: Story = {
  name: 'Link and five deadlines',
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)', href: '#programme-219', deadlines: 5 },
  parameters: { shows: ['Xem đầy đủ'] },
};
