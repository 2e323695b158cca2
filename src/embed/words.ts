/**
 * The words of the iframe page and of the snippet generator, Vietnamese first. The widgets keep
 * their own words (core/messages.ts and each widget's messages.ts); these are only the pages'.
 * The generator's words are in generator-words.ts, so that tiendo-embed.js carries only these.
 */
import type { WidgetName } from './params.js';

export type PageLang = 'vi' | 'en';

export function pageLang(value: string | null | undefined): PageLang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** Titles of frames: the `title` of an iframe, the document title of the page inside. */
export const FRAME_WORDS: Readonly<Record<PageLang, { frameTitle: string; widget: Readonly<Record<WidgetName, string>> }>> = {
  vi: {
    frameTitle: 'Tiến độ thực hiện',
    widget: { timeline: 'Dòng thời gian nhiệm vụ', matrix: 'Phân công chủ trì, phối hợp', gauge: 'Chỉ tiêu', summary: 'Tóm tắt tiến độ' }
  },
  en: {
    frameTitle: 'Programme progress',
    widget: { timeline: 'Task timeline', matrix: 'Who leads, who coordinates', gauge: 'Targets', summary: 'Progress summary' }
  },
};
