// `npm run build:registry`: writes the lists of widgets that must stay literal from the registry
// (src/widgets.ts): the static exports of src/index.ts (ESM has no computed exports), the
// loader's and the CLI's `import()`s (a bundler splits code only along literal imports), the
// React wrappers of tiendo/react (src/react.ts), and package.json "exports". tests/registry/registry.test.ts fails while one disagrees with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { WIDGETS } from './registry.mjs';

const START = '// widgets:start (npm run build:registry writes these lines from src/widgets.ts)';
const END = '// widgets:end';

/** Per file, one line per widget between the markers (indented as the start marker is). */
export const BLOCKS = {
  'src/index.ts': (w) => `export { ${w.className} } from './${w.name}/define.js';`,
  'src/embed/loader.ts': (w) => `'tiendo-${w.name}': () => import('../${w.name}/define.js'),`,
  'src/react.ts': (w) => `export const ${w.className} = createComponent({ react: React, tagName: 'tiendo-${w.name}', elementClass: elements.${w.className}, events: ${w.selects ? 'selectEvents' : 'feedEvents'}, displayName: '${w.className}' });`,
  'src/cli/widget-classes.ts': (w) => `${/^[a-z]+$/.test(w.name) ? w.name : `'${w.name}'`}: () => import('../${w.name}/index.js').then((m) => m.${w.className}),`,
};

/** `source` with the lines between its markers written from the registry. */
export function writeBlock(file, source = readFileSync(file, 'utf8')) {
  const from = source.indexOf(START);
  const to = source.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${file}: the widgets:start / widgets:end markers are missing`);
  const lineStart = source.lastIndexOf('\n', from) + 1;
  const indent = source.slice(lineStart, from);
  const lines = WIDGETS.map((w) => `${indent}${BLOCKS[file](w)}\n`).join('');
  return `${source.slice(0, from + START.length)}\n${lines}${indent}${source.slice(to)}`;
}

/** package.json with `./<widget>.js` (the class) and `./<widget>/define.js` (registers it) per widget, after ".". */
export function packageJson(pkg = JSON.parse(readFileSync('package.json', 'utf8'))) {
  const isWidget = (key) => WIDGETS.some((w) => key === `./${w.name}.js` || key === `./${w.name}/define.js`);
  const [root, ...rest] = Object.entries(pkg.exports).filter(([key]) => !isWidget(key));
  const widgets = WIDGETS.flatMap((w) => [
    [`./${w.name}.js`, { types: `./dist/types/${w.name}/index.d.ts`, default: `./dist/esm/${w.name}/index.js` }],
    [`./${w.name}/define.js`, { types: `./dist/types/${w.name}/define.d.ts`, default: `./dist/esm/${w.name}/define.js` }],
  ]);
  return { ...pkg, exports: Object.fromEntries([root, ...widgets, ...rest]) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of Object.keys(BLOCKS)) writeFileSync(file, writeBlock(file));
  writeFileSync('package.json', `${JSON.stringify(packageJson(), null, 2)}\n`);
  console.log(`wrote the widget lists of ${[...Object.keys(BLOCKS), 'package.json'].join(', ')} for ${WIDGETS.map((w) => w.name).join(', ')}`);
}
