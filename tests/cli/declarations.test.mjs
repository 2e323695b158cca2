// The package's declarations (dist/types, after `npm run build`), compiled against the sources
// they are made from: tests/declarations/*.ts fail to compile when a shipped type differs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { nameDeclaredTypes, withoutPrivateDocs } from '../../scripts/build-types.mjs';
import { root } from './helpers.mjs';

/** The documentation an editor shows on each tag of a framework file's `CustomElements`, by tag. */
function tagDocs(file) {
  const host = ts.createCompilerHost({});
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseAll;
  const program = ts.createProgram([join(root, file)], { strict: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext }, host);
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(join(root, file)));
  const elements = checker.getDeclaredTypeOfSymbol(checker.getExportsOfModule(module).find((s) => s.name === 'CustomElements'));
  return new Map(elements.getProperties().map((p) => [p.name, ts.displayPartsToString(p.getDocumentationComment(checker))]));
}

/** The documentation an editor shows for each prop of each element's `…Props` type in a framework file, by element class and prop. */
function propDocs(file) {
  const host = ts.createCompilerHost({});
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseAll;
  const program = ts.createProgram([join(root, file)], { strict: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext }, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, file));
  const docs = new Map();
  for (const statement of source.statements) {
    const element = ts.isTypeAliasDeclaration(statement) && /^(Tiendo\w+)Props$/.exec(statement.name.text)?.[1];
    if (!element) continue;
    const type = checker.getTypeAtLocation(statement.name);
    docs.set(element, new Map(type.getProperties().map((p) => [p.name, ts.displayPartsToString(p.getDocumentationComment(checker))])));
  }
  return docs;
}

