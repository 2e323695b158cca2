/**
 * What every tiendo widget does the same way: take the feed (from `src`, the `feed` property, an
 * inline `<script type="application/json">` child, or an enclosing `<tiendo-feed>`), follow the
 * language and `now`, measure its width, and render loading, empty, error and stale states with a
 * polite live region. A widget only implements `renderContent()`.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { ProgrammeModel, TimeframeReader } from '../feed/model.js';
import { isCalendarDate, today, type CalendarDate } from '../feed/calendar.js';
import { FeedLoader } from './feed-loader.js';
import { announceState, IDLE, type FeedState } from './feed-state.js';
import { feedContext, type Selection } from './context.js';
import { toLang, type Lang } from '../derive/lang.js';
import { langOf } from './i18n.js';
import { PageLangController } from './page-lang.js';
import { emit, type TiendoEventDetail, type TiendoEventName } from './events.js';
import { WidthController } from './width.js';
import { MediumController, type Media } from './medium.js';
import { VERSION } from './define.js';
import { RefreshController } from './refresh.js';
import { IdleController } from './idle.js';
import { Prerendered } from './prerendered.js';
import { baseUri } from './base-uri.js';
import { errorText, renderCaption, renderError, renderIllustrative, renderLoading, renderProblems, renderStale } from './frame.js';
import { t } from './messages.js';
import { frameStyles, tokens } from './theme.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What a widget's content is rendered with. */
export interface RenderContext {
  lang: Lang;
  now: CalendarDate;
  /**
   * The width to lay out for, in CSS pixels: the `width` input, else the host's content box
   * (0 when it cannot be measured: a hidden host, or a server given no width).
   */
  width: number;
  /** What the widget is drawn for: a live screen, paper, or a page without script (core/medium.ts). */
  media: Media;
  /** The agency selected here or in the enclosing `<tiendo-feed>`. */
  selection: Selection;
}

/** How long loading may take before the reader is told (avoids a flash on fast networks). */
const LOADING_DELAY = 300;

/**
 * The base of every tiendo widget.
 *
 * @attr {'vi' | 'en'} lang - `vi` (default) or `en` (a regional tag such as `vi-VN` counts as its language); without it, the nearest `lang` up the page.
 * @fires {TiendoLoadEvent} tiendo-load - The feed loaded (`detail.issues`: skipped items and warnings).
 * @fires {TiendoErrorEvent} tiendo-error - The feed could not be loaded, or a refresh failed (`detail.stale`).
 */
export abstract class TiendoWidget extends LitElement {
  static tiendoVersion = VERSION;
  static override styles = [tokens, frameStyles];

  /** URL of the feed (JSON). Relative links in the feed resolve against it. */
  @property() src?: string;

  /** The feed as a JSON value (instead of `src`). */
  @property({ attribute: false }) feed?: unknown;

  /**
   * @internal The `feed` attribute, for what cannot set a property: JSON text is read as the feed
   * (as an inline script is); "[object Object]" (React 18 writing an object) is an error saying to
   * set the property or use `src`. The property and `src` both win over it.
   */
  @property({ attribute: 'feed' }) feedText?: string;

  /** "Today" as `YYYY-MM-DD`: fixes the today line and statuses (tests, articles frozen at publication). Default: the reader's today. */
  @property() now?: string;

  /** `light` (default), `dark`, or `auto` (follows the reader's system). Dark only when asked: a light page read in dark mode keeps light widgets. Printed light whatever the theme. */
  @property({ reflect: true }) theme: Theme = 'light';

  /**
   * Reload the feed from `src` every this many seconds, from 30 to 86400 (a day; larger values,
   * `Infinity` included, mean a day); a failed reload keeps the data, marked stale. Ignored while
   * the `feed` property is set.
   */
  @property({ type: Number }) refresh?: number;

  /**
   * Language: `vi` (default) or `en`. Without it, the nearest `lang` of an ancestor or the page.
   * Reflected, so that it stays the element's `lang` attribute as on any other element.
   */
  @property({ reflect: true }) override lang!: string;

