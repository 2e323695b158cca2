/**
 * Custom Elements Manifest settings (`npm run cem`). The manifest drives Storybook's docs pages
 * and controls, so it must name every tag and list only the public API.
 *
 * Two plugins, because the analyzer alone gets both wrong for this code base:
 * - tags are registered through our guarded helper, `define('tiendo-x', Class)`
 *   (src/core/define.ts), which the analyzer does not recognise (it knows only
 *   `customElements.define` and `@tag`/`@customElement` JSDoc), so it gave no `tagName`;
 * - private and protected members were listed, and Storybook shows every member as a property.
 */
import { themeTokens } from '../scripts/theme-tokens.mjs';

/** Reads `define('tag', Class)` calls and marks each class as that tag's custom element. */
function defineHelperCalls() {
  /** class name → { tag, module } for every call seen. */
  const definitions = new Map();
  return {
    name: 'tiendo: define() helper calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const module = importedFrom(ts, node.getSourceFile(), klass.text, moduleDoc.path) ?? moduleDoc.path;
      definitions.set(klass.text, { tag: tag.text, module });
      moduleDoc.exports ??= [];
      if (!moduleDoc.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag.text)) {
        moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const found = definitions.get(declaration.name);
          if (declaration.kind !== 'class' || !found || found.module !== mod.path) continue;
          declaration.tagName ??= found.tag;
          declaration.customElement = true;
        }
      }
    },
  };
}

/** Drops private and protected members: they are not API, and Storybook would list them. */
function publicMembersOnly() {
  return {
    name: 'tiendo: public members only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
        }
      }
    },
  };
}

/**
 * Attribute and property types as their values: `Theme` says nothing to an editor, `'light' |
 * 'dark' | 'auto'` offers the three. Every `type X = 'a' | 'b'` of the sources is expanded where
 * a member or attribute type names it (a name two modules define differently is left alone).
 */
function enumeratedTypes() {
  const aliases = new Map();
  return {
    name: 'tiendo: enumerated types',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? `'${t.literal.text}'` : null));
      if (literals.includes(null)) return;
      const text = literals.join(' | ');
      const seen = aliases.get(node.name.text);
      aliases.set(node.name.text, seen === undefined || seen === text ? text : false);
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (type?.text) type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) || name);
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const member of declaration.members ?? []) expand(member.type);
          for (const attribute of declaration.attributes ?? []) expand(attribute.type);
        }
      }
    },
  };
}

/**
 * A type the class's JSDoc gives an attribute (`@attr {'vi' | 'en'} lang`) wins over the field's
 * TypeScript type: `lang` must stay `string` to override HTMLElement's, but takes `vi` or `en`.
 * Subclasses that inherit the attribute get the documented type too.
 */
function documentedAttributeTypes() {
  const documented = new Map();
  return {
    name: 'tiendo: documented attribute types',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const jsDoc = node.getFullText().slice(0, node.getLeadingTriviaWidth());
      for (const m of jsDoc.matchAll(/@attr\s+\{([^}]+)\}\s+([\w-]+)/g)) {
        documented.set(`${node.name.text} ${m[2]}`, m[1].trim());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            const owner = item.inheritedFrom?.name ?? declaration.name;
            const text = documented.get(`${owner} ${item.name}`);
            if (text) item.type = { text };
          }
        }
      }
    },
  };
}

/**
 * Every widget's styling API in full: the shared `--tiendo-*` tokens of src/core/theme.ts apply to
 * every widget (its stylesheet starts with them), so each lists them, with what they are for, after
 * the ones its own JSDoc describes. tests/cli/manifest.test.mjs checks the result against the
 * stylesheets and templates.
 */
function sharedTokens() {
  return {
    name: 'tiendo: shared tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = themeTokens();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || declaration.superclass?.name !== 'TiendoWidget') continue;
          declaration.cssProperties ??= [];
          for (const token of tokens) {
            if (declaration.cssProperties.some((p) => p.name === token.name)) continue;
            declaration.cssProperties.push({ name: token.name, description: token.description, ...(token.light !== 'inherit' && { default: token.light }) });
          }
        }
      }
    },
  };
}

/** The path (as the manifest writes it, `src/x/y.ts`) of the module a name is imported from. */
function importedFrom(ts, sourceFile, name, fromPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named) || !named.elements.some((e) => e.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return undefined;
    const parts = fromPath.split('/').slice(0, -1);
    for (const part of specifier.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    return parts.join('/').replace(/\.js$/, '.ts');
  }
  return undefined;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/editor/**'], // the editor is an app (editor.html), not an element of the package
  litelement: true,
  // package.json already points at ./custom-elements.json; a run with another --outdir must not rewrite it.
  packagejson: false,
  plugins: [defineHelperCalls(), publicMembersOnly(), enumeratedTypes(), documentedAttributeTypes(), sharedTokens()],
};