describe('declarations', () => {
  it('the shipped feed schemas and types are the source\'s, a schema inside another named by typeof', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tests/declarations/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
    const chunk = readdirSync(join(root, 'dist/types/chunks')).map((f) => readFileSync(join(root, 'dist/types/chunks', f), 'utf8')).find((text) => text.includes('declare const Feed:'));
    const feed = /declare const Feed: z\.ZodMiniObject<\{[\s\S]*?\n\}, z\.core\.\$strip>;/.exec(chunk)[0];
    assert.match(feed, /tasks: z\.ZodMiniArray<typeof Task>/);
    assert.doesNotMatch(feed, /ZodMiniEnum/, 'Feed does not spell out the enums of its tasks again');
  });

  it('Vue and Svelte props carry each attribute\'s description, the manifest\'s, and the element\'s property type', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.ok(elements.length >= 4, `${elements.length} elements in the manifest`);
    for (const file of ['dist/types/frameworks/vue.d.ts', 'dist/types/frameworks/svelte.d.ts']) {
      const docs = propDocs(file);
      assert.deepEqual([...docs.keys()].sort(), elements.map((d) => d.name).sort(), file);
      for (const element of elements) {
        const props = docs.get(element.name);
        const described = element.attributes.filter((a) => a.description && a.fieldName);
        assert.ok(described.length >= 3, element.name);
        for (const attribute of described) {
          const prop = props.has(attribute.fieldName) ? attribute.fieldName : `bind:${attribute.fieldName}`;
          assert.equal(props.get(prop), attribute.description.trim(), `${file}: ${element.tagName} ${prop}`);
        }
      }
      const text = readFileSync(join(root, file), 'utf8');
      assert.match(text, /type TiendoTimelineProps = ElementProps<TiendoTimeline, "agency" \| "section" \| "from" \| "to" \| /);
      assert.match(text, /type ElementProps<E, K extends keyof E> = \{ -readonly \[P in K\]\?: E\[P\] \};/);
    }
  });

  it('JSX props (and Solid\'s `prop:`/`on:` forms): each property\'s type as the manifest writes it, `| undefined`, with its description', () => {
    // What the JSX generator writes for a prop (useCemTypes), against what jsx.d.ts now declares
    // (a mapped type over the element's properties), compiled: any difference is an error naming it.
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const jsx = join(root, 'dist/types/frameworks/jsx.js');
    const props = elements.flatMap((d) => d.members.filter((m) => m.kind === 'field' && !m.static && m.type && (m.attribute || m.name === 'feed')).map((m) => [d.name, m]));
    // One constant a prop: `true` only when both types are one.
    const checks = props.map(([name, m]) => `export const ${name}_${m.name}: Same<Required<${name}Props>["${m.name}"] | undefined, ${m.type.text} | undefined> = true;`);
    // Solid's `prop:x` and `on:tiendo-x` (a mapped type over the props): the same types.
    const solid = [
      ...props.map(([name, m]) => `export const ${name}_prop_${m.name}: Same<Required<${name}SolidJsProps>["prop:${m.name}"] | undefined, ${m.type.text} | undefined> = true;`),
      ...elements.flatMap((d) => (d.events ?? []).map((e) => `export const ${d.name}_on_${e.name.replace(/-/g, '_')}: Same<Required<${d.name}SolidJsProps>["on:${e.name}"], Required<${d.name}Props>["on${e.name}"]> = true;`)),
    ];
    assert.match(readFileSync(join(root, 'dist/types/frameworks/jsx.d.ts'), 'utf8'), /export type TiendoGaugeProps = ElementProps<TiendoGauge, "target" \| "variant" \| /);
    assert.ok(checks.length > 30, `${checks.length} props`);
    assert.ok(solid.length > checks.length + 8, `${solid.length} Solid props`);
    const dir = mkdtempSync(join(tmpdir(), 'tiendo-jsx-props-'));
    try {
      const lines = [
        `import type { ${elements.map((d) => `${d.name}Props, ${d.name}SolidJsProps`).join(', ')} } from ${JSON.stringify(jsx)};`,
        'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
        ...checks,
        ...solid,
      ];
      writeFileSync(join(dir, 'check.ts'), lines.join('\n'));
      const program = ts.createProgram([join(dir, 'check.ts')], { strict: true, noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [] });
      const errors = ts.getPreEmitDiagnostics(program).filter((e) => e.file?.fileName.endsWith('check.ts'));
      assert.deepEqual(errors.map((e) => lines[e.file.getLineAndCharacterOfPosition(e.start).line]), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const docs = propDocs('dist/types/frameworks/jsx.d.ts');
    const timeline = elements.find((d) => d.tagName === 'tiendo-timeline');
    assert.ok(timeline.attributes.length > 5, `${timeline.attributes.length} attributes`);
    for (const attribute of timeline.attributes) assert.equal(docs.get('TiendoTimeline').get(attribute.name), attribute.description.trim(), attribute.name);
  });

  it('every framework file shows each element\'s description, events, methods and parts on its tag, written once', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const [jsx, vue, svelte] = ['jsx', 'vue', 'svelte'].map((name) => tagDocs(`dist/types/frameworks/${name}.d.ts`));
    assert.deepEqual([...vue.keys()].sort(), elements.map((d) => d.tagName).sort());
    assert.ok(elements.length >= 4, `${elements.length} elements in the manifest`);
    assert.ok(elements.flatMap((e) => e.cssParts ?? []).length > 80 && elements.flatMap((e) => e.events ?? []).length > 8, 'parts and events to check');
    for (const element of elements) {
      const doc = vue.get(element.tagName);
      assert.ok(doc.startsWith(element.description.split('\n')[0]), `${element.tagName}: ${doc.slice(0, 80)}`);
      for (const part of element.cssParts ?? []) assert.ok(doc.includes(`**${part.name}** - ${part.description}`), `${element.tagName} part ${part.name}`);
      for (const event of element.events) assert.ok(doc.includes(`**${event.name}** - ${event.description}`), `${element.tagName} event ${event.name}`);
      assert.match(doc, /\*\*reload\(\): _Promise<void>_\*\*/);
      assert.equal(jsx.get(element.tagName), doc, `jsx.d.ts ${element.tagName}`);
      assert.equal(svelte.get(element.tagName), doc, `svelte.d.ts ${element.tagName}`);
    }
    const part = elements.find((d) => d.tagName === 'tiendo-gauge').cssParts.find((p) => p.name === 'details').description;
    for (const name of ['jsx', 'vue', 'svelte']) assert.ok(!readFileSync(join(root, `dist/types/frameworks/${name}.d.ts`), 'utf8').includes(part), `${name}.d.ts describes no part itself`);
    assert.ok(readFileSync(join(root, 'dist/types/frameworks/elements.d.ts'), 'utf8').includes(part));
  });

  it('a private member keeps its place in the class, not its documentation; every other member keeps both', () => {
    const text = ['declare class A {', '    /** Public. */', '    a: string;', '    /** @internal Private. */', '    private b;', '    /** Protected. */', '    protected c(): void;', '}'].join('\n');
    assert.equal(withoutPrivateDocs(text), ['declare class A {', '    /** Public. */', '    a: string;', '    private b;', '    /** Protected. */', '    protected c(): void;', '}'].join('\n'));
    const shipped = readdirSync(join(root, 'dist/types'), { recursive: true }).filter((f) => f.endsWith('.d.ts')).map((f) => readFileSync(join(root, 'dist/types', f), 'utf8')).join('\n');
    assert.doesNotMatch(shipped, /\*\/\s*private /);
    assert.match(shipped, /\/\*\* Highlights the tasks this agency leads or coordinates[^\n]*\*\/\n {4}agency\?: string;/);
  });

  it('names only a type one constant alone is declared with, and only a long one', () => {
    const text = [
      'declare const Link: z.ZodMiniObject<{ url: z.ZodMiniString<string>; }, z.core.$strip>;',
      'declare const Id: z.ZodMiniString<string>;',
      'declare const Code: z.ZodMiniString<string>;',
      'declare const Task: z.ZodMiniObject<{ id: z.ZodMiniString<string>; links: z.ZodMiniArray<z.ZodMiniObject<{',
      '    url: z.ZodMiniString<string>;',
      '}, z.core.$strip>>; }, z.core.$strip>;',
    ].join('\n');
    const named = nameDeclaredTypes(text);
    assert.match(named, /declare const Task: z\.ZodMiniObject<\{ id: z\.ZodMiniString<string>; links: z\.ZodMiniArray<typeof Link>; \}, z\.core\.\$strip>;/);
    assert.match(named, /^declare const Link: z\.ZodMiniObject<\{ url: z\.ZodMiniString<string>; \}, z\.core\.\$strip>;$/m, 'a constant keeps its own type');
    assert.doesNotMatch(named, /typeof (Id|Code)/, 'a type two constants share is not named after either');
  });
});
