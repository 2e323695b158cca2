/**
 * A tiny element builder for the generator page. Text goes in as text nodes and attributes through
 * setAttribute, never as markup: the page runs under Trusted Types with no `innerHTML` at all.
 */

type Child = Node | string | false | null | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** `<option>`s for a `<select>`, the chosen one selected. */
export function options(choices: readonly (readonly [value: string, label: string])[], chosen: string): HTMLOptionElement[] {
  return choices.map(([value, label]) => h('option', { value, selected: value === chosen }, label));
}
