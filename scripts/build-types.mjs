// `npm run build:types`: the package's declarations, dist/types. tsc writes one .d.ts per source
// module (into a temporary folder, never shipped); rollup-plugin-dts then bundles them from the
// entries package.json "exports" names: a declaration no public type reaches is left out, and
// what several entries share is one chunk (dist/types/chunks/), so `TiendoTimeline` from
// `tiendo` and from `tiendo/timeline.js` is one class type. JSDoc is kept.
// The framework files (dist/types/frameworks) come after, from scripts/build-integrations.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = 'dist/types';

/** The .d.ts entries of package.json "exports", by their path under dist/types ("timeline/index"). */
export function typeEntries(pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))) {
  const entries = new Set();
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (key === 'types' && value.startsWith(`./${out}/`) && !value.startsWith(`./${out}/frameworks/`)) entries.add(value.slice(out.length + 3, -'.d.ts'.length));
    } else for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(pkg.exports);
  return [...entries].sort();
}

export async function buildTypes() {
  // Not under node_modules: rollup-plugin-dts takes whatever is there for a dependency.
  const emitted = mkdtempSync(join(tmpdir(), 'tiendo-types-'));
  rmSync(`${root}${out}`, { recursive: true, force: true });
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--outDir', emitted], { cwd: root, stdio: 'inherit' });
  const input = Object.fromEntries(typeEntries().map((name) => [name, `${emitted}/${name}.d.ts`]));
  const bundle = await rollup({
    input,
    plugins: [dts({ respectExternal: false })],
    // Dependencies (lit, zod, react, …) stay imports; only our own modules are bundled.
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
  });
  await bundle.write({ dir: `${root}${out}`, format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/\.d$/, '')}-[hash].d.ts` });
  await bundle.close();
  rmSync(emitted, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildTypes();
