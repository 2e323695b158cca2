/** Issue 13, "messages that mislead": each rebuilt, each now pointing at the cause. */
import { expect } from '@open-wc/testing';
import { loadFeed, parseJson } from '../../src/feed/load.js';
import { decodeFeed } from '../../src/feed/decode.js';
import { FeedError } from '../../src/feed/issues.js';

const text = async () => (await fetch('/fixtures/laocai-219-ctr-tu.json')).text();

/** A fetch that answers with these bytes and headers. */
const answer = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  (async () => new Response(body, { status: 200, headers })) as unknown as typeof fetch;

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (e) {
    return e as FeedError;
  }
  throw new Error('expected a failure');
}

describe('feed messages point at the cause', () => {
  it('a syntax error the engine gives no position for is found on its true line', async () => {
    const lines = (await text()).split('\n');
    lines[8] = lines[8]!.replace('false', 'flase');
    const error = await failure(Promise.resolve().then(() => parseJson(lines.join('\n'))));
    expect(error.code).to.equal('syntax');
    expect(error.issues[0]!.params).to.include({ line: 9, column: 21 });
    const tsv = await failure(Promise.resolve().then(() => parseJson('STT\tNội dung\n1\tQuán triệt\n')));
    expect(tsv.issues[0]!.params).to.include({ line: 1, column: 1 });
  });

  it('UTF-16 and UTF-32 feeds are decoded by their byte-order mark', async () => {
    const source = await text();
    const utf16le = new Uint8Array(2 + source.length * 2);
    utf16le.set([0xff, 0xfe]);
    for (let i = 0; i < source.length; i++) new DataView(utf16le.buffer).setUint16(2 + i * 2, source.charCodeAt(i), true);
    const points = [...source].map((c) => c.codePointAt(0)!);
    const utf32be = new Uint8Array(4 + points.length * 4);
    new DataView(utf32be.buffer).setUint32(0, 0xfeff);
    points.forEach((p, i) => new DataView(utf32be.buffer).setUint32(4 + i * 4, p));
    expect(decodeFeed(utf16le)).to.equal(source);
    expect(decodeFeed(utf32be)).to.equal(source);
    const loaded = await loadFeed('/feed.json', { fetch: answer(utf16le) });
    expect(loaded.feed!.tasks).to.have.length(22);
  });

  it('valid JSON served as text/html loads, with a warning that names the content type', async () => {
    const loaded = await loadFeed('/feed.json', { fetch: answer(await text(), { 'content-type': 'text/html; charset=utf-8' }) });
    expect(loaded.feed!.tasks).to.have.length(22);
    expect(loaded.issues[0]).to.deep.equal({ severity: 'warning', code: 'content-type', path: [], params: { type: 'text/html' } });
  });

  it('an HTML page served as text/html is "not JSON", with the type it was sent as', async () => {
    const error = await failure(loadFeed('/feed.json', { fetch: answer('<!doctype html><p>404', { 'content-type': 'text/html' }) }));
    expect(error.code).to.equal('not-json');
  });

  it('a connection reset while the body arrives is a network error with the URL', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"meta":'));
        controller.error(new TypeError('network error'));
      },
    });
    const error = await failure(loadFeed('/feeds/219.json', { fetch: answer(body) }));
    expect(error).to.be.instanceOf(FeedError);
    expect(error.code).to.equal('network');
    expect(error.url).to.match(/\/feeds\/219\.json$/);
  });
});
