/**
 * A target's assessment in words ("Đạt", "Đúng lộ trình", "Chưa có số liệu"), apart from the task
 * statuses (derive/status.ts) so that a page that shows no target carries none of them.
 */
import { translator } from './lang.js';
import type { TargetStatus } from './progress.js';

export const targetStatusText = translator<TargetStatus>({
  vi: {
    achieved: 'Đạt',
    'on-track': 'Đúng lộ trình',
    behind: 'Chậm so với lộ trình',
    'not-achieved': 'Không đạt',
    unknown: 'Chưa đánh giá được',
    'no-data': 'Chưa có số liệu',
  },
  en: {
    achieved: 'Achieved',
    'on-track': 'On track',
    behind: 'Off track',
    'not-achieved': 'Not achieved',
    unknown: 'Cannot be assessed yet',
    'no-data': 'No data yet',
  },
});
