// The package's declarations (dist/types, after `npm run build`), compiled against the sources
// they are made from: tests/declarations/*.ts fail to compile when a shipped type differs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { nameDeclaredTypes } from '../../scripts/build-types.mjs';
import { root } from './helpers.mjs';

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
