/**
 * Turns a CSF module (a `*.stories.ts` file) into renderable stories the way Storybook does:
 * merged args and parameters, the story's render (or the meta's), and decorators applied story
 * first, then the meta's, then the project's — without loading Storybook itself.
 */
import type { TemplateResult } from 'lit';
import { initialGlobals, withPage } from '../../stories/support/decorators.js';

type Args = Record<string, unknown>;
type Parameters = Record<string, unknown> & {
  shows?: string[];
  emulate?: { media?: 'print'; forcedColors?: 'active' };
};
type StoryFn = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;

interface Annotations {
  name?: string;
  title?: string;
  args?: Args;
  argTypes?: Record<string, unknown>;
  parameters?: Parameters;
  decorators?: Decorator[];
  render?: StoryFn;
  play?: (context: PlayContext) => unknown;
  tags?: string[];
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

export interface StoryContext {
  id: string;
  name: string;
  title: string;
  args: Args;
  argTypes: Record<string, unknown>;
  globals: Record<string, unknown>;
  parameters: Parameters;
  viewMode: 'story';
}

/** What a story's `play` gets here: the part of Storybook's context our stories use. */
export interface PlayContext {
  canvasElement: HTMLElement;
  args: Args;
  globals: Record<string, unknown>;
  parameters: Parameters;
}

export interface ComposedStory {
  /** `title › name`, as the sidebar shows it. */
  label: string;
  parameters: Parameters;
  /** Renders the decorated story: what Storybook would put in the canvas. */
  render(): TemplateResult | unknown;
  /** Runs the story's `play` (if any) on the element it was rendered into. */
  play(canvasElement: HTMLElement): Promise<void>;
}

/** The project's decorators (.storybook/preview.ts registers the same ones). */
const PROJECT_DECORATORS: Decorator[] = [withPage as unknown as Decorator];

/** "SkippedItems" → "Skipped Items", Storybook's name for an export without `name`. */
export function storyNameFromExport(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase());
}

function matches(key: string, rule: string[] | RegExp | undefined): boolean {
  return Array.isArray(rule) ? rule.includes(key) : rule instanceof RegExp ? rule.test(key) : false;
}

/** The stories of one CSF module, in export order. */
export function composeStories(module: Record<string, unknown>): ComposedStory[] {
  const meta = (module.default ?? {}) as Annotations;
  const title = meta.title ?? 'Untitled';
  const keys = (module.__namedExportsOrder as string[] | undefined) ?? Object.keys(module).filter((k) => k !== 'default');
  return keys
    .filter((key) => key !== '__namedExportsOrder' && key !== 'default')
    .filter((key) => (meta.includeStories ? matches(key, meta.includeStories) : true) && !matches(key, meta.excludeStories))
    .map((key) => composeStory(key, module[key] as Annotations | StoryFn, meta, title));
}

function composeStory(key: string, exported: Annotations | StoryFn, meta: Annotations, title: string): ComposedStory {
  const story: Annotations = typeof exported === 'function' ? { render: exported as StoryFn, ...(exported as Annotations) } : exported;
  const name = story.name ?? storyNameFromExport(key);
  const args = { ...meta.args, ...story.args };
  const parameters = { ...meta.parameters, ...story.parameters } as Parameters;
  const context: StoryContext = {
    id: `${title}--${key}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    name,
    title,
    args,
    argTypes: { ...meta.argTypes, ...story.argTypes },
    globals: { ...initialGlobals },
    parameters,
    viewMode: 'story',
  };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${title} › ${name}: no render function`);
  // Story decorators innermost, then the meta's, then the project's (Storybook's order).
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? []), ...PROJECT_DECORATORS];
  const decorated = decorators.reduce<() => unknown>((inner, decorator) => () => decorator(inner, context), () => render(context.args, context));
  const play = story.play ?? meta.play;
  return {
    label: `${title} › ${name}`,
    parameters,
    render: decorated,
    play: async (canvasElement) => void (await play?.({ canvasElement, args, globals: context.globals, parameters })),
  };
}
