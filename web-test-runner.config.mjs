import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './tests/count-reporter.mjs';
import { feedServer } from './tests/feed-server.mjs';
import { otherBuild } from './tests/other-build.mjs';
import { storiesPlugin } from './tests/stories-index.mjs';

// Debian's chromium; nothing here downloads a browser.
const chromium = (timezone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'tiendo-wtr-'))}`,
      ],
    },
    // Calendar dates must not move with the reader's time zone: the pure feed tests
    // run again in the two most extreme zones.
    createPage: async ({ browser }) => {
      const page = await browser.newPage();
      if (timezone) await page.emulateTimezone(timezone);
      return page;
    },
  });

const feedTests = 'tests/feed/**/*.test.ts';
// `web-test-runner tests/x.test.ts` runs just those files, once, without the time-zone groups.
const only = process.argv.slice(2).filter((a) => /\.test\.ts$/.test(a) || a.includes('*'));

export default {
  nodeResolve: true,
  concurrency: 1, // a background tab gets no animation frames or resize reports: one page at a time
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), storiesPlugin()],
  middleware: [feedServer, otherBuild],
  browsers: [chromium()],
  ...(only.length
    ? { files: only }
    : {
        groups: [
          { name: 'all', files: 'tests/**/*.test.ts' },
          { name: 'utc-11', files: feedTests, browsers: [chromium('Pacific/Pago_Pago')] },
          { name: 'utc+14', files: feedTests, browsers: [chromium('Pacific/Kiritimati')] },
        ],
      }),
  reporters: [process.env.CI ? summaryReporter() : defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
};
