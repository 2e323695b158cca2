// Editor data and framework types, generated from custom-elements.json by the ecosystem's own
// tools (run after scripts/build-manifest.mjs; part of `npm run build:cem`):
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code (html/css.customData)
//   dist/web-types.json                                                   JetBrains IDEs (package.json "web-types")
//   dist/types/frameworks/jsx.d.ts     JSX IntrinsicElements for React 19, Preact, Solid, …  (tiendo/jsx)
//   dist/types/frameworks/vue.d.ts     Vue's GlobalComponents                                 (tiendo/vue)
//   dist/types/frameworks/svelte.d.ts  Svelte's SvelteHTMLElements                            (tiendo/svelte)
//   dist/types/frameworks/elements.d.ts  the elements' descriptions, which the three above share
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

generateVsCodeCustomElementData(manifest, { ...common, ...lean, hideCssPartsDocs: true, outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', referencesTemplate: (name, tag) => [reference(name, tag)] });
// The two editors' HTML data name each element's parts on its tag without describing them (12 KB
// less): each part's description is in the same editor's CSS data (`::part(…)` completion and
// hover, one entry per name), written by the generators below; partNames() lists the names.
// JetBrains lists each element's events as entries of their own (`events`, `js.events`), with
// their descriptions: the element's description need not list them again.
generateJetBrainsWebTypes(manifest, { ...common, ...lean, hideCssPartsDocs: true, hideEventDocs: true, outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false, referenceTemplate: reference, modulePathTemplate: (_name, path) => `./${path}` });
generateJsxTypes(manifest, { ...common, outdir: FRAMEWORKS, fileName: 'jsx.d.ts', globalTypePath, stronglyTypedEvents: true, useCemTypes: true, componentDescriptionOptions: { apis: { attrsAndProps: null, events: null, cssProps: null } } });
/**
 * Vue's and Svelte's generators type a handler as `(e: CustomEvent<T>)` with T the event's type
 * in the manifest: give them the detail (`TiendoSelectDetail`, src/core/events.ts), not the event.
 */
const withDetailTypes = structuredClone(manifest);
for (const declaration of withDetailTypes.modules.flatMap((m) => m.declarations ?? [])) {
  for (const event of declaration.events ?? []) if (/^Tiendo\w+Event$/.test(event.type?.text ?? '')) event.type.text = event.type.text.replace(/Event$/, 'Detail');
}
// The element's whole description (not its one-line summary): shareDescriptions() below gives
// their text to every framework file, JSX's included.
generateVuejsTypes(withDetailTypes, { ...common, ...lean, outdir: FRAMEWORKS, fileName: 'vue.d.ts', globalTypePath, descriptionSrc: 'description' });
generateSvelteTypes(withDetailTypes, { ...common, ...lean, outdir: FRAMEWORKS, fileName: 'svelte.d.ts', globalTypePath, descriptionSrc: 'description' });
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
  writeFileSync(file, name === 'vue' ? elementProps(text.replace(/"on(tiendo-[a-z-]+)"\?:/g, (_, event) => `on${event.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase())}?:`)) : name === 'svelte' ? elementProps(text) : elementProps(solidOnce(text), { jsx: true }));
}

shareDescriptions();

/**
 * Each framework file described every element again on its tag — what it is, its events,
 * methods, slots and parts: 10 KB a file. The descriptions are written once, in
 * frameworks/elements.d.ts (`TiendoElements`: each tag's element class, with its description),
 * and each file's `CustomElements` is a mapped type over it: a homomorphic mapped type keeps each
 * entry's JSDoc, so an editor shows the same description on the tag in React, Vue, Svelte or
 * Solid. The text is Vue's (Svelte's is the same): JSX's own left the events out. Any other shape
 * of the generators' output stops the build rather than changing the types unseen.
 */
function shareDescriptions() {
  const classes = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d.name]));
  const read = (name) => {
    const text = readFileSync(`${FRAMEWORKS}/${name}.d.ts`, 'utf8');
    const block = /^export type CustomElements = \{\n([\s\S]*?)^\};\n/m.exec(text);
    const entries = block ? [...block[1].matchAll(/^ {2}(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n {2}"(tiendo-[a-z-]+)": ([^;]+);$/gm)] : [];
    const tags = entries.map(([, , tag]) => tag);
    if (!block || tags.length !== classes.size || tags.some((tag) => !classes.has(tag)) || block[1].split('\n').filter((l) => /^ {2}"/.test(l)).length !== tags.length) {
      throw new Error(`${name}.d.ts: CustomElements has another shape`);
    }
    return { name, text, block, entries };
  };
  const files = ['vue', 'svelte', 'jsx'].map(read);
  const [vue, svelte] = files;
  const docs = new Map(vue.entries.map(([, doc, tag]) => [tag, doc]));
  for (const [, doc, tag] of svelte.entries) if (doc !== docs.get(tag)) throw new Error(`svelte.d.ts describes ${tag} otherwise than vue.d.ts`);
  const tags = [...docs.keys()];
  writeFileSync(
    `${FRAMEWORKS}/elements.d.ts`,
    `import type { ${tags.map((tag) => classes.get(tag)).join(', ')} } from "../index.js";

/**
 * The tiendo elements by tag, each with its description (what it is, its events, methods, slots
 * and parts), written once for editors: tiendo/jsx, tiendo/vue and tiendo/svelte map their props
 * over it.
 */
export type TiendoElements = {
${tags.map((tag) => `  ${docs.get(tag)}\n  "${tag}": ${classes.get(tag)};`).join('\n\n')}
};
`,
  );
  for (const { name, text, block, entries } of files) {
    const mapped = `/** Each element's type here, by tag. */
type TagTypes = {
${entries.map(([, , tag, type]) => `  "${tag}": ${type};`).join('\n')}
};

/** The elements: each tag's type here, under its description (\`TiendoElements\`, ./elements.d.ts). */
export type CustomElements = { [Tag in keyof TiendoElements]: TagTypes[Tag] };
`;
    const shared = text.slice(0, block.index) + mapped + text.slice(block.index + block[0].length);
    writeFileSync(`${FRAMEWORKS}/${name}.d.ts`, shared.replace(/(\} from "\.\.\/index\.js";\n)/, '$1import type { TiendoElements } from "./elements.js";\n'));
  }
}

