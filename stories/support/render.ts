/**
 * One render function for every widget story: the story's args become the element's attributes
 * (whatever the manifest lists, with no hand-kept list here), `feed` its property, `--tiendo-*`
 * args custom properties on the element, and `on…` actions its event listeners.
 */
import { nothing, type ElementPart } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { feedNamed } from './feeds.js';

export type { WidgetTag } from '../../src/widgets.js';
import type { WidgetTag } from '../../src/widgets.js';

/** What a story's args may hold. */
export type StoryArgs = Record<string, unknown>;

/** The toolbar's choices (see decorators.ts), as stories receive them. */
export interface StoryGlobals {
  lang?: string;
  theme?: string;
}

/** Args that are not attributes: the feed (a property; actions are functions, hence skipped anyway). */
const NOT_ATTRIBUTES = new Set(['feed']);

/** Sets the scalar args as attributes and `--*` args as custom properties, removing what a later render drops. */
class ArgsDirective extends Directive {
  private attributes = new Set<string>();
  private properties = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('argsOnElement() belongs in an element tag');
  }

  render(_args: StoryArgs) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [StoryArgs]) {
    const element = part.element as HTMLElement;
    const attributes = new Set<string>();
    const properties = new Set<string>();
    for (const [name, value] of Object.entries(args)) {
      if (value === undefined || value === null || value === false || value === '') continue;
      if (name.startsWith('--')) {
        // CSSOM, not a style attribute: the same path a strict CSP allows on a real page.
        element.style.setProperty(name, String(value));
        properties.add(name);
      } else if (!NOT_ATTRIBUTES.has(name) && /^[a-z][a-z0-9-]*$/.test(name) && ['string', 'number', 'boolean'].includes(typeof value)) {
        element.setAttribute(name, value === true ? '' : String(value));
        attributes.add(name);
      }
    }
    for (const name of this.attributes) if (!attributes.has(name)) element.removeAttribute(name);
    for (const name of this.properties) if (!properties.has(name)) element.style.removeProperty(name);
    this.attributes = attributes;
    this.properties = properties;
    return nothing;
  }
}

/** `<x ${argsOnElement(args)}>`: scalar args as attributes, `--*` args as custom properties. */
export const argsOnElement = directive(ArgsDirective);

/**
 * The theme the story shows: its own `theme` arg, else the toolbar's, left out when it is the
 * default (`auto`) so that the code shown under a story stays the plain snippet.
 */
export function themeOf(args: StoryArgs, globals: StoryGlobals | undefined): string | undefined {
  const theme = (args.theme as string | undefined) ?? globals?.theme;
  return theme && theme !== 'auto' ? theme : undefined;
}

/** A render function for a widget's stories. */
export function renderWidget(tag: WidgetTag) {
  const name = unsafeStatic(tag);
  return (args: StoryArgs, context?: { globals?: StoryGlobals }) => {
    const attributes = { ...args, theme: themeOf(args, context?.globals) };
    const on = (action: unknown) => action as EventListener | undefined;
    return html`<${name}
      ${argsOnElement(attributes)}
      .feed=${feedNamed(args.feed)}
      @tiendo-select=${on(args.onTiendoSelect)}
      @tiendo-load=${on(args.onTiendoLoad)}
      @tiendo-error=${on(args.onTiendoError)}
    ></${name}>`;
  };
}
