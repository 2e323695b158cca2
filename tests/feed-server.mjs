/**
 * Test-only routes for the loader: slow, failing, oversized and mislabelled feeds.
 * `/__feed/…?ms=300&file=fixtures/x.json` — every route takes an optional delay, and counts its
 * requests by `key` (`/__feed/hits?key=…`).
 */
import { readFile } from 'node:fs/promises';

const served = new Set();
/** Requests seen per `key` query, on every route: `/__feed/hits?key=…` tells how many. */
const hits = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function feedServer(ctx, next) {
  if (!ctx.path.startsWith('/__feed/')) return next();
  const route = ctx.path.slice('/__feed/'.length);
  const key = String(ctx.query.key ?? '');
  if (route === 'hits') { ctx.body = { count: hits.get(key) ?? 0 }; return; }
  if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
  const ms = Math.min(Number(ctx.query.ms ?? 0) || 0, 10_000);
  if (ms) await sleep(ms);
  const file = String(ctx.query.file ?? 'fixtures/laocai-219-ctr-tu.json');
  if (file.includes('..')) { ctx.status = 400; return; }
  switch (route) {
    case 'file': // the file, optionally slow
      ctx.type = 'application/json';
      ctx.body = await readFile(file, 'utf8');
      return;
    case 'once': { // the file for the first request of a key, then 503: a refresh that fails
      if (served.has(key)) { ctx.status = 503; ctx.body = 'down'; return; }
      served.add(key);
      ctx.type = 'application/json';
      ctx.body = await readFile(file, 'utf8');
      return;
    }
    case 'status': // any HTTP status with a small body
      ctx.status = Number(ctx.query.code ?? 500);
      ctx.type = 'text/plain';
      ctx.body = `status ${ctx.status}`;
      return;
    case 'html': // a CMS error page served where the feed should be
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><h1>Trang không tồn tại</h1></body></html>';
      return;
    case 'big': { // about 6 MB of valid JSON, with or without a Content-Length
      const chunk = JSON.stringify({ filler: 'x'.repeat(1000) });
      const body = `[${Array.from({ length: 6000 }, () => chunk).join(',')}]`;
      ctx.type = 'application/json';
      if (ctx.query.chunked) {
        const { Readable } = await import('node:stream');
        ctx.body = Readable.from((function* () { for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536); })());
      } else ctx.body = body;
      return;
    }
    default:
      ctx.status = 404;
  }
}
