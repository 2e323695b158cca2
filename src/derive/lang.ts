/**
 * Languages and words without the DOM: the reader's language, feed text in it, and the one shape
 * every dictionary of tiendo has. Widgets, the summary, the editor and the CLI build their words
 * with `translator()`; an element finds its language with `langOf` (core/i18n.ts).
 */
import type { Text } from '../feed/schema.js';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** What a message is given to fill in: names and counts ("{ name, count }"). */
export type Params = Record<string, string | number>;
/** Fixed words, or words made from their parameters. */
export type Message = string | ((params: Params) => string);
/** One dictionary: the same keys in every language. */
export type Dictionary<K extends string> = Record<Lang, Record<K, Message>>;
/** `text(lang, key, params)`: the one shape of every translator in tiendo. */
export type Translator<K extends string> = (lang: Lang, key: K, params?: Params) => string;

/**
 * A dictionary's translator; English fills any gap in another language. Nothing but a closure, so
 * a bundler drops a dictionary no page uses.
 */
export function translator<K extends string>(dict: Dictionary<K>): Translator<K> {
  return (lang, key, params = {}) => {
    const m = dict[lang][key] ?? dict.en[key];
    return typeof m === 'function' ? m(params) : m;
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
