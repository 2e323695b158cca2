/**
 * `<tiendo-editor>`: the editor's states — nothing opened yet, the real Programme 219 feed opened,
 * and in English. The story check renders each and runs axe on it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/editor/define.js';
import { FIXTURES } from './support/feeds.js';

type Args = { src?: string; uiLang?: string };
const meta = {
  title: 'Tools/Editor',
  component: 'tiendo-editor',
  render: (args: Args) => html`<tiendo-editor src=${args.src ?? ''} ui-lang=${args.uiLang ?? 'vi'} now="2026-06-30"></tiendo-editor>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Before a file is opened: the picker, the drop zone and the address field. */
export const Start: Story = { parameters: { shows: ['Cập nhật tiến độ chương trình', 'Mở tệp…'] } };

/** Programme 219 as published, opened from this site: tasks by section, each with its "add a report" button. */
export const Opened: Story = {
  name: 'Programme 219 opened',
  args: { src: `${FIXTURES}laocai-219-ctr-tu.json` },
  parameters: { shows: ['Thêm báo cáo cho nhiệm vụ 1', 'Tệp hợp lệ', 'Chưa có thay đổi'] },
};

/** The same, in English. */
export const English: Story = {
  args: { src: `${FIXTURES}laocai-219-ctr-tu.json`, uiLang: 'en' },
  parameters: { shows: ['Add a report to task 1', 'The file is valid'] },
};

/** A feed with errors: each problem with its JSON path, next to its item and in the list. */
export const WithErrors: Story = {
  name: 'A feed with errors',
  args: { src: `${FIXTURES}invalid/dangling-agency.json` },
  parameters: { shows: ['tasks[2].lead[0]', 'lỗi'] },
};
