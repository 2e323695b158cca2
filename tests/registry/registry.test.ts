/**
 * The widget registry (src/widgets.ts) is the one list of widgets: everything that must stay a
 * literal list (static exports, package.json, the built files) agrees with it, so a widget added
 * to the registry and forgotten anywhere fails here, and one added anywhere but the registry too.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { COMMON_ATTRIBUTES, WIDGETS, WIDGET_NAMES, tagOf, widget, widgetList } from '../../src/widgets.js';
import * as tiendo from '../../src/index.js';
import { TiendoWidget } from '../../src/core/widget.js';
import { openFrame, staticClosure } from '../embed/helpers.js';
import { parseTimeframe } from '../../src/feed/timeframe.js';
import { textOnly } from '../../src/feed/model.js';

const exists = async (path: string) => (await fetch(path, { method: 'HEAD' })).ok;

describe('widget registry', () => {
  it('lists the four widgets, each once, with the names the tags and URLs use', () => {
    expect(WIDGET_NAMES).to.deep.equal(['timeline', 'matrix', 'gauge', 'summary']);
    expect(WIDGET_NAMES.map(tagOf)).to.deep.equal(['tiendo-timeline', 'tiendo-matrix', 'tiendo-gauge', 'tiendo-summary']);
    expect(widgetList()).to.equal('timeline, matrix, gauge or summary');
    expect(widget('summary').frameHeight).to.equal(460);
    expect(widget('gauge').frameHeight).to.equal(420);
    for (const w of WIDGETS) {
      expect(w.name, w.name).to.match(/^[a-z]+(-[a-z]+)*$/);
      expect(w.attributes.filter((a) => (COMMON_ATTRIBUTES as readonly string[]).includes(a)), w.name).to.deep.equal([]);
      expect(w.titles.vi.frame && w.titles.en.frame && w.titles.vi.page && w.titles.en.page, w.name).to.be.a('string');
    }
  });

  it('src/index.ts exports and registers exactly the widgets of the registry', () => {
    for (const w of WIDGETS) {
      const exported = (tiendo as Record<string, unknown>)[w.className];
      expect(exported, `src/index.ts exports ${w.className} (npm run build:registry)`).to.be.a('function');
      expect(customElements.get(tagOf(w.name)), w.name).to.equal(exported);
    }
    // Every element class the entry exports, other than the base and <tiendo-feed>, is a registered widget.
    const widgetClasses = Object.entries(tiendo)
      .filter(([, value]) => typeof value === 'function' && value.prototype instanceof TiendoWidget)
      .map(([name]) => name);
    expect(widgetClasses.sort()).to.deep.equal(WIDGETS.map((w) => w.className).sort());
  });

  it('package.json exports each widget class and its define module, nothing for a widget it does not list', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
    for (const { name } of WIDGETS) {
      expect(pkg.exports[`./${name}.js`], `./${name}.js (npm run build:registry)`).to.deep.equal({
        types: `./dist/types/${name}/index.d.ts`,
        default: `./dist/esm/${name}/index.js`,
      });
      expect(pkg.exports[`./${name}/define.js`], `./${name}/define.js (npm run build:registry)`).to.deep.equal({
        types: `./dist/types/${name}/define.d.ts`,
        default: `./dist/esm/${name}/define.js`,
      });
    }
    const defines = Object.keys(pkg.exports).filter((key) => /^\.\/[a-z-]+\/define\.js$/.test(key) && key !== './feed-element/define.js');
    expect(defines).to.deep.equal(WIDGET_NAMES.map((name) => `./${name}/define.js`));
  });

  it('each widget folder has a class module exporting the registered class, and a define module that registers it', async () => {
    for (const w of WIDGETS) {
      const classModule = (await import(`/src/${w.name}/index.ts`)) as Record<string, unknown>;
      const defineModule = (await import(`/src/${w.name}/define.ts`)) as Record<string, unknown>;
      expect(classModule[w.className], `src/${w.name}/index.ts exports ${w.className}`).to.be.a('function');
      expect(defineModule[w.className], w.name).to.equal(classModule[w.className]);
      expect(customElements.get(tagOf(w.name)), w.name).to.equal(classModule[w.className]);
    }
  });

  it('tiendo/react wraps every widget of the registry, with onTiendoSelect exactly where the element fires tiendo-select', async () => {
    // As the test server sends it (compiled by esbuild: double quotes).
    const source = await (await fetch('/src/react.ts')).text();
    const wrappers = [...source.matchAll(/^export const (\w+) = createComponent\(\{\s*react: React,\s*tagName: ["']([\w-]+)["'],\s*elementClass: elements\.(\w+),\s*events: (\w+),/gm)].map(
      ([, name, tag, element, events]) => ({ name, tag, element, events }),
    );
    expect(wrappers.map((w) => w.tag), 'src/react.ts (npm run build:registry)').to.deep.equal([...WIDGET_NAMES.map(tagOf), 'tiendo-feed']);
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[] };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    for (const w of WIDGETS) {
      const fires = declarations.find((d) => d.tagName === tagOf(w.name))!.events!.some((e) => e.name === 'tiendo-select');
      expect(w.selects, `${w.name}: "selects" says what the element fires`).to.equal(fires);
      expect(wrappers.find((x) => x.tag === tagOf(w.name)), w.name).to.deep.equal({
        name: w.className,
        tag: tagOf(w.name),
        element: w.className,
        events: w.selects ? 'selectEvents' : 'feedEvents',
      });
    }
  });

  it('the loader defines every widget of the registry, and <tiendo-feed>', async () => {
    const tags = [...WIDGET_NAMES.map(tagOf), 'tiendo-feed'];
    const frame = await openFrame({
      srcdoc: `<!doctype html><html lang="vi"><body>${tags.map((t) => `<${t}></${t}>`).join('')}<script type="module" src="/dist/bundled/loader.js"></script></body></html>`,
    });
    const win = frame.contentWindow!;
    await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), `the loader did not define ${tags.filter((t) => !win.customElements.get(t)).join(', ')} (npm run build:registry)`, { timeout: 5000 });
    frame.remove();
  });

  it('each widget reads timeframes as its entry says: the parser if it draws time, their text only if not', () => {
    // The summary counts passed and next deadlines: it reads dates too.
    expect(WIDGETS.filter((w) => w.drawsTime).map((w) => w.name)).to.deep.equal(['timeline', 'summary']);
    for (const w of WIDGETS) {
      const el = document.createElement(tagOf(w.name)) as unknown as { readTimeframe: unknown };
      expect(el.readTimeframe, w.name).to.equal(w.drawsTime ? parseTimeframe : textOnly);
    }
  });

  it('the page of a widget that draws no time does not download the timeframe parser', async () => {
    // A pattern of the parser (feed/timeframe.ts, ONGOING), kept verbatim by the minifier.
    const parser = 'thường xuyên|liên tục';
    for (const w of WIDGETS) {
      const files = [...(await staticClosure(`/dist/bundled/tiendo-${w.name}.js`))];
      const texts = await Promise.all(files.map(async (f) => (await fetch(f)).text()));
      expect(texts.some((text) => text.includes(parser)), `${w.name} page ships the parser`).to.equal(w.drawsTime);
    }
  });

  it('the build writes a page entry per widget and the package modules of each', async () => {
    for (const { name } of WIDGETS) {
      expect(await exists(`/dist/bundled/tiendo-${name}.js`), `dist/bundled/tiendo-${name}.js`).to.equal(true);
      expect(await exists(`/dist/esm/${name}/index.js`), `dist/esm/${name}/index.js`).to.equal(true);
      expect(await exists(`/dist/esm/${name}/define.js`), `dist/esm/${name}/define.js`).to.equal(true);
    }
  });
});
