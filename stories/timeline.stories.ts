/**
 * `<tiendo-timeline>`: Programme 219's tasks on a time axis. Attributes, properties, events, parts
 * and custom properties in the docs and controls come from custom-elements.json.
 */
import type { Meta } from '@storybook/web-components-vite';
import '../src/timeline/define.js';
import { feedArgType, NOW } from './support/feeds.js';
import { renderWidget } from './support/render.js';
import { catalogue, type Story } from './support/catalogue.js';

const meta = {
  title: 'Widgets/Timeline',
  component: 'tiendo-timeline',
  tags: ['autodocs'],
  render: renderWidget('tiendo-timeline'),
  args: { now: NOW },
  argTypes: { feed: feedArgType },
  parameters: {
    snippet: `<script type="module" src="/tiendo/dist/bundled/tiendo-timeline.js"></script>

<tiendo-timeline src="/data/laocai-219-ctr-tu.json"></tiendo-timeline>`,
  },
} satisfies Meta;
export default meta;

const stories = catalogue('tiendo-timeline', {
  empty: 'Chương trình chưa có nhiệm vụ nào để hiển thị.',
  shows: {
    // Task 1 was due in Q3 2023 and the document reports nothing: said, not guessed.
    published: ['Xong trong Quý III/2023', 'Chưa có báo cáo · đã quá hạn'],
    illustrative: ['Đang thực hiện · 55%', 'Hôm nay 30/6/2026'],
    english: ['In progress · 55%', 'Today 30 Jun 2026'],
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

/** The tasks one agency leads or coordinates, highlighted (the `agency` attribute). */
export const AgencyHighlighted: Story = {
  name: 'Agency highlighted',
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)', agency: 'dang-doan-hdnd-tinh' },
  parameters: { shows: ['Tô sáng nhiệm vụ của Đảng đoàn HĐND tỉnh'] },
};

/** One section over a chosen period (`section`, `from`, `to`). */
export const SectionAndPeriod: Story = {
  name: 'Section III, 2025–2027',
  args: { feed: 'Programme 219-CTr/TU (illustrative progress)', section: 'III', from: '2025', to: '2027' },
};
