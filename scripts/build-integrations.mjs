// Editor data and framework types, generated from custom-elements.json by the ecosystem's own
// tools (run after scripts/build-manifest.mjs; part of `npm run build:cem`):
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code (html/css.customData)
//   dist/web-types.json                                                   JetBrains IDEs (package.json "web-types")
//   dist/types/frameworks/jsx.d.ts     JSX IntrinsicElements for React 19, Preact, Solid, …  (tiendo/jsx)
//   dist/types/frameworks/vue.d.ts     Vue's GlobalComponents                                 (tiendo/vue)
//   dist/types/frameworks/svelte.d.ts  Svelte's SvelteHTMLElements                            (tiendo/svelte)
// Nothing here is written by hand: a new attribute, event or part in an element's JSDoc reaches
// every editor and framework on the next build.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The framework files import the classes and event types from the package's main declarations
 * (dist/types/index.d.ts, which exports every element class and TiendoSelectEvent, …), next to them.
 */
const FRAMEWORKS = 'dist/types/frameworks';
const globalTypePath = '../index.js';
const reference = (name, tag) => ({ name: 'Documentation', url: `${pkg.homepage.replace(/#.*$/, '')}/blob/main/docs/${tag.replace('tiendo-', '')}.md` });
const common = { hideLogs: true, exclude: ['TiendoWidget'] };
/**
 * An element's description says what it is, its slots, methods and parts. Its attributes, events
 * and CSS custom properties are left out of it: each has its own typed, documented entry (a prop,
 * an `on…` handler, CustomCssProperties, the CSS custom data), and repeating all of them in every
 * element's description, twice in jsx.d.ts (React and Solid), was a third of the package.
 */
const lean = { hideCssPropertiesDocs: true };

generateVsCodeCustomElementData(manifest, { ...common, ...lean, outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', referencesTemplate: (name, tag) => [reference(name, tag)] });
generateJetBrainsWebTypes(manifest, { ...common, ...lean, outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false, referenceTemplate: reference, modulePathTemplate: (_name, path) => `./${path}` });
generateJsxTypes(manifest, { ...common, outdir: FRAMEWORKS, fileName: 'jsx.d.ts', globalTypePath, stronglyTypedEvents: true, useCemTypes: true, componentDescriptionOptions: { apis: { attrsAndProps: null, events: null, cssProps: null } } });
/**
 * Vue's and Svelte's generators type a handler as `(e: CustomEvent<T>)` with T the event's type
 * in the manifest: give them the detail (`TiendoSelectDetail`, src/core/events.ts), not the event.
 */
const withDetailTypes = structuredClone(manifest);
for (const declaration of withDetailTypes.modules.flatMap((m) => m.declarations ?? [])) {
  for (const event of declaration.events ?? []) if (/^Tiendo\w+Event$/.test(event.type?.text ?? '')) event.type.text = event.type.text.replace(/Event$/, 'Detail');
}
generateVuejsTypes(withDetailTypes, { ...common, ...lean, outdir: FRAMEWORKS, fileName: 'vue.d.ts', globalTypePath });
generateSvelteTypes(withDetailTypes, { ...common, ...lean, outdir: FRAMEWORKS, fileName: 'svelte.d.ts', globalTypePath });
// The generators import each element's event types once per element (one import of each name is
// enough), and the JSX generator uses the event types without importing them.
const EVENT_TYPES = /\bTiendo(?:Select|Load|Error)(?:Event|Detail)\b/g;
for (const name of ['jsx', 'vue', 'svelte']) {
  const file = `${FRAMEWORKS}/${name}.d.ts`;
  const text = readFileSync(file, 'utf8').replace(/import type \{([^}]*)\} from "\.\.\/index\.js";/, (_, names) => {
    const used = readFileSync(file, 'utf8').match(EVENT_TYPES) ?? [];
    const unique = [...new Set([...names.split(',').map((n) => n.trim()).filter(Boolean), ...used])];
    return `import type { ${unique.join(', ')} } from "../index.js";`;
  });
  // Vue compiles `@tiendo-select` to the prop `onTiendoSelect`, not `ontiendo-select`.
  writeFileSync(file, name === 'vue' ? elementProps(text.replace(/"on(tiendo-[a-z-]+)"\?:/g, (_, event) => `on${event.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase())}?:`)) : name === 'svelte' ? elementProps(text) : solidOnce(text));
}

/**
 * Vue's and Svelte's generators type each prop by the element's property (`src?: TiendoGauge["src"]`)
 * and copy its description above it: the same sentences as the element's own declarations, again
 * for every element and in both files. A mapped type over the element's properties has the same
 * types and keeps the documentation of the declarations themselves (an editor shows it on the
 * prop), so each `Props` type names its element's properties instead. Renamed props (Svelte's
 * `bind:feed`) and the event handlers keep their own lines.
 */
function elementProps(text) {
  let typed = 0;
  const props = text.replace(/^type (Tiendo\w+)Props = \{\n([\s\S]*?)^\};\n/gm, (block, element, body) => {
    const names = [];
    const rest = body.replace(/^(?: {2}\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)? {2}(\w+)\?: (\w+)\["(\w+)"\];\n/gm, (line, prop, owner, key) => {
      if (owner !== element || key !== prop) return line;
      names.push(prop);
      return '';
    });
    if (!names.length) return block;
    typed++;
    return `type ${element}Props = ElementProps<${element}, ${names.map((n) => `"${n}"`).join(' | ')}> & {\n${rest}};\n`;
  });
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).length;
  if (typed !== elements) throw new Error(`framework types: ${typed} of ${elements} elements' props are in the generator's shape`);
  const helper = `
/** An element's properties as optional props; a mapped type keeps each property's own documentation. */
type ElementProps<E, K extends keyof E> = { -readonly [P in K]?: E[P] };
`;
  return props.replace(/(\} from "\.\.\/index\.js";\n)/, `$1${helper}`);
}

