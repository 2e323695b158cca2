/**
 * Turns a source (URL, object, inline JSON text) into a FeedState for its host element.
 *
 * Hand-written rather than @lit/task because of one rule: a failed refresh must keep the last good
 * model (marked stale) instead of dropping it, and only the latest request may ever render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../feed/issues.js';
import { DEFAULT_TIMEOUT, fetchFeed, loadFeed, parseJson, readFetched, timedOut, type Fetched, type LoadOptions, type LoadResult } from '../feed/load.js';
import { parseFeedSliced, readFeed, type ParseResult } from '../feed/read.js';
import { DEFAULT_MAX_BYTES, exceedsSize } from '../feed/limits.js';
import { assembleModel, type ProgrammeModel, type TimeframeReader } from '../feed/model.js';
import { IDLE, type FeedState } from './feed-state.js';

/** Objects already measured and found under the size cap (one object given to fifty gauges is measured once). */
const measured = new WeakSet<object>();
const models = new WeakMap<object, Array<{ key: string; reader: TimeframeReader; model: ProgrammeModel }>>();

/**
 * The parser, for a host that did not say how it reads timeframes: the safe default is to read
 * them (its tasks keep their dates), at the cost of fetching the parser on first use.
 */
let fallbackParser: TimeframeReader | undefined;
let fallbackLoading: Promise<TimeframeReader> | undefined;
const loadParser = (): Promise<TimeframeReader> =>
  (fallbackLoading ??= import('../feed/timeframe.js').then((m) => (fallbackParser = m.parseTimeframe)));

