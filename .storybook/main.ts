/**
 * Storybook 10 for tiendo's designers (docs/storybook.md). It makes no network request: no
 * telemetry, no "what's new", no crash reports, and `--no-version-updates` on `storybook dev`.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Stories load broken and sample feeds by URL (`src="feeds/…"`), as a page would. Not at
  // /fixtures: in dev, Vite serves the stories' JSON imports from there (as modules).
  staticDirs: [{ from: '../fixtures', to: '/feeds' }],
  viteFinal: async (config) => {
    // In dev, pre-bundle lit once; otherwise lit-html loads twice ("Multiple versions of Lit loaded").
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'lit/directive-helpers.js',
        'lit/static-html.js',
        'lit/directives/if-defined.js',
        'lit/directives/repeat.js',
        '@lit/context',
      ],
    };
    return config;
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
};
export default config;
