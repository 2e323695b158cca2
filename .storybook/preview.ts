/**
 * Storybook's page: docs and controls from custom-elements.json (run `npm run cem` first; the
 * `storybook` and `build-storybook` scripts do), the language and theme toolbar, and the page
 * around each story (stories/support/decorators.ts, also used by the story check).
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { globalTypes, initialGlobals, withPage } from '../stories/support/decorators.js';
import { manifestControls } from './manifest-controls.js';
import { docsPage } from './docs-page.js';

setCustomElementsManifest(manifest);

/**
 * "Show code" shows what a page would contain: the story's page, width and paper wrappers and its
 * note are stripped, and a feed given as a property (it has no attribute) is named in a comment.
 */
function storySource(code: string, { args }: { args: Record<string, unknown> }): string {
  let html = code.trim().replace(/<p class="tiendo-story-note"[^>]*>[\s\S]*?<\/p>/g, '').trim();
  while (/^<div class="tiendo-story[^"]*"[^>]*>[\s\S]*<\/div>$/.test(html)) html = html.replace(/^<div[^>]*>/, '').replace(/<\/div>$/, '').trim();
  const feed = typeof args.feed === 'string' ? `<!-- the feed property is set to "${args.feed}" (stories/support/feeds.ts) -->\n` : '';
  return feed + html;
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withPage],
  argTypesEnhancers: [manifestControls(manifest)],
  parameters: {
    // The decorator pads the story and paints the page in the theme's colours.
    layout: 'fullscreen',
    controls: {
      matchers: { color: /^--tiendo-(color|gauge)-|(background|color)$/i },
      sort: 'requiredFirst',
    },
    docs: { page: docsPage(manifest), toc: false, source: { transform: storySource } },
    options: {
      storySort: { order: ['Widgets', ['Timeline', 'Matrix', 'Gauge', 'Feed'], 'Theme', 'Feed format'] },
    },
  },
};

export default preview;