/**
 * jsx.d.ts writes every element's description twice, for React's `CustomElements` and Solid's
 * `CustomElementsSolidJs`, whose entries differ only by Solid's `prop:`/`on:` props. Solid's map
 * becomes a mapped type over `CustomElements` (a homomorphic mapped type keeps each entry's JSDoc,
 * so a hover in Solid shows the same description) plus those props. Any other shape of the
 * generator's output stops the build rather than changing the types unseen.
 */
function solidOnce(text) {
  const start = text.indexOf('export type CustomElementsSolidJs = {');
  const end = text.indexOf('\n};\n', start);
  if (start < 0 || end < 0) throw new Error('jsx.d.ts: no CustomElementsSolidJs map');
  const block = text.slice(start, end + 4);
  const entries = [...block.matchAll(/"(tiendo-[a-z-]+)": Partial<\s*(\w+)Props &\s*(\w+)SolidJsProps &\s*BaseProps<(\w+)> &\s*BaseEvents\s*>;/g)];
  const tags = [...block.matchAll(/^  "(tiendo-[a-z-]+)":/gm)].map((m) => m[1]);
  if (!entries.length || entries.length !== tags.length || entries.some(([, , a, b, c]) => a !== b || b !== c)) throw new Error('jsx.d.ts: CustomElementsSolidJs has another shape');
  for (const [, tag, cls] of entries) {
    const react = new RegExp(`"${tag}": Partial<\\s*${cls}Props & BaseProps<${cls}> & BaseEvents\\s*>;`);
    if (!react.test(text)) throw new Error(`jsx.d.ts: CustomElements["${tag}"] has another shape`);
  }
  const solid = `/** Solid's own props of each element (\`prop:…\`, \`on:…\`), next to its attributes. */
type SolidJsPropsOf = {
${entries.map(([, tag, cls]) => `  "${tag}": ${cls}SolidJsProps;`).join('\n')}
};

/** The elements for Solid: \`CustomElements\` (with each element's description) and Solid's \`prop:\`/\`on:\` props. */
export type CustomElementsSolidJs = {
  [Tag in keyof CustomElements]: CustomElements[Tag] & Partial<SolidJsPropsOf[Tag]>;
};
`;
  return text.slice(0, start) + solid + text.slice(end + 4);
}
/**
 * The CSS data of VS Code and JetBrains is one list for the whole page, but the generators write a
 * custom property or part once per element that uses it (`--tiendo-color-text` five times: 272
 * entries for 80 names), so an editor offers each name several times. One entry per name: where
 * the elements describe it alike, that description; where they differ, each element's, by tag.
 */
const tagged = (kind) => {
  const byName = new Map();
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    for (const item of d.tagName ? d[kind] ?? [] : []) {
      if (!byName.has(item.name)) byName.set(item.name, []);
      byName.get(item.name).push({ tag: d.tagName, description: item.description ?? '' });
    }
  }
  return byName;
};
const CSS = { properties: tagged('cssProperties'), parts: tagged('cssParts') };
function mergeByName(entries, uses, key) {
  const merged = new Map();
  for (const entry of entries) if (!merged.has(entry.name)) merged.set(entry.name, { ...entry });
  for (const entry of merged.values()) {
    const byDescription = new Map();
    for (const { tag, description } of uses.get(key(entry.name)) ?? []) byDescription.set(description, [...(byDescription.get(description) ?? []), tag]);
    if (byDescription.size > 1) entry.description = [...byDescription].map(([text, tags]) => `${tags.map((t) => `\`${t}\``).join(', ')}: ${text}`).join('\n\n');
    if (Array.isArray(entry.values) && !entry.values.length) delete entry.values;
  }
  return [...merged.values()];
}
const vsCss = JSON.parse(readFileSync('dist/vscode.css-custom-data.json', 'utf8'));
vsCss.properties = mergeByName(vsCss.properties, CSS.properties, (name) => name);
vsCss.pseudoElements = mergeByName(vsCss.pseudoElements, CSS.parts, (name) => /^::part\((.+)\)$/.exec(name)?.[1]);
writeFileSync('dist/vscode.css-custom-data.json', JSON.stringify(vsCss));
const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
webTypes.contributions.css.properties = mergeByName(webTypes.contributions.css.properties, CSS.properties, (name) => name);
webTypes.contributions.css['pseudo-elements'] = mergeByName(webTypes.contributions.css['pseudo-elements'], CSS.parts, (name) => /^part\((.+)\)$/.exec(name)?.[1]);
writeFileSync('dist/web-types.json', JSON.stringify(webTypes));
// Read by editors, not people: one line each (the indentation was a fifth of their size).
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'))));
console.log(`wrote dist/vscode.*-custom-data.json, dist/web-types.json and ${FRAMEWORKS}/{jsx,vue,svelte}.d.ts`);
