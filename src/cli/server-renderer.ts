/**
 * Lit's server renderer, @lit-labs/ssr, for `tiendo render --format page|fragment`. It is an
 * optional peer dependency: a browser consumer's `npm install tiendo` must not pull parse5,
 * node-fetch or enhanced-resolve, and the images (`--format svg|png`) and the other commands do
 * without it. Loaded once, on first use, through module hooks (ssr-hooks.ts) that give it the
 * widgets' own Lit and apply its one patch.
 */
import { register } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { render } from '@lit-labs/ssr/lib/render.js';
import type { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { CliError } from './io.js';
import { PATCH_FAILED, type HookData } from './ssr-hooks.js';

export interface ServerRenderer {
  render: typeof render;
  collectResult: typeof collectResult;
}

/** What to run when @lit-labs/ssr is missing (package.json "peerDependencies" names the same major). */
export const SSR_INSTALL = 'npm install -D @lit-labs/ssr@^4';
/** The version the patch and the tests were made with (package.json "devDependencies"; a test checks). */
export const SSR_TESTED = '4.1.0';

let loading: Promise<ServerRenderer> | undefined;

export function serverRenderer(): Promise<ServerRenderer> {
  return (loading ??= load());
}

async function load(): Promise<ServerRenderer> {
  // scripts/build-cli.mjs writes the hook next to the chunk this module is bundled into.
  const hooks = new URL('./ssr-hooks.mjs', import.meta.url);
  if (!existsSync(fileURLToPath(hooks))) throw new Error(`the module hooks ${fileURLToPath(hooks)} are missing: run "npm run build:cli"`);
  register<HookData>(hooks, { data: { shareFrom: import.meta.url } });
  try {
    const [{ render }, { collectResult }] = await Promise.all([import('@lit-labs/ssr/lib/render.js'), import('@lit-labs/ssr/lib/render-result.js')]);
    return { render, collectResult };
  } catch (e) {
    const { code, message } = e as NodeJS.ErrnoException;
    if (code === 'ERR_MODULE_NOT_FOUND' && message.includes("'@lit-labs/ssr'")) {
      throw new CliError(
        `render --format page and fragment need Lit's server renderer, @lit-labs/ssr, which is not installed: run "${SSR_INSTALL}" next to tiendo ` +
          `(with npx: npx -p tiendo -p @lit-labs/ssr@^4 tiendo render …). --format svg and png do without it.`,
      );
    }
    if (message?.includes(PATCH_FAILED)) {
      throw new CliError(`${message.replace(/^tiendo: /, '')}: this version of @lit-labs/ssr changed what tiendo patches; install the one it was made with: npm install -D @lit-labs/ssr@${SSR_TESTED}`);
    }
    throw e;
  }
}
