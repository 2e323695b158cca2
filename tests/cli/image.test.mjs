// `tiendo render timeline … --format svg|png`: real images. The SVG is plain SVG (no
// <foreignObject>), so librsvg's rsvg-convert draws it; its text is the document's; the PNG is of
// the asked size (read from its IHDR chunk).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { fixture, tiendo } from './helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'tiendo-image-'));
const feedPath = fixture('laocai-219-ctr-tu.json');
const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
// The tests check every task and target of this feed in a loop: it must have them.
assert.equal(feed.tasks.length, 22);
assert.equal(feed.targets.length, 12);
const NOW = '2026-06-30';

async function render(out, ...args) {
  const path = join(tmp, out);
  const r = await tiendo(['render', 'timeline', feedPath, '--now', NOW, '--out', path, ...args]);
  return { ...r, path };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path) {
  const b = readFileSync(path);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', `${path} is a PNG`);
  assert.equal(b.subarray(12, 16).toString('latin1'), 'IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** The distinct colours of an 8-bit RGB(A), non-interlaced PNG's pixels, sampled (blank = one colour). */
function colours(path) {
  const b = readFileSync(path);
  const [width] = pngSize(path);
  const channels = { 2: 3, 6: 4 }[b[25]];
  assert.ok(channels && b[24] === 8 && b[28] === 0, 'an 8-bit RGB(A) PNG');
  const idat = [];
  for (let at = 8; at < b.length; ) {
    const len = b.readUInt32BE(at);
    if (b.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels + 1;
  const seen = new Set();
  // Filter bytes make raw rows differ from pixels, but a blank image stays near-uniform: count
  // distinct byte runs of the unfiltered rows ('None' filter) and of the filtered ones alike.
  for (let row = 0; row * stride < raw.length; row += 7) {
    for (let x = 1; x < stride - channels; x += channels * 13) seen.add(raw.subarray(row * stride + x, row * stride + x + 3).toString('hex'));
  }
  return seen.size;
}

const text = (svg) => [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1].replace(/<tspan[^>]*>/g, ' ').replace(/<\/tspan>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim());

describe('tiendo render timeline --format svg', () => {
  it('plain SVG: well-formed, no foreignObject, title and desc, fonts with a generic fallback', async () => {
    const r = await render('timeline.svg');
    assert.equal(r.code, 0, r.stderr);
    const svg = readFileSync(r.path, 'utf8');
    assert.doesNotMatch(svg, /foreignObject/i);
    assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="720" height="\d+"/);
    assert.match(svg, /<title id="tiendo-title">219-CTr\/TU — Thời gian thực hiện các nhiệm vụ<\/title>/);
    assert.match(svg, /<desc id="tiendo-desc">Chương trình thực hiện Nghị quyết số 36-NQ\/TW/);
    assert.match(svg, /font-family="'Noto Sans', [^"]*, sans-serif"/);
    // Well-formed: every element closed in order (a small XML check: no parser in node).
    const stack = [];
    for (const m of svg.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes what was opened`);
      else stack.push(m[2]);
    }
    assert.deepEqual(stack, []);
    assert.doesNotMatch(svg.replace(/&(amp|lt|gt|quot);/g, ''), /&/, 'no entity XML lacks');
  });

  it('every task title in full, wrapped into lines no wider than its column', async () => {
    const r = await render('titles.svg');
    const svg = readFileSync(r.path, 'utf8');
    const texts = text(svg);
    const title1 = feed.tasks[0].title.vi;
    assert.ok(texts.includes(title1), `task 1's title, whole: ${title1}`);
    for (const task of feed.tasks) assert.ok(texts.includes(task.title.vi.replace(/\s+/g, ' ').trim()), `task ${task.number}`);
    assert.ok((svg.match(/<tspan/g) ?? []).length > 60, 'long titles wrapped onto several lines');
  });

  it('a phone-wide image (360 px) stacks each bar under its title, every title whole, and stays a picture\'s height', async () => {
    const r = await render('phone.svg', '--width', '360');
    assert.equal(r.code, 0, r.stderr);
    const svg = readFileSync(r.path, 'utf8');
    // The paper's layout has a 296 px track: at 360 px it left titles no room and the image ran to 62,207 px.
    assert.ok(Number(/height="(\d+)"/.exec(svg)[1]) < 6000, /height="(\d+)"/.exec(svg)[1]);
    const texts = text(svg);
    for (const task of feed.tasks) assert.ok(texts.includes(task.title.vi.replace(/\s+/g, ' ').trim()), `task ${task.number}`);
  });

  it('English: the image is fully English', async () => {
    const r = await render('en.svg', '--lang', 'en');
    const svg = readFileSync(r.path, 'utf8');
    const texts = text(svg).join('\n');
    assert.ok(texts.includes(feed.tasks[0].title.en.replace(/\s+/g, ' ').trim()));
    assert.match(texts, /Today 30 Jun 2026|Today/);
    assert.doesNotMatch(texts, /Nhiệm vụ|Hôm nay|Chưa có báo cáo|Nguồn/);
  });

  it('rsvg-convert (librsvg, not a browser) draws it: a PNG of its size that is not blank', { skip: !existsSync('/usr/bin/rsvg-convert') && 'no rsvg-convert' }, async () => {
    const r = await render('rsvg.svg', '--width', '480');
    const out = join(tmp, 'rsvg.png');
    execFileSync('rsvg-convert', [r.path, '-o', out]);
    const svg = readFileSync(r.path, 'utf8');
    const height = Number(/height="(\d+)"/.exec(svg)[1]);
    assert.deepEqual(pngSize(out), [480, height]);
    assert.ok(colours(out) > 5, 'more than a background');
  });
});

describe('tiendo render matrix|gauge --format svg', () => {
  const svgOf = async (widget, ...args) => {
    const out = join(tmp, `${widget}.svg`);
    const r = await tiendo(['render', widget, feedPath, '--now', NOW, '--out', out, ...args]);
    assert.equal(r.code, 0, r.stderr);
    return { out, svg: readFileSync(out, 'utf8') };
  };

  it('matrix: every task title whole, every agency named, task 5 led by Đảng đoàn HĐND tỉnh (its column’s CT mark on task 5’s row)', async () => {
    const { svg } = await svgOf('matrix');
    assert.doesNotMatch(svg, /foreignObject/i);
    const texts = text(svg);
    for (const task of feed.tasks) assert.ok(texts.includes(task.title.vi.replace(/\s+/g, ' ').trim()), `task ${task.number}`);
    assert.ok(texts.includes('ĐĐ HĐND tỉnh'), 'the short name heads its column');
    assert.ok(texts.some((t) => t.includes('ĐĐ HĐND tỉnh: Đảng đoàn HĐND tỉnh')), 'the key gives the full name');
    // The column's x (its rotated header) and the row's y (task 5's number): a CT mark sits there.
    const header = /<text transform="translate\(([\d.]+) \d+\) rotate\(-90\)"[^>]*>ĐĐ HĐND tỉnh<\/text>/.exec(svg);
    const row = /<text x="4" y="([\d.]+)"[^>]*>5<\/text>/.exec(svg);
    const next = /<text x="4" y="([\d.]+)"[^>]*>6<\/text>/.exec(svg);
    assert.ok(header && row && next, 'the header and the rows are drawn');
    const marks = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle" font-size="11" font-weight="700" fill="[^"]+">CT<\/text>/g)];
    assert.ok(marks.some((m) => Math.abs(Number(m[1]) - (Number(header[1]) - 4)) < 1 && Number(m[2]) > Number(row[1]) - 20 && Number(m[2]) < Number(next[1]) - 20), 'CT at task 5 × ĐĐ HĐND tỉnh');
  });

  it('matrix at 360 px: each title over its row of marks, whole and on full-width lines; CT still at task 5 × ĐĐ HĐND tỉnh', async () => {
    const { svg } = await svgOf('matrix', '--width', '360');
    // Beside nine agency columns a title had 90 px: a few letters a line, 25,844 px in all.
    assert.ok(Number(/height="(\d+)"/.exec(svg)[1]) < 8000, /height="(\d+)"/.exec(svg)[1]);
    const texts = text(svg);
    for (const task of feed.tasks) assert.ok(texts.includes(task.title.vi.replace(/\s+/g, ' ').trim()), `task ${task.number}`);
    const header = /<text transform="translate\(([\d.]+) \d+\) rotate\(-90\)"[^>]*>ĐĐ HĐND tỉnh<\/text>/.exec(svg);
    const row = /<text x="4" y="([\d.]+)"[^>]*>5<\/text>/.exec(svg);
    const next = /<text x="4" y="([\d.]+)"[^>]*>6<\/text>/.exec(svg);
    assert.ok(header && row && next, 'the header and the rows are drawn');
    const marks = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle" font-size="11" font-weight="700" fill="[^"]+">CT<\/text>/g)];
    assert.ok(marks.some((m) => Math.abs(Number(m[1]) - (Number(header[1]) - 4)) < 1 && Number(m[2]) > Number(row[1]) && Number(m[2]) < Number(next[1]) - 20), 'CT at task 5 × ĐĐ HĐND tỉnh');
  });

  it('gauge: each target titled in full, its goal in words, the qualitative goals listed', async () => {
    const { svg } = await svgOf('gauge');
    assert.doesNotMatch(svg, /foreignObject/i);
    const texts = text(svg);
    for (const target of feed.targets) assert.ok(texts.includes(target.title.vi.replace(/\s+/g, ' ').trim()), target.id);
    assert.ok(texts.some((t) => t.includes('khoảng 7% đến năm 2030')), 'the GRDP goal in words');
  });

  it('rsvg-convert draws both', { skip: !existsSync('/usr/bin/rsvg-convert') && 'no rsvg-convert' }, async () => {
    for (const widget of ['matrix', 'gauge']) {
      const { out, svg } = await svgOf(widget, '--lang', 'en');
      const png = out.replace(/\.svg$/, '.png');
      execFileSync('rsvg-convert', [out, '-o', png]);
      assert.deepEqual(pngSize(png), [720, Number(/height="(\d+)"/.exec(svg)[1])]);
      assert.ok(colours(png) > 5, `${widget}: more than a background`);
      assert.doesNotMatch(text(svg).join('\n'), /Nhiệm vụ|Chủ trì|Mục tiêu|Nguồn/, `${widget} in English`);
    }
  });
});

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
describe('tiendo render timeline --format png', { skip: !existsSync(chrome) && 'no Chromium' }, () => {
  it('--preset article: 1200 px wide at 2×, as tall as the picture', async () => {
    const r = await render('article.png', '--preset', 'article');
    assert.equal(r.code, 0, r.stderr);
    const svg = await render('article.svg', '--width', '1200');
    const height = Number(/height="(\d+)"/.exec(readFileSync(svg.path, 'utf8'))[1]);
    assert.deepEqual(pngSize(r.path), [2400, 2 * height]);
    assert.ok(colours(r.path) > 5);
  });

  it('--preset social: a 1200×630 card', async () => {
    const r = await render('social.png', '--preset', 'social', '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(pngSize(r.path), [1200, 630]);
  });

  it('--preset social as SVG: the document, the title, the subject, and rows that fade out above the source', async () => {
    const r = await render('social.svg', '--preset', 'social');
    assert.equal(r.code, 0, r.stderr);
    const svg = readFileSync(r.path, 'utf8');
    assert.match(svg, /^<\?xml[^>]*>\s*<svg [^>]*width="1200" height="630"/);
    const texts = text(svg);
    assert.equal(texts[0], 'Chương trình số 219-CTr/TU · Tỉnh ủy Lào Cai');
    assert.equal(texts[1], 'Thời gian thực hiện các nhiệm vụ');
    assert.ok(texts[2].startsWith('Chương trình thực hiện Nghị quyết số 36-NQ/TW'), texts[2]);
    // The source names the document, so the credit does not name it twice.
    assert.equal(texts.at(-1), 'Nguồn: Chương trình số 219-CTr/TU ngày 22/5/2023 của Tỉnh ủy Lào Cai · Số liệu đến ngày 22/5/2023');
    // The fade ends where the credit's band begins.
    const fade = /<rect y="([\d.]+)" width="1200" height="([\d.]+)" fill="url\(#tiendo-fade\)"\/>\s*<rect y="([\d.]+)"/.exec(svg);
    assert.ok(fade, 'a fade over the cut');
    assert.match(svg, /preserveAspectRatio="xMidYMin slice"/, 'the 22 rows are cut at the foot');
    assert.equal(Number(fade[1]) + Number(fade[2]), Number(fade[3]));
  });

  it("--preset social --target: the target's own title is the headline", async () => {
    const path = join(tmp, 'grdp.svg');
    const r = await tiendo(['render', 'gauge', feedPath, '--now', NOW, '--out', path, '--preset', 'social', '--target', 'cnsh-grdp', '--lang', 'en']);
    assert.equal(r.code, 0, r.stderr);
    const grdp = feed.targets.find((t) => t.id === 'cnsh-grdp');
    const svg = readFileSync(path, 'utf8');
    assert.equal(text(svg)[1], grdp.title.en);
    // One gauge is shorter than the card: drawn at its own scale, not blown up and cropped.
    assert.match(svg, /preserveAspectRatio="xMidYMin meet"/);
  });

  it('--width and --scale: the asked size', async () => {
    const r = await render('small.png', '--width', '400', '--scale', '1.5');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(pngSize(r.path)[0], 600);
  });

  it('bad --scale or --preset, or a widget not drawn as an image yet: one line, exit 2', async () => {
    assert.match((await render('x.png', '--scale', '9')).stderr, /^tiendo: --scale must be a number from 0\.5 to 4/);
    assert.match((await render('x.png', '--preset', 'poster')).stderr, /^tiendo: --preset must be article or social/);
    const m = await tiendo(['render', 'summary', feedPath, '--format', 'svg', '--out', join(tmp, 'm.svg')]);
    assert.equal(m.code, 2);
    assert.match(m.stderr, /--format svg draws timeline, matrix, gauge so far; use --format page for the summary/);
  });
});

describe('tiendo render --format svg|png: illustrative figures say so', () => {
  const NOTE = 'Số liệu minh họa, không phải số liệu thực tế';
  const image = async (feedFile, widget, out, ...args) => {
    const path = join(tmp, out);
    const r = await tiendo(['render', widget, fixture(feedFile), '--now', NOW, '--out', path, ...args]);
    assert.equal(r.code, 0, r.stderr);
    return readFileSync(path, 'utf8');
  };

  it('an illustrative feed’s image carries the note in its credit, as the widgets carry “Minh họa”; the document’s own does not', async () => {
    const gauge = await image('laocai-219-ctr-tu.illustrative.json', 'gauge', 'illustrative-gauge.svg');
    assert.ok(text(gauge).some((line) => line.includes(NOTE)), 'the note in the drawn credit');
    assert.match(/<desc[^>]*>([^<]*)<\/desc>/.exec(gauge)[1], new RegExp(NOTE), 'and in the description');
    const social = await image('laocai-219-ctr-tu.illustrative.json', 'timeline', 'illustrative-social.svg', '--preset', 'social', '--lang', 'en');
    assert.ok(text(social).some((line) => line.includes('Illustrative figures, not real data')), 'the social card, in English');
    const real = await image('laocai-219-ctr-tu.json', 'gauge', 'real-gauge.svg');
    assert.doesNotMatch(real, new RegExp(NOTE));
  });
});
