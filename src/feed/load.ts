/**
 * Fetches a feed: abortable, with a timeout and a size cap, and with errors a webmaster can act
 * on (HTTP status, an HTML page where JSON was expected, a syntax error at line and column).
 */
import { FeedError, type IssueCode } from './issues.js';
import { parseFeedSliced, type ParseResult } from './read.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { decodeFeed } from './decode.js';
import { lineColumn, syntaxErrorIndex } from './json-syntax.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 15 s). */
  timeout?: number;
  /** Refuse feeds larger than this many bytes (default 5 MB). */
  maxBytes?: number;
  fetch?: typeof fetch;
}

export interface LoadResult extends ParseResult {
  /** The URL the feed was read from, after redirects. */
  url: string;
}

export const DEFAULT_TIMEOUT = 15_000;
export { DEFAULT_MAX_BYTES };

/** Loads, parses and checks a feed. Rejects with a FeedError, or an AbortError when aborted. */
export async function loadFeed(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  return readFetched(await fetchFeed(src, options), options.signal);
}

/** A feed's response as fetched, before it is read. */
export interface Fetched {
  url: string;
  text: string;
  type: string;
}

/** The second half of loadFeed: the fetched text, parsed and checked. */
export async function readFetched({ url, text, type }: Fetched, signal?: AbortSignal): Promise<LoadResult> {
  // Servers label feeds wrongly (a static host's text/html for .json): the body decides. A JSON
  // body labelled HTML is read, with a warning saying so; anything else labelled HTML is not JSON.
  const labelled = /html|xml/i.test(type) ? type.split(';')[0]!.trim() : undefined;
  let json: unknown;
  try {
    json = parseJson(text, url);
  } catch (e) {
    if (labelled && e instanceof FeedError) throw new FeedError('not-json', [{ severity: 'error', code: 'not-json', path: [], params: { type: labelled } }], url);
    throw e;
  }
  const result = await parseFeedSliced(json, { baseUrl: url, signal });
  if (!result.feed) throw new FeedError('schema', result.issues, url);
  if (labelled) result.issues.unshift({ severity: 'warning', code: 'content-type', path: [], params: { type: labelled } });
  return { ...result, url };
}

/**
 * The error of a request that took longer than `ms` milliseconds: a FeedError (typed Error so that
 * the package's declarations of this module stay as they were; only core/feed-loader.ts uses it).
 */
export const timedOut = (url: string, ms: number): Error =>
  new FeedError('timeout', [{ severity: 'error', code: 'timeout', path: [], params: { seconds: ms / 1000 } }], url);

/**
 * The first half of loadFeed, the only one under its timeout: the response, read to its end.
 * `timed: false` leaves the time limit to the caller: core/feed-loader.ts keeps one for each
 * widget waiting for a request they share.
 */
export async function fetchFeed(src: string, options: LoadOptions, timed = true): Promise<Fetched> {
  const { timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES, signal } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = feedUrl(src);
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  let late = false;
  const timer = timed ? setTimeout(() => ((late = true), controller.abort()), timeout) : undefined;
  const fail = (code: IssueCode, params?: Record<string, string | number>) =>
    new FeedError(code, [{ severity: 'error', code, path: [], params }], url);
  try {
    if (signal?.aborted) throw signal.reason;
    let response: Response;
    try {
      response = await doFetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (e) {
      throw late ? timedOut(url, timeout) : signal?.aborted ? e : fail('network', { message: String((e as Error)?.message ?? e) });
    }
    if (!response.ok) throw fail('http', { status: response.status });
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw fail('too-large', { limit: maxBytes });
    const text = await readCapped(response, maxBytes, () => fail('too-large', { limit: maxBytes })).catch((e) => {
      if (late) throw timedOut(url, timeout);
      if (e instanceof FeedError || signal?.aborted) throw e;
      // The connection broke while the body was arriving (a reset): the request failed, at this URL.
      throw fail('network', { message: String((e as Error)?.message ?? e) });
    });
    return { url: response.url || url, text, type: response.headers.get('content-type') ?? '' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** The feed's absolute URL; a malformed one is the webmaster's to fix, reported like an unreachable one. */
function feedUrl(src: string): string {
  try {
    return new URL(src, globalThis.document?.baseURI).href;
  } catch (e) {
    throw new FeedError('network', [{ severity: 'error', code: 'network', path: [], params: { message: String((e as Error)?.message ?? e) } }]);
  }
}

/** Reads the body, stopping as soon as it passes the cap (a Content-Length can be absent or lie). */
async function readCapped(response: Response, maxBytes: number, tooLarge: () => Error): Promise<string> {
  if (!response.body) return decodeFeed(new Uint8Array(await response.arrayBuffer()));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return decodeFeed(bytes);
}

/**
 * JSON.parse, with a syntax error reported at its true line and column — found by our own reader
 * (json-syntax.ts), since engines word errors differently and V8 sometimes gives no position at all.
 */
export function parseJson(text: string, url?: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A CMS error page where the feed should be: say so, rather than "syntax error at line 9".
  if (/^\s*</.test(body)) throw new FeedError('not-json', [{ severity: 'error', code: 'not-json', path: [] }], url);
  try {
    return JSON.parse(body);
  } catch (e) {
    const message = String((e as Error).message);
    const { line, column } = lineColumn(body, syntaxErrorIndex(body));
    throw new FeedError('syntax', [{ severity: 'error', code: 'syntax', path: [], params: { line, column, message } }], url);
  }
}
