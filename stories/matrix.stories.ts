/**
 * `<tiendo-matrix>`: who leads (chủ trì) and who coordinates (phối hợp) each task of Programme 219.
 * Attributes, properties, events, parts and custom properties come from custom-elements.json.
 */
import type { Meta } from '@storybook/web-components-vite';
import '../src/matrix/define.js';
import { feedArgType, NOW } from './support/feeds.js';
import { renderWidget } from './support/render.js';
import { catalogue, type Story } from './support/catalogue.js';

const meta = {
  title: 'Widgets/Matrix',
  component: 'tiendo-matrix',
  tags: ['autodocs'],
  render: renderWidget('tiendo-matrix'),
  args: { now: NOW },
  argTypes: { feed: feedArgType },
  parameters: {
    snippet: `<script type="module" src="/tiendo/dist/bundled/tiendo-matrix.js"></script>

<tiendo-matrix src="/data/laocai-219-ctr-tu.json"></tiendo-matrix>`,
  },
} satisfies Meta;
export default meta;

const stories = catalogue('tiendo-matrix', {
  empty: 'Chương trình chưa có nhiệm vụ nào để hiển thị.',
  shows: {
    published: ['Phân công thực hiện Chương trình số 219-CTr/TU: 22 nhiệm vụ, 9 cơ quan, nhóm cơ quan chủ trì và phối hợp', 'Chủ trì', 'Phối hợp'],
    illustrative: ['22 nhiệm vụ'],
    english: ['Who does what in Programme No. 219-CTr/TU: 22 tasks', 'Lead', 'Coordinating'],
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

/** Columns in the order the document first names each body (`order="document"`). */
export const DocumentOrder: Story = {
  name: 'Columns in document order',
  args: { feed: 'Programme 219-CTr/TU (published)', order: 'document' },
};

/** One card per body, whatever the width (`layout="cards"`; `auto` switches below 600 px). */
export const Cards: Story = {
  args: { feed: 'Programme 219-CTr/TU (published)', layout: 'cards' },
};

/** One section, with one body's column and tasks marked (`section`, `agency`). */
export const SectionAndAgency: Story = {
  name: 'Section III, one body marked',
  args: { feed: 'Programme 219-CTr/TU (published)', section: 'III', agency: 'bcsd-ubnd-tinh' },
};
