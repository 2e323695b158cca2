// Three builds from the same sources:
//  dist/esm      the npm package: one module per source file, dependencies external, for bundlers
//  dist/bundled  self-contained and code-split, minified: each widget page loads its entry and the
//                chunks it imports (what the demo, the loader and `npm run bench` use)
//  dist/cdn      one minified file with everything, for a plain <script> (classic and module)
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const entries = {
  index: 'src/index.ts',
  feed: 'src/feed/index.ts',
  'tiendo-feed': 'src/core/feed-define.ts',
  'tiendo-timeline': 'src/timeline/define.ts',
  'tiendo-matrix': 'src/matrix/define.ts',
  'tiendo-gauge': 'src/gauge/define.ts',
};

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });
const isDependency = (id) => /^(lit|lit-html|lit-element|@lit\/[a-z-]+|@lit-labs\/[a-z-]+|d3-[a-z-]+|zod)(\/|$)/.test(id);
const minify = () => terser({ ecma: 2022, module: true, format: { comments: false } });

// zod ships annotations and circular imports that rollup warns about; they are harmless.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' && /node_modules[\\/]zod/.test(warning.id ?? '')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  warn(warning);
};

// Lit's production build, not its development one (which warns in the console).
const browser = () => nodeResolve({ exportConditions: ['production', 'browser'] });

export default [
  {
    input: entries,
    external: isDependency,
    plugins: [ts()],
    onwarn,
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    input: entries,
    plugins: [browser(), ts(), minify()],
    onwarn,
    output: { dir: 'dist/bundled', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  {
    input: 'src/index.ts',
    plugins: [browser(), ts()],
    onwarn,
    output: [
      { file: 'dist/cdn/tiendo.min.js', format: 'es', plugins: [minify()] },
      { file: 'dist/cdn/tiendo.iife.min.js', format: 'iife', name: 'tiendo', plugins: [terser({ ecma: 2022, format: { comments: false } })] },
    ],
  },
];
