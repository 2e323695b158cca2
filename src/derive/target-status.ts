/**
 * A target's assessment in words ("Đạt", "Đúng tiến độ", "Chưa có số liệu"), apart from the task
 * statuses (derive/status.ts) so that a page that shows no target carries none of them.
 */
import { translator } from './lang.js';
import type { TargetStatus } from './progress.js';

export const targetStatusText = translator<TargetStatus>({
  vi: {
    achieved: 'Đạt',
    'on-track': 'Đúng tiến độ',
    behind: 'Chậm so với lộ trình',
    'not-achieved': 'Không đạt',
    unknown: 'Chưa đánh giá được',
    'no-data': 'Chưa có số liệu',
  },
  en: {
    achieved: 'Achieved',
    'on-track': 'On track',
    behind: 'Behind',
    'not-achieved': 'Not achieved',
    unknown: 'Not assessed',
    'no-data': 'No data yet',
  },
});
