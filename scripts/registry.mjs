// The widget registry (src/widgets.ts) for Node scripts: rollup.config.mjs, the bench, the
// registry sync. Node 20 runs no TypeScript, so esbuild strips the types; the registry has no
// runtime import, and its loaders are never called here.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../src/widgets.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' });

/** @type {typeof import('../src/widgets.ts')} */
const registry = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

export const { WIDGETS, WIDGET_NAMES, COMMON_ATTRIBUTES } = registry;
