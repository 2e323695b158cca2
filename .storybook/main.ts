import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  viteFinal: async (config) => {
    // In dev, pre-bundle lit once; otherwise lit-html loads twice ("Multiple versions of Lit loaded").
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
    };
    return config;
  },
  // No network: no telemetry, no "what's new", no crash reports (version checks are off via the CLI flag).
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
};
export default config;
