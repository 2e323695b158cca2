// The floors of src/ hold: no import circle (type imports included), feed/ and derive/ below
// everything, core/ below the widgets, no widget importing another. And the checker itself
// catches each kind of break, on a small tree written for the purpose.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { circles, floorViolations, importGraph } from '../../scripts/import-graph.mjs';
import { root } from './helpers.mjs';

function tree(files) {
  const dir = mkdtempSync(join(tmpdir(), 'tiendo-imports-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return importGraph(dir);
}

describe('src/ import graph', () => {
  const graph = importGraph(join(root, 'src'));

  it('reads the real modules and their imports', () => {
    assert.ok(graph.size > 100, `only ${graph.size} modules found`);
    assert.ok(graph.get('timeline/element.ts').includes('core/widget.ts'));
    assert.ok(graph.get('gauge/layout-arc.ts').includes('gauge/types.ts'), 'type-only imports are edges too');
  });

  it('has no import circle, type imports included', () => {
    assert.deepEqual(circles(graph), []);
  });

  it('keeps its floors: feed/ and derive/ below core/, core/ below the widgets, no widget importing another', () => {
    assert.deepEqual(floorViolations(graph), []);
  });
});

describe('the import checker', () => {
  it('finds a circle made of type imports only', () => {
    const g = tree({
      'feed/a.ts': "import type { B } from './b.js';\nexport type A = B[];\n",
      'feed/b.ts': "import type { A } from './a.js';\nexport type B = { a: A };\n",
      'feed/c.ts': "import type { A } from './a.js';\n",
    });
    assert.deepEqual(circles(g), [['feed/a.ts', 'feed/b.ts']]);
  });

  it('finds a circle through a re-export and a dynamic import', () => {
    const g = tree({
      'core/a.ts': "export { b } from './b.js';\n",
      'core/b.ts': "export const b = () => import('./a.js');\n",
    });
    assert.deepEqual(circles(g), [['core/a.ts', 'core/b.ts']]);
  });

  it('finds a widget importing another, and a floor importing upwards', () => {
    const g = tree({
      'summary/card.ts': "import { statusIcon } from '../timeline/icons.js';\nimport { x } from '../derive/status.js';\n",
      'timeline/icons.ts': 'export const statusIcon = 1;\n',
      'derive/status.ts': "import { t } from '../core/messages.js';\nexport const x = t;\n",
      'core/messages.ts': "import { y } from '../gauge/units.js';\nexport const t = y;\n",
      'gauge/units.ts': 'export const y = 2;\n',
      'feed/model.ts': "import type { Lang } from '../derive/lang.js';\n",
      'derive/lang.ts': 'export type Lang = string;\n',
    });
    const found = floorViolations(g).map((v) => `${v.from} → ${v.to}`).sort();
    assert.deepEqual(found, [
      'core/messages.ts → gauge/units.ts',
      'derive/status.ts → core/messages.ts',
      'feed/model.ts → derive/lang.ts',
      'summary/card.ts → timeline/icons.ts',
    ]);
  });
});
