// `tiendo render summary` (static HTML, no script) and the summary's page weight: its bundle
// entry loads no timeline, matrix or gauge code.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fixture, root, tiendo } from './helpers.mjs';

describe('tiendo render summary', () => {
  it('renders the card as static HTML: no script, the counts and the passed deadlines in words', async () => {
    const r = await tiendo(['render', 'summary', fixture('laocai-219-ctr-tu.json'), '--now', '2026-12-01', '--width', '240', '--format', 'fragment']);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /<script/);
    assert.match(r.stdout, /<tiendo-summary [^>]*now="2026-12-01"/);
    assert.match(r.stdout, /Chưa nhiệm vụ nào có báo cáo/);
    assert.match(r.stdout, /NV 1 \(30\/9\/2023\)/);
    assert.match(r.stdout, /Số liệu đến ngày 22\/5\/2023/);
  });

  it('in English, with a link; 240 px is the narrowest width', async () => {
    const r = await tiendo(['render', 'summary', fixture('laocai-219-ctr-tu.illustrative.json'), '--lang', 'en', '--now', '2026-06-30', '--attr', 'href=/programme-219', '--format', 'fragment']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /10 tasks reported on:/);
    assert.match(r.stdout, /href="\/programme-219"/);
    const narrow = await tiendo(['render', 'summary', fixture('laocai-219-ctr-tu.json'), '--width', '239']);
    assert.equal(narrow.code, 2);
    assert.equal(narrow.stderr, 'tiendo: --width must be a whole number of pixels from 240 to 4000, got "239"\n');
  });
});

describe('the summary page loads no other widget', () => {
  const bundled = join(root, 'dist/bundled');
  it('tiendo-summary.js and every chunk it imports: no timeline, matrix or gauge chunk', { skip: !existsSync(join(bundled, 'tiendo-summary.js')) && 'dist/bundled not built' }, () => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), m[1]));
    };
    visit(join(bundled, 'tiendo-summary.js'));
    const names = [...seen].map((f) => f.slice(bundled.length + 1));
    assert.ok(names.some((n) => /^chunks\/summary-/.test(n) || n === 'tiendo-summary.js'), names.join(', '));
    assert.deepEqual(names.filter((n) => /timeline|matrix|gauge/.test(n)), []);
  });
});