export class FeedLoader implements ReactiveController {
  state: FeedState = IDLE;
  private controller?: AbortController;
  private generation = 0;
  /** What to do again on reconnect, when a disconnect aborted a request in flight. */
  private pending?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (state: FeedState) => void = () => {},
    /**
     * How the host reads timeframes (see ModelOptions.readTimeframe), asked when a model is built.
     * Undefined means the host did not say: the timeframes are read all the same.
     */
    private readonly timeframeReader: () => TimeframeReader | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const retry = this.pending;
    this.pending = undefined;
    retry?.();
  }

  hostDisconnected(): void {
    if (this.controller) {
      this.controller.abort();
      this.controller = undefined;
      if (this.state.phase === 'loading') this.pending = this.lastRequest;
    }
  }

  private lastRequest?: () => void;

  /**
   * Fetches `src`; a newer call (or a disconnect) aborts this one, whose result is then ignored.
   * A `refresh` keeps the current model on screen while it loads, and after it if it fails.
   */
  async load(src: string, options: Omit<LoadOptions, 'signal'> & { refresh?: boolean } = {}): Promise<void> {
    this.lastRequest = () => void this.load(src, options);
    const generation = this.begin();
    const controller = (this.controller = new AbortController());
    // A refresh changes nothing on screen until it succeeds or fails: no state, no event.
    if (!(options.refresh && this.state.model)) this.set({ phase: 'loading', stale: false });
    let step: Step = 'load';
    try {
      const { refresh, ...rest } = options;
      const result = await (Object.keys(rest).length ? loadFeed(src, { ...rest, signal: controller.signal }) : join(src, controller.signal));
      const readTimeframe = this.reader() ?? (await loadParser());
      if (generation !== this.generation) return;
      step = 'model';
      // Widgets that shared the request share its model too (when they read timeframes alike).
      this.succeed(this.modelOf(result, result.url, readTimeframe, result));
    } catch (error) {
      if (generation !== this.generation || controller.signal.aborted) return;
      this.fail(error, step, src);
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /**
   * Takes a JSON value (a `feed` property) or JSON text (an inline script), under the same size cap
   * as a feed read from `src` (and the same item caps, in parseFeed).
   */
  use(value: unknown, baseUrl?: string): void {
    this.lastRequest = undefined;
    const generation = this.begin();
    const readTimeframe = this.reader();
    if (!readTimeframe) {
      this.set({ phase: 'loading', stale: false });
      loadParser().then(
        () => generation === this.generation && this.use(value, baseUrl),
        (error: unknown) => generation === this.generation && this.fail(error, 'load'),
      );
      return;
    }
    let step: Step = 'load';
    try {
      const size = typeof value === 'string' ? new TextEncoder().encode(value).byteLength : 0;
      if (size > DEFAULT_MAX_BYTES || (typeof value === 'object' && value !== null && !measured.has(value) && exceedsSize(value, DEFAULT_MAX_BYTES))) {
        throw new FeedError('too-large', [{ severity: 'error', code: 'too-large', path: [], params: { limit: DEFAULT_MAX_BYTES } }], baseUrl);
      }
      if (typeof value === 'object' && value !== null) measured.add(value);
      // A framework that can only write attributes turns an object into "[object Object]"
      // (React 18): say what to do, not "JSON syntax error at column 2".
      if (typeof value === 'string' && STRINGIFIED.test(value)) {
        throw new FeedError('feed-attribute', [{ severity: 'error', code: 'feed-attribute', path: [], params: { value: value.trim() } }], baseUrl);
      }
      const json = typeof value === 'string' ? parseJson(value) : value;
      const known = this.cached(json, baseUrl, readTimeframe);
      if (known) return void this.succeed(known);
      // Thousands of items take long enough to check that the page must stay free meanwhile; a
      // problem needs zod's words, fetched first. Either way, the rest happens later.
      const parsed = itemCount(json) > SLICED_ABOVE ? undefined : readFeed(json, { baseUrl });
      if (!parsed) return void this.useSliced(json, baseUrl, readTimeframe, generation);
      step = 'model';
      this.succeed(this.modelOf(json, baseUrl, readTimeframe, parsed));
    } catch (error) {
      this.fail(error, step);
    }
  }

  private async useSliced(json: unknown, baseUrl: string | undefined, readTimeframe: TimeframeReader, generation: number): Promise<void> {
    const controller = (this.controller = new AbortController());
    this.set({ phase: 'loading', stale: false });
    let step: Step = 'load';
    try {
      const result = await parseFeedSliced(json, { baseUrl, signal: controller.signal });
      if (generation !== this.generation) return;
      step = 'model';
      this.succeed(this.modelOf(json, baseUrl, readTimeframe, result));
    } catch (error) {
      if (generation === this.generation && !controller.signal.aborted) this.fail(error, step);
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  private cached(json: unknown, baseUrl: string | undefined, readTimeframe: TimeframeReader): ProgrammeModel | undefined {
    const list = json !== null && typeof json === 'object' ? models.get(json) : undefined;
    return list?.find((m) => m.key === `${baseUrl ?? ''}` && m.reader === readTimeframe)?.model;
  }

  /** The host's timeframe reader, or the parser once fetched for a host that gave none; undefined until then. */
  private reader(): TimeframeReader | undefined {
    return this.timeframeReader() ?? fallbackParser;
  }

  /**
   * One JSON object handed to fifty gauges on a page is read once: models are kept per object
   * (weakly, so they go with it) and per base URL and timeframe reader. A changed feed is a new
   * object, as Lit's property change detection already assumes.
   */
  private modelOf(json: unknown, baseUrl: string | undefined, readTimeframe: TimeframeReader, result: ParseResult): ProgrammeModel {
    // Another widget given the same object may have built it meanwhile (while this one sliced).
    const known = this.cached(json, baseUrl, readTimeframe);
    if (known) return known;
    if (!result.feed) throw new FeedError('schema', result.issues);
    const model = assembleModel(result.feed, { issues: result.issues, url: baseUrl, readTimeframe });
    if (json !== null && typeof json === 'object') models.set(json, [...(models.get(json) ?? []), { key: `${baseUrl ?? ''}`, reader: readTimeframe, model }]);
    return model;
  }

  /**
   * Takes whichever source is given, in this order: a JSON value, a URL, inline JSON text.
   * (The value wins over the URL; the URL still serves as the base for its relative links.)
   */
  acquire(source: { feed?: unknown; src?: string; inline?: string }, baseUri: string | undefined): void {
    if (source.feed !== undefined) this.use(source.feed, source.src ? absolute(source.src, baseUri) : undefined);
    else if (source.src) void this.load(source.src);
    else if (source.inline !== undefined) this.use(source.inline, baseUri);
    else this.clear();
  }

  clear(): void {
    this.begin();
    this.lastRequest = undefined;
    this.set(IDLE);
  }

  private begin(): number {
    this.controller?.abort();
    this.controller = undefined;
    this.pending = undefined;
    return ++this.generation;
  }

  private succeed(model: FeedState['model']): void {
    this.set({ phase: 'ready', model, stale: false, loadedAt: Date.now() });
  }

  /**
   * Only a FeedError is a problem with the feed. Anything else is tiendo's own bug (in the
   * model, say): blaming the network or the data would send the webmaster the wrong way, so it
   * is logged with what failed and shown as `internal`.
   */
  private fail(error: unknown, step: Step, src?: string): void {
    let feedError: FeedError;
    if (error instanceof FeedError) feedError = error;
    else {
      console.error(`tiendo: internal error while ${step === 'model' ? 'building the programme model' : 'reading the feed'}${src ? ` from ${src}` : ''}`, error);
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      feedError = new FeedError('internal', [{ severity: 'error', code: 'internal', path: [], params: { step, message } }], src);
    }
    // A refresh that fails keeps what the reader already has, marked stale.
    this.set(this.state.model ? { ...this.state, phase: 'ready', stale: true, error: feedError } : { phase: 'error', stale: false, error: feedError });
  }

  private set(state: FeedState): void {
    this.state = state;
    this.host.requestUpdate();
    this.onChange(state);
  }
}

/** Requests in flight, by absolute URL; gone once settled, so nothing is served from memory later. */
const inFlight = new Map<string, { fetched: Promise<Fetched>; result: Promise<LoadResult>; users: number; controller: AbortController }>();

/**
 * Widgets given the same `src` at the same moment (two on a page, or one's refresh during
 * another's load) share one request and its result: the preload serves only one request, and a
 * second would download the feed again. Each widget still leaves on its own: on its signal, or
 * when its own 15 s of waiting for the response are over. A widget that joins a request 10 s in
 * waits its 15 s as it would alone, not the 5 s left of the first one's (which times out at its
 * own 15 s all the same). The request is aborted only when every widget waiting for it has left.
 */
function join(src: string, signal: AbortSignal): Promise<LoadResult> {
  const url = absolute(src, globalThis.document?.baseURI) ?? src;
  let shared = inFlight.get(url);
  if (!shared) {
    const controller = new AbortController();
    // No timeout of the request's own: each widget keeps its time, below.
    const fetched = fetchFeed(url, { signal: controller.signal }, false);
    const result = fetched.then((response) => readFetched(response, controller.signal));
    const entry = (shared = { fetched, result, users: 0, controller });
    const done = () => inFlight.get(url) === entry && inFlight.delete(url);
    result.then(done, done);
    inFlight.set(url, entry);
  }
  const entry = shared;
  entry.users++;
  return new Promise((resolve, reject) => {
    let gone = false;
    const leave = (reason: unknown) => {
      if (gone) return;
      gone = true;
      if (--entry.users === 0) {
        entry.controller.abort(reason);
        if (inFlight.get(url) === entry) inFlight.delete(url);
      }
      reject(reason);
    };
    const onAbort = () => leave(signal.reason);
    // As loadFeed's own timeout: from this widget's asking until the response has arrived whole.
    const timer = setTimeout(() => leave(timedOut(url, DEFAULT_TIMEOUT)), DEFAULT_TIMEOUT);
    const stopTimer = () => clearTimeout(timer);
    entry.fetched.then(stopTimer, stopTimer);
    signal.addEventListener('abort', onAbort, { once: true });
    entry.result.then(
      (result) => !gone && resolve(result),
      (error: unknown) => !gone && reject(error),
    ).finally(() => {
      gone = true;
      stopTimer();
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/** What `String(anObject)` gives: "[object Object]", "[object Array]"… never JSON. */
const STRINGIFIED = /^\s*\[object [A-Za-z]*\]\s*$/;

/** Where a source was when something failed: fetching and checking the feed, or building its model. */
type Step = 'load' | 'model';

/**
 * Above this many items in its lists, a feed given as a value is checked in slices, asynchronously.
 * Below, it is read at once, as before (10,000 tasks and their agencies take a fraction of a
 * second, and a page that sets `feed` can draw in the same frame).
 */
const SLICED_ABOVE = 12_000;

function itemCount(json: unknown): number {
  if (json === null || typeof json !== 'object') return 0;
  const lists = json as Record<string, unknown>;
  return ['agencies', 'sections', 'tasks', 'targets'].reduce((n, k) => n + (Array.isArray(lists[k]) ? (lists[k] as unknown[]).length : 0), 0);
}

function absolute(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}