  /**
   * Lay out for this width in CSS pixels instead of the box's own: static output rendered on a
   * server (`tiendo render --width`), or an image of a set size. Without it the widget follows
   * its box as the page resizes.
   */
  @property({ type: Number }) width?: number;

  /**
   * `screen` (default: live, and drawn for paper while the page prints), `print` (always drawn as
   * for paper: every row, nothing scrolls) or `static` (drawn once for a page without script:
   * every row, the data table built at once). A server rendering is always `static`.
   */
  @property() media: Media = 'screen';

  /** @internal */
  @state() protected showLoading = false;

  /**
   * How the widget reads the feed's timeframes, declared by every widget: `parseTimeframe` if it
   * draws or dates tasks, `textOnly` if it shows no time (its page then never downloads the
   * parser). Abstract, so that a widget cannot forget it; a JavaScript subclass that does gets
   * the parser all the same (fetched on first use), never silently undated tasks. @internal
   */
  protected abstract readonly readTimeframe: TimeframeReader;

  /** @internal */
  protected readonly loader = new FeedLoader(this, (s) => this.announce(s), () => this.readTimeframe);
  /** @internal */
  protected readonly size = new WidthController(this);
  /** @internal */
  protected readonly medium = new MediumController(this, () => this.media);
  /**
   * @internal What a reader does not see at first (a folded data table, a screen reader's table)
   * is built once this is `ready`: a widget asks with `later.schedule()` after drawing its
   * picture (core/idle.ts). Here rather than in each widget, so that it ships in the shared chunk.
   */
  protected readonly later = new IdleController(this);
  private readonly refresher = new RefreshController(this, () => this.reload());
  // The page's language can change after load (a language switcher); follow it.
  private readonly pageLang = new PageLangController(this);
  /** @internal */
  protected readonly shared = new ContextConsumer(this, {
    context: feedContext,
    subscribe: true,
    // The shared feed's own events come from <tiendo-feed>; here only the loading message.
    callback: ({ state }) => {
      if (!this.ownSource) this.pace(state);
    },
  });

  private inline?: string;
  private loadingTimer?: ReturnType<typeof setTimeout>;
  /** A server rendering the page carried in the element's declarative shadow root (core/prerendered.ts). */
  private readonly prerendered = new Prerendered();

  /** Whether this widget has a source of its own (`src`, `feed` or an inline script). */
  private get ownSource(): boolean {
    return !!this.src || this.feed !== undefined || this.feedText !== undefined || this.inline !== undefined;
  }

  /** The data state this widget renders: its own source if it has one, else the shared feed's. */
  get feedState(): FeedState {
    if (this.ownSource) return this.loader.state;
    return this.shared.value?.state ?? IDLE;
  }

  /** The model being shown, if any. */
  get model(): ProgrammeModel | undefined {
    return this.feedState.model;
  }

