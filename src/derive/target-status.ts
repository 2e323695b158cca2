/**
 * A target's assessment in words ("Đạt", "Kịp tiến độ bình quân", "Chưa có số liệu"), apart from the task
 * statuses (derive/status.ts) so that a page that shows no target carries none of them.
 */
import { translator } from './lang.js';
import type { TargetStatus } from './progress.js';

export const targetStatusText = translator<TargetStatus>({
  vi: {
    achieved: 'Đạt',
    'on-track': 'Kịp tiến độ bình quân',
    behind: 'Chậm hơn tiến độ bình quân',
    'not-achieved': 'Không đạt',
    unknown: 'Chưa đánh giá được',
    'no-data': 'Chưa có số liệu',
  },
  en: {
    achieved: 'Achieved',
    'on-track': 'On pace',
    behind: 'Behind pace',
    'not-achieved': 'Not achieved',
    unknown: 'Cannot be assessed yet',
    'no-data': 'No data yet',
  },
});
