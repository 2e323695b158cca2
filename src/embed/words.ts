/**
 * The words of the iframe page and of the snippet generator, Vietnamese first. The widgets keep
 * their own words (core/messages.ts and each widget's messages.ts); these are only the pages'.
 * The generator's words are in generator-words.ts, so that tiendo-embed.js carries only these.
 */
import { perWidget, type WidgetName } from '../widgets.js';

export type PageLang = 'vi' | 'en';

export function pageLang(value: string | null | undefined): PageLang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** Titles of frames: the `title` of an iframe, the document title of the page inside. */
export const FRAME_WORDS: Readonly<Record<PageLang, { frameTitle: string; widget: Readonly<Record<WidgetName, string>> }>> = {
  vi: { frameTitle: 'Tiến độ thực hiện', widget: perWidget((w) => w.titles.vi.frame) },
  en: { frameTitle: 'Programme progress', widget: perWidget((w) => w.titles.en.frame) },
};