  /**
   * Loads the feed again from `src`; on failure the current data stays, marked stale. With the
   * `feed` property set there is nothing to reload: the property wins, `src` is only its base URL.
   */
  reload(): Promise<void> {
    return this.src && this.feed === undefined ? this.loader.load(this.src, { refresh: true }) : Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInline();
    // Inside a <tiendo-feed> that is not defined yet (the widget's script ran first), the request
    // for the shared feed went unanswered: ask again once the provider exists.
    const registry = globalThis.customElements;
    if (registry && !registry.get('tiendo-feed') && this.closest('tiendo-feed')) {
      void registry.whenDefined('tiendo-feed').then(() => {
        this.shared.hostDisconnected();
        if (this.isConnected) this.shared.hostConnected();
      });
    }
    // Defined by a classic script before the parser reached the children: look again once parsed.
    if (this.inline === undefined && this.ownerDocument.readyState === 'loading') {
      this.ownerDocument.addEventListener('DOMContentLoaded', () => this.readInline(), { once: true });
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered.adopt(this.shadowRoot, this);
    const root = super.createRenderRoot();
    // Lit renders before a root's first child (for style elements it may have put there); a
    // server's picture goes, so render after it instead.
    if (this.prerendered.shown) this.renderOptions.renderBefore = undefined;
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.loadingTimer);
  }

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script || this.inline !== undefined) return;
    this.inline = script.textContent ?? '';
    if (!this.src && this.feed === undefined && this.feedText === undefined) this.loader.use(this.inline, baseUri(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed') || changed.has('feedText')) {
      this.loader.acquire({ feed: this.feed ?? (this.src ? undefined : this.feedText), src: this.src, inline: this.inline }, baseUri(this));
    }
    if (changed.has('refresh')) this.refresher.every(this.refresh);
  }

  /** The widget's language: its own `lang`, an ancestor's, or the page's; Vietnamese by default. */
  protected get language(): Lang {
    return this.lang ? toLang(this.lang) : langOf(this);
  }

  /** The date statuses and the today line refer to. */
  protected get today(): CalendarDate {
    return this.now && isCalendarDate(this.now) ? this.now : today();
  }

  protected get context(): RenderContext {
    const width = this.width && this.width > 0 && Number.isFinite(this.width) ? this.width : this.size.width;
    return { lang: this.language, now: this.today, width, media: this.medium.media, selection: this.selection };
  }

  /** The selection this widget shows: by default the enclosing `<tiendo-feed>`'s. */
  protected get selection(): Selection {
    return this.shared.value?.selection ?? {};
  }

  /** The widget's picture and table for a loaded model. */
  protected abstract renderContent(model: ProgrammeModel, context: RenderContext): TemplateResult | typeof nothing;

  /** Whether the model has nothing this widget can show (then the empty message is shown). */
  protected isEmpty(model: ProgrammeModel): boolean {
    return model.tasks.length === 0;
  }

  protected emptyMessage(lang: Lang): string {
    return t(lang, 'empty');
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.prerendered.shown && this.prerendered.seen && this.model) this.prerendered.remove();
    super.update(changed);
  }

  protected override render(): TemplateResult | typeof nothing {
    // The server's picture stands in until there is data to draw.
    if (this.prerendered.shown) return nothing;
    const state = this.feedState;
    const context = this.context;
    const { lang } = context;
    const model = state.model;
    return html`<div class="frame" part="frame" lang=${lang}>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.liveText(state, lang)}</div>
      ${model?.meta.illustrative ? renderIllustrative(lang) : nothing}
      ${state.stale && state.loadedAt ? renderStale(state, lang, this) : nothing}
      ${state.phase === 'error' && state.error ? renderError(state.error, lang, this) : nothing}
      ${state.phase === 'loading' && this.showLoading ? renderLoading(lang) : nothing}
      ${state.phase === 'idle' && !this.shared.value ? html`<p class="loading">${t(lang, 'noFeed')}</p>` : nothing}
      ${model
        ? this.isEmpty(model)
          ? html`<p class="empty" part="empty">${this.emptyMessage(lang)}</p>`
          : this.renderContent(model, context)
        : nothing}
      ${model ? renderCaption(model, lang) : nothing}
      ${model ? renderProblems(model.issues, lang, this) : nothing}
    </div>`;
  }

  /** What the polite live region says; it speaks only on state changes, never steals focus. */
  private liveText(state: FeedState, lang: Lang): string {
    if (state.phase === 'loading') return this.showLoading ? t(lang, 'loading') : '';
    if (state.phase === 'error') return errorText(state.error, lang);
    if (state.stale && state.loadedAt) return t(lang, 'stale', { time: new Date(state.loadedAt).toLocaleTimeString(lang) });
    return '';
  }

  /** Says "loading" only when loading takes long enough to notice (no flash on fast networks). */
  private pace(state: FeedState): void {
    clearTimeout(this.loadingTimer);
    this.showLoading = false;
    if (state.phase === 'loading') this.loadingTimer = setTimeout(() => (this.showLoading = true), LOADING_DELAY);
  }

  private announce(state: FeedState): void {
    this.pace(state);
    announceState(this, state);
  }

  /** Fires one of tiendo's events (bubbling, composed, typed); only ever on a reader's action or a load. */
  protected emit<N extends TiendoEventName>(name: N, detail: TiendoEventDetail<N>): boolean {
    return emit(this, name, detail);
  }
}
