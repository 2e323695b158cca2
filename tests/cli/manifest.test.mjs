// custom-elements.json against the code it describes (after `npm run build:cem`): every CSS
// custom property a widget's stylesheets read and every part its templates name is listed for
// that element, and nothing listed is unused; attribute types are their values, not alias names.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { themeTokens } from '../../scripts/theme-tokens.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));

/** Source text without comments (JSDoc names properties and parts too: they must not count as use). */
const code = (file) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
const folder = (dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`);

/** Shared by every widget: the base element, its frame and states, the theme. */
const CORE = ['src/core/widget.ts', 'src/core/frame.ts', 'src/core/problems.ts'];

function used(files) {
  // src/core/theme.ts builds its colour properties from a table: every token it defines.
  const properties = new Set(themeTokens().map((t) => t.name));
  const parts = new Set();
  for (const file of files) {
    const text = code(file);
    for (const m of text.matchAll(/var\(\s*(--tiendo-[a-z0-9-]+)/g)) properties.add(m[1]);
    for (const m of text.matchAll(/\bpart="([^"]+)"/g)) for (const p of m[1].split(/\s+/)) parts.add(p);
    // part=${t.kind}: the values of the union the layout declares (gauge ticks).
    if (/\bpart=\$\{t\.kind\}/.test(text)) for (const p of ['milestone', 'baseline']) parts.add(p);
  }
  return { properties, parts };
}

const WIDGETS = { 'tiendo-timeline': 'src/timeline', 'tiendo-matrix': 'src/matrix', 'tiendo-gauge': 'src/gauge' };

describe('custom-elements.json', () => {
  for (const [tag, dir] of Object.entries(WIDGETS)) {
    it(`<${tag}>: every custom property and part it uses, and only those`, () => {
      const element = elements.get(tag);
      assert.ok(element, `${tag} is not in the manifest`);
      const { properties, parts } = used([...folder(dir), ...CORE]);
      assert.ok(properties.size > 20 && parts.size > 10, `${properties.size} properties, ${parts.size} parts found in ${dir}`);
      const listedProperties = new Set((element.cssProperties ?? []).map((p) => p.name));
      const listedParts = new Set((element.cssParts ?? []).map((p) => p.name));
      assert.deepEqual([...properties].filter((p) => !listedProperties.has(p)).sort(), [], 'used but not listed');
      assert.deepEqual([...listedProperties].filter((p) => !properties.has(p)).sort(), [], 'listed but not used');
      assert.deepEqual([...parts].filter((p) => !listedParts.has(p)).sort(), [], 'parts used but not listed');
      assert.deepEqual([...listedParts].filter((p) => !parts.has(p)).sort(), [], 'parts listed but not used');
      for (const p of [...element.cssProperties, ...element.cssParts]) assert.ok(p.description, `${tag}: ${p.name} has no description`);
    });
  }

  it('attribute types are the values an editor can offer, lang included', () => {
    const type = (tag, name) => elements.get(tag).attributes.find((a) => a.name === name)?.type?.text;
    assert.equal(type('tiendo-timeline', 'theme'), "'light' | 'dark' | 'auto'");
    assert.equal(type('tiendo-gauge', 'variant'), "'arc' | 'bar' | 'number'");
    assert.equal(type('tiendo-matrix', 'layout'), "'auto' | 'table' | 'cards'");
    for (const tag of Object.keys(WIDGETS)) {
      assert.match(type(tag, 'lang') ?? '', /^'vi' \| 'en'( \| undefined)?$/, tag);
      for (const attribute of elements.get(tag).attributes) assert.doesNotMatch(attribute.type?.text ?? 'string', /\b[A-Z]\w*\b/, `${tag} ${attribute.name}: ${attribute.type?.text}`);
    }
  });

  it('every public field is described, on itself or by its attribute of the same name; no static field is listed', () => {
    let leftToAttribute = 0;
    for (const [tag, element] of elements) {
      for (const field of element.members.filter((m) => m.kind === 'field')) {
        const attribute = element.attributes?.find((a) => a.name === field.attribute && a.fieldName === field.name);
        assert.ok(field.description ?? (field.attribute === field.name && attribute?.description), `<${tag}>.${field.name} is not described`);
        if (!field.description) leftToAttribute++;
        assert.ok(!field.static, `<${tag}>.${field.name} is static`);
      }
    }
    assert.ok(leftToAttribute > 30, `${leftToAttribute} fields described by their attribute`);
    // What Storybook shows for `src` (its attribute row replaces the property row of the same name).
    const src = elements.get('tiendo-timeline').attributes.find((a) => a.name === 'src');
    assert.match(src.description, /^URL of the feed/);
    assert.equal(elements.get('tiendo-timeline').members.find((m) => m.name === 'src').attribute, 'src');
  });

  it('events carry the type of their detail', () => {
    for (const tag of [...Object.keys(WIDGETS), 'tiendo-feed']) {
      const events = elements.get(tag).events ?? [];
      assert.ok(events.some((e) => e.name === 'tiendo-load'), tag);
      for (const event of events) assert.match(event.type?.text ?? '', /CustomEvent<.+>|Tiendo\w+Event/, `${tag} ${event.name}`);
    }
  });
});

describe('editor data: VS Code CSS custom data and JetBrains web-types (after npm run build:cem)', () => {
  const vscode = JSON.parse(readFileSync('dist/vscode.css-custom-data.json', 'utf8'));
  const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
  /** Every custom property (or part) of the manifest, with each element's description of it. */
  const listed = (kind) => {
    const all = new Map();
    for (const [tag, element] of elements) for (const item of element[kind] ?? []) all.set(item.name, [...(all.get(item.name) ?? []), { tag, description: item.description }]);
    return all;
  };

  for (const [tool, properties, parts, part] of [
    ['VS Code', vscode.properties, vscode.pseudoElements, (name) => `::part(${name})`],
    ['JetBrains', webTypes.contributions.css.properties, webTypes.contributions.css['pseudo-elements'], (name) => `part(${name})`],
  ]) {
    it(`${tool}: each custom property and part once, saying what every element that uses it says`, () => {
      for (const [entries, kind, name] of [[properties, 'cssProperties', (n) => n], [parts, 'cssParts', part]]) {
        const expected = listed(kind);
        assert.ok(expected.size > 40, `${kind}: ${expected.size}`);
        assert.deepEqual(entries.map((e) => e.name).sort(), [...expected.keys()].map(name).sort(), `${tool} ${kind}: one entry per name`);
        for (const [key, uses] of expected) {
          const entry = entries.find((e) => e.name === name(key));
          for (const { tag, description } of uses) {
            assert.ok(entry.description.includes(description), `${tool}: ${key} of <${tag}>: "${description}" is missing from "${entry.description}"`);
            if (new Set(uses.map((u) => u.description)).size > 1) assert.ok(entry.description.includes(`\`${tag}\``), `${tool}: ${key} names <${tag}>`);
          }
        }
      }
    });
  }

  it('JetBrains: each property is described, on itself or (word for word the same) on its attribute', () => {
    let checked = 0;
    for (const element of webTypes.contributions.html.elements) {
      const declaration = elements.get(element.name);
      for (const property of element.js.properties) {
        const field = declaration.members.find((m) => m.kind === 'field' && m.name === property.name);
        const attribute = declaration.attributes?.find((a) => a.fieldName === property.name);
        const shown = property.description ?? element.attributes.find((a) => a.name === attribute?.name)?.description;
        // The manifest leaves a field's description to its attribute when they say the same (scripts/build-manifest.mjs lean()).
        assert.equal(shown, field.description ?? attribute?.description, `<${element.name}>.${property.name}`);
        checked++;
      }
    }
    assert.ok(checked > 50, `${checked} properties`);
    const timeline = webTypes.contributions.html.elements.find((e) => e.name === 'tiendo-timeline');
    assert.match(timeline.js.properties.find((p) => p.name === 'feed').description, /JSON/);
  });

  it('VS Code and JetBrains: each tag describes its attributes and events and names its parts (described in the CSS data)', () => {
    const html = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
    let [attributes, events, parts] = [0, 0, 0];
    for (const [tag, element] of elements) {
      const vs = html.tags.find((t) => t.name === tag);
      const jb = webTypes.contributions.html.elements.find((e) => e.name === tag);
      attributes += (element.attributes ?? []).length;
      for (const attribute of element.attributes ?? []) {
        assert.equal(vs.attributes.find((a) => a.name === attribute.name)?.description, attribute.description, `VS Code <${tag} ${attribute.name}>`);
        assert.equal(jb.attributes.find((a) => a.name === attribute.name)?.description, attribute.description, `JetBrains <${tag} ${attribute.name}>`);
      }
      events += (element.events ?? []).length;
      for (const event of element.events ?? []) {
        assert.ok(vs.description.includes(`**${event.name}** - ${event.description}`), `VS Code <${tag}> ${event.name}`);
        assert.equal(jb.events.find((e) => e.name === event.name)?.description, event.description, `JetBrains <${tag}> ${event.name}`);
        assert.ok(jb.js.events.some((e) => e.name === event.name), `JetBrains <${tag}> js ${event.name}`);
      }
      parts += (element.cssParts ?? []).length;
      for (const part of element.cssParts ?? []) {
        for (const [tool, description] of [['VS Code', vs.description], ['JetBrains', jb.description]]) assert.ok(description.includes(`\`${part.name}\``), `${tool} <${tag}> names part ${part.name}`);
        assert.ok(vscode.pseudoElements.some((p) => p.name === `::part(${part.name})` && p.description.includes(part.description)), `VS Code CSS data: ::part(${part.name})`);
      }
    }
    assert.ok(attributes > 35 && events > 8 && parts > 80, `${attributes} attributes, ${events} events, ${parts} parts`);
  });

  it('the shared text colour says which element uses it how', () => {
    const entry = vscode.properties.find((p) => p.name === '--tiendo-color-text');
    assert.match(entry.description, /^`tiendo-gauge`: Text, ticks and the path pointer\.$/m);
  });
});
