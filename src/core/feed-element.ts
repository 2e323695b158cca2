/**
 * `<tiendo-feed>` loads a feed once and shares it with every widget inside it, and carries the
 * reader's selection between them: an agency picked in the matrix highlights its tasks in the
 * timeline.
 */
import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { FeedLoader } from './feed-loader.js';
import { announceState } from './feed-state.js';
import { parseTimeframe } from '../feed/timeframe.js';
import { feedContext, type Selection } from './context.js';
import { VERSION } from './define.js';
import { RefreshController } from './refresh.js';
import { baseUri } from './base-uri.js';
import type { TiendoSelectEvent } from './events.js';

/**
 * Loads a programme feed once for the widgets inside it.
 *
 * @summary Shares one feed and one selection among tiendo widgets.
 * @slot - The widgets (and any other content).
 * @fires {TiendoLoadEvent} tiendo-load - The feed loaded (`detail.issues` lists skipped items and warnings).
 * @fires {TiendoErrorEvent} tiendo-error - The feed could not be loaded, or a refresh failed (`detail.stale`).
 * @example
 * <tiendo-feed src="programme.json">
 *   <tiendo-matrix></tiendo-matrix>
 *   <tiendo-timeline></tiendo-timeline>
 * </tiendo-feed>
 */
export class TiendoFeed extends LitElement {
  static tiendoVersion = VERSION;
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none; }
  `;

  /** URL of the feed. */
  @property() src?: string;

  /** The feed as a JSON value (instead of `src`). */
  @property({ attribute: false }) feed?: unknown;

  /**
   * @internal The `feed` attribute, for what cannot set a property: JSON text is read as the feed
   * (as an inline script is); "[object Object]" (React 18 writing an object) is an error saying to
   * set the property or use `src`. The property and `src` both win over it.
   */
  @property({ attribute: 'feed' }) feedText?: string;

  /** The selected agency id, shared with the widgets inside (set by a reader's click, or here). */
  @property() agency?: string;

  /** Reload from `src` every this many seconds, from 30 to 86400 (a day); ignored while `feed` is set. */
  @property({ type: Number }) refresh?: number;

  private selection: Selection = {};
  private readonly refresher = new RefreshController(this, () => this.reload());
  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: { state: { phase: 'idle', stale: false }, selection: {} } });
  // The shared model serves every widget inside, so it reads timeframes for those that draw time.
  private readonly loader = new FeedLoader(this, (state) => {
    this.provider.setValue({ state, selection: this.selection });
    announceState(this, state);
  }, () => parseTimeframe);

  constructor() {
    super();
    // A selection in one widget becomes everyone's selection.
    this.addEventListener('tiendo-select', (event: TiendoSelectEvent) => {
      const detail = event.detail ?? {};
      if ('agency' in detail) this.select({ ...this.selection, agency: detail.agency });
      if ('task' in detail) this.select({ ...this.selection, task: detail.task });
    });
  }

  /** Loads the feed again; on failure the widgets keep their data, marked stale. */
  reload(): Promise<void> {
    return this.src && this.feed === undefined ? this.loader.load(this.src, { refresh: true }) : Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed') || changed.has('feedText')) this.loader.acquire({ feed: this.feed ?? (this.src ? undefined : this.feedText), src: this.src }, baseUri(this));
    if (changed.has('agency')) this.select({ ...this.selection, agency: this.agency || undefined });
    if (changed.has('refresh')) this.refresher.every(this.refresh);
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private select(selection: Selection): void {
    this.selection = selection;
    this.provider.setValue({ state: this.loader.state, selection });
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-feed': TiendoFeed;
  }
}