/**
 * The generators copy each property's description above its prop — the same sentences as the
 * element's own declarations, again for every element and in every file. A mapped type over the
 * element's properties has the same types and keeps the documentation of the declarations
 * themselves (an editor shows it on the prop), so each `Props` type names its element's
 * properties instead. Vue and Svelte type a prop by the property already (`src?: TiendoGauge["src"]`);
 * JSX by the manifest's type, `| undefined` (`theme?: "light" | "dark" | "auto" | undefined`), which
 * is the property's type (tests/cli/declarations.test.mjs compares them). Renamed props (Svelte's
 * `bind:feed`) and the event handlers keep their own lines.
 */
function elementProps(text, { jsx = false } = {}) {
  // `lang` is HTMLElement's, typed `string` on the class; the manifest (and so JSX) narrows it to
  // `'vi' | 'en'`: JSX keeps the generator's line for it.
  const DOM_TYPED = new Set(['lang']);
  const fields = new Map(
    manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)
      .map((d) => [d.name, new Set(d.members.filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected').map((m) => m.name))]),
  );
  const blocks = jsx ? /^export type (Tiendo\w+)Props = \{\n([\s\S]*?)^\};\n/gm : /^type (Tiendo\w+)Props = \{\n([\s\S]*?)^\};\n/gm;
  const lines = /^(?: {2}\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)? {2}(\w+)\?: ([^;\n]+);\n/gm;
  let typed = 0;
  const props = text.replace(blocks, (block, element, body) => {
    if (!fields.has(element)) return block;
    const names = [];
    const rest = body.replace(lines, (line, prop, type) => {
      if (!fields.get(element).has(prop) || (jsx ? DOM_TYPED.has(prop) : type !== `${element}["${prop}"]`)) return line;
      names.push(prop);
      return '';
    });
    if (!names.length) return block;
    typed++;
    return `${jsx ? 'export ' : ''}type ${element}Props = ElementProps<${element}, ${names.map((n) => `"${n}"`).join(' | ')}> & {\n${rest.replace(/^\n+/, '')}};\n`;
  });
  if (typed !== fields.size) throw new Error(`framework types: ${typed} of ${fields.size} elements' props are in the generator's shape`);
  const helper = `
/** An element's properties as optional props; a mapped type keeps each property's own documentation. */
type ElementProps<E, K extends keyof E> = { -readonly [P in K]?: E[P]${jsx ? ' | undefined' : ''} };
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
  const solid = `/**
 * Solid's forms of an element's props: \`prop:x\` sets the property \`x\`, \`on:tiendo-x\` listens
 * to \`tiendo-x\` (the plain \`x\` and \`ontiendo-x\` carry the documentation), and Solid's
 * \`innerHTML\` and \`textContent\`.
 */
type SolidJsProps<P> = {
  [K in keyof P as K extends \`on\${infer E extends \`tiendo-\${string}\`}\` ? \`on:\${E}\` : K extends string ? \`prop:\${K}\` : never]?: P[K];
} & {
  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** Solid's own props of each element (\`prop:…\`, \`on:…\`), next to its attributes. */
type SolidJsPropsOf = {
${entries.map(([, tag, cls]) => `  "${tag}": ${cls}SolidJsProps;`).join('\n')}
};

/** The elements for Solid: \`CustomElements\` (with each element's description) and Solid's \`prop:\`/\`on:\` props. */
export type CustomElementsSolidJs = {
  [Tag in keyof CustomElements]: CustomElements[Tag] & Partial<SolidJsPropsOf[Tag]>;
};
`;
  const joined = text.slice(0, start) + solid + text.slice(end + 4);
  // Each `XSolidJsProps` repeated every prop's documentation under its `prop:` / `on:` name
  // (11 KB): it becomes a mapped type over the element's props, whose plain names keep the docs.
  const props = /^export type (Tiendo\w+)SolidJsProps = \{\n([\s\S]*?)^\};\n/gm;
  let mapped = 0;
  const result = joined.replace(props, (_block, cls, body) => {
    const names = [...body.matchAll(/^ {2}"?([\w:-]+)"?\?:/gm)].map((m) => m[1]);
    const solidOnly = names.filter((n) => !/^(prop|on):/.test(n));
    if (solidOnly.join() !== 'innerHTML,textContent') throw new Error(`jsx.d.ts: ${cls}SolidJsProps has another shape`);
    mapped++;
    return `export type ${cls}SolidJsProps = SolidJsProps<${cls}Props>;\n`;
  });
  if (mapped !== entries.length) throw new Error(`jsx.d.ts: ${mapped} of ${entries.length} SolidJsProps in the generator's shape`);
  return result;
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
// JetBrains shows an attribute's description on the attribute and a property's on the property;
// the generator writes the same sentences on both (7 KB). A property whose description repeats its
// attribute's word for word drops the repeat: the attribute (what HTML writes) keeps it.
const byTag = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
for (const element of webTypes.contributions.html.elements) {
  const attributes = new Map((element.attributes ?? []).map((a) => [a.name, a.description]));
  const fieldAttribute = new Map((byTag.get(element.name)?.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]));
  for (const property of element.js?.properties ?? []) {
    const attribute = fieldAttribute.get(property.name);
    if (attribute && property.description && attributes.get(attribute) === property.description) delete property.description;
  }
}
for (const element of webTypes.contributions.html.elements) {
  element.description = withPartNames(element.description, element.name);
  // `js.events` repeats `events` (the same names, types and sentences): the HTML event keeps them.
  const described = new Map((element.events ?? []).map((e) => [e.name, e.description]));
  for (const event of element.js?.events ?? []) if (event.description && described.get(event.name) === event.description) delete event.description;
}
writeFileSync('dist/web-types.json', JSON.stringify(webTypes));
// Read by editors, not people: one line each (the indentation was a fifth of their size).
const vsHtml = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
for (const tag of vsHtml.tags) {
  tag.description = withPartNames(tag.description, tag.name);
  // An attribute that takes any value: no `values` list (the generator writes an empty one).
  for (const attribute of tag.attributes ?? []) if (Array.isArray(attribute.values) && !attribute.values.length) delete attribute.values;
}
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(vsHtml));

/** An element's description in the editors' HTML data, with its parts' names (their descriptions are in the CSS data). */
function withPartNames(description, tag) {
  const parts = byTag.get(tag)?.cssParts ?? [];
  if (!parts.length) return description;
  if (description.includes('### **CSS Parts:**')) throw new Error(`${tag}: the editor data describes its parts again`);
  return `${description.trimEnd()}\n\n### **CSS Parts:**\n${parts.map((p) => `\`${p.name}\``).join(', ')} (\`::part(…)\`: described in the CSS data)`;
}
console.log(`wrote dist/vscode.*-custom-data.json, dist/web-types.json and ${FRAMEWORKS}/{jsx,vue,svelte,elements}.d.ts`);
