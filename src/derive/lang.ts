/**
 * Languages and words without the DOM: the reader's language, feed text in it, and the one shape
 * every dictionary of tiendo has. Widgets, the summary, the editor and the CLI build their words
 * with `translator()`; an element finds its language with `langOf` (core/i18n.ts).
 */
import type { Text } from '../feed/schema.js';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

type Message<P> = string | ((params: P) => string);
export type Dictionary<K extends string> = Record<Lang, Record<K, Message<any>>>;

/** `t(lang, key, params)` for one dictionary; English fills any gap in another language. */
export function translator<K extends string>(dict: Dictionary<K>) {
  return (lang: Lang, key: K, params?: any): string => {
    const m = dict[lang][key] ?? dict.en[key];
    return typeof m === 'function' ? m(params ?? {}) : m;
  };
}

/** "vi-VN" → "vi"; anything not supported → "vi", the library's default language. */
export function toLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' ? 'en' : 'vi';
}

/** Feed text in the reader's language, falling back to Vietnamese, then to any language. */
export function localText(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.vi ?? Object.values(text)[0] ?? '';
}
