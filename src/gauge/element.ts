/**
 * `<tiendo-gauge>`: how far a programme's targets are. The shared core loads the feed and draws
 * the frame; this class picks the targets, lays each out (memoised) and renders cards, the
 * qualitative goals and the data table.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { textOnly, type ProgrammeModel, type TargetModel } from '../feed/model.js';
import { TiendoWidget, type RenderContext } from '../core/widget.js';
import { drawsEverything, PAPER_WIDTH } from '../core/medium.js';
import { t } from '../core/messages.js';
import { memoPer } from '../core/memo.js';
import type { Lang } from '../derive/lang.js';
import { cardSlices, firstCards, sliceCards, gridLayout, layoutGauge, VARIANTS, type GaugeLayout, type Variant } from './layout.js';
import { targetProgress } from '../derive/progress.js';
import { renderCard, renderGoals } from './card.js';
import { renderTargetTable, renderTargetsTable, type TableOptions } from './table.js';
import { gaugeText } from './messages.js';
import { gaugeStyles } from './styles.js';


/**
 * Shows how far a programme's targets are: baseline, latest reported figure, milestones
 * ("2030: khoảng 7%", "2045: 10%"), and whether the figure is on the straight path to the next
 * milestone — in words as well as colour. One target with `target="<id>"`; without it, every
 * target of the feed as a row of small gauges that wraps, then the qualitative goals.
 *
 * A target with no reported figure says "chưa có số liệu" and still shows its milestones; it is
 * never drawn as zero. Each gauge is one sentence for screen readers, and a data table with the
 * numbers sits in a disclosure under the gauges.
 *
 * @tag tiendo-gauge
 * @summary A target gauge: arc, bullet bar or big number, with milestones and on-track status.
 *
 * @fires {TiendoLoadEvent} tiendo-load - The feed loaded (`detail.issues` lists skipped items and warnings).
 * @fires {TiendoErrorEvent} tiendo-error - The feed could not be loaded, or a refresh failed (`detail.stale`).
 *
 * @csspart frame - The widget's outer box.
 * @csspart gauges - A grid of gauge cards (a long page has several: its cards come in slices).
 * @csspart gauge - One target's card (`data-target` holds its id; a `status-*` class its status).
 * @csspart title - A target's title.
 * @csspart picture - The SVG of one gauge.
 * @csspart track - The scale's track, from the worse end to the better end.
 * @csspart value - The latest figure, filled from the worse end.
 * @csspart milestone - A milestone tick.
 * @csspart baseline - The baseline tick.
 * @csspart range - The span of a range milestone ("10–12%").
 * @csspart path - The pointer where the straight path stands at the figure's date.
 * @csspart number - The big figure of `variant="number"`.
 * @csspart status - The status in words ("Kịp tiến độ bình quân", "Chậm hơn tiến độ bình quân").
 * @csspart goals - The milestones in words under a gauge.
 * @csspart meta - The date and source of the figure.
 * @csspart note - The feed's note on a target (single-target view), and the feed editor's note in the credit.
 * @csspart qualitative - The list of qualitative goals.
 * @csspart goal - One qualitative goal.
 * @csspart table - The data table's disclosure.
 * @csspart not-found - The message when `target` names no target of the feed.
 * @csspart empty - The message when the feed has no targets.
 * @csspart illustrative - The "Minh họa" label of made-up data.
 * @csspart caption - The programme, source and "data as of" line.
 * @csspart credit - The full credit (publisher, source, the feed's note), folded under the caption.
 * @csspart loading - The loading message.
 * @csspart error - The error notice.
 * @csspart stale - The notice that a refresh failed.
 * @csspart problems - Feed problems (skipped items).
 * @csspart details - The folded technical details of a problem (for the webmaster).
 *
 * @cssprop --tiendo-gauge-track - Colour of the scale's track (default: the grid colour).
 * @cssprop --tiendo-gauge-achieved - Value colour when the milestone is met (default: `--tiendo-color-done`).
 * @cssprop --tiendo-gauge-on-track - Value colour on track (default: `--tiendo-color-in-progress`).
 * @cssprop --tiendo-gauge-behind - Value colour behind the path (default: `--tiendo-color-delayed`).
 * @cssprop --tiendo-gauge-not-achieved - Value colour when the last milestone passed unmet (default: `--tiendo-color-overdue`).
 * @cssprop --tiendo-gauge-unknown - Value colour when there is nothing to compare with (default: `--tiendo-color-planned`).
 * @cssprop --tiendo-color-text - Text, ticks and the path pointer.
 * @cssprop --tiendo-color-muted - Secondary text and the baseline tick.
 * @cssprop --tiendo-color-background - Background.
 * @cssprop --tiendo-color-border - Card borders.
 * @cssprop --tiendo-color-focus - Focus ring.
 * @cssprop --tiendo-font - Font family (inherited from the page by default).
 * @cssprop --tiendo-font-size - Base font size.
 * @cssprop --tiendo-radius - Corner radius.
 *
 * @example
 * <script type="module" src="tiendo/tiendo-gauge.js"></script>
 * <tiendo-gauge src="laocai-219-ctr-tu.json" target="cnsh-grdp" variant="number" lang="vi"></tiendo-gauge>
 */
export class TiendoGauge extends TiendoWidget {
  static override styles = [...TiendoWidget.styles, gaugeStyles];
  /** @internal The gauge shows targets, not tasks in time: timeframes keep their text, and its page ships no parser. */
  protected readonly readTimeframe = textOnly;

  /** The id of the target to show; all targets when absent. */
  @property() target?: string;

  /** `arc` (default), `bar` (a compact bullet bar for narrow columns) or `number` (a big figure with a thin progress line). */
  @property({ reflect: true }) variant: Variant = 'arc';

  /** @internal Each target's layout, for the last size, variant, language and programme start. */
  private readonly layoutOf = memoPer(
    (target: TargetModel, width: number, variant: Variant, lang: Lang, start: string, centreAt: number): GaugeLayout => layoutGauge(target, { width, variant, lang, start, centreAt }),
    2, // alone, and on its row's centre line
  );

  /** @internal Each layout's card: drawing a slice more does not write the cards drawn again. */
  private readonly cardOf = memoPer((layout: GaugeLayout, target: TargetModel, lang: Lang) => renderCard(target, layout, lang));

  /** @internal Cards drawn on screen so far (the first screen, then a slice more at each idle moment). */
  private drawnCards = 0;

  /** @internal The next slice's end, while cards wait to be drawn. */
  private nextSlice?: number;

  /** @internal */
  private sliceHandle?: number | ReturnType<typeof setTimeout>;

  /** @internal */
  protected override isEmpty(model: ProgrammeModel): boolean {
    return model.targets.length === 0;
  }

  /** @internal */
  protected override emptyMessage(lang: Lang): string {
    return t(lang, 'emptyTargets');
  }

  /** @internal */
  protected override renderContent(model: ProgrammeModel, context: RenderContext): TemplateResult {
    const { lang } = context;
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'arc';
    // The core measures the width before the first render; 320 px only where it cannot (a hidden host).
    // On paper the window's width means nothing (core/medium.ts): cards are laid out for the paper.
    const printed = context.media === 'print';
    const hostWidth = printed ? PAPER_WIDTH : context.width || 320;
    const start = model.programme.start ?? model.programme.issued;

    if (this.target) {
      const target = model.targets.find((x) => x.id === this.target);
      if (!target) return this.renderNotFound(model, this.target, lang);
      if (target.kind === 'qualitative') return html`<div class="single">${renderGoals([target], lang, false, true)}</div>`;
      // One card on paper is as wide as a card of two side by side, so that it reads the same alone or in a page's column.
      const layout = this.layoutOf(target, gridLayout(hostWidth, printed ? 2 : 1).picture, variant, lang, start, 0);
      return html`<div class="single">${renderCard(target, layout, lang)}</div>
        ${renderTargetTable(target, layout.progress, lang, this.tableOptions(context))}`;
    }

    const all = model.targets.filter((x) => x.kind !== 'qualitative');
    const goals = model.targets.filter((x) => x.kind === 'qualitative');
    const grid = gridLayout(hostWidth, all.length);
    // The cards a reader can see come first; the rest a slice at a time from the idle moment the
    // table waits for (paper and static output have no later: every card at once).
    const everything = drawsEverything(context.media);
    const drawn = everything ? all.length : Math.min(all.length, Math.max(firstCards(grid), this.drawnCards));
    this.drawnCards = drawn;
    this.nextSlice = drawn < all.length ? Math.min(all.length, drawn + sliceCards(grid)) : undefined;
    const gauges = all.slice(0, drawn);
    const alone = gauges.map((target) => this.layoutOf(target, grid.picture, variant, lang, start, 0));
    // Arcs side by side share one centre line (the lowest of their row), whatever labels sit above each.
    const layouts = gauges.map((target, i) => {
      const row = alone.slice(i - (i % grid.columns), i - (i % grid.columns) + grid.columns);
      const centre = Math.max(...row.map((l) => l.arc?.cy ?? 0));
      const layout = alone[i]!;
      return { target, layout: layout.arc && layout.arc.cy < centre ? this.layoutOf(target, grid.picture, variant, lang, start, centre) : layout };
    });
    const rows = () => [
      ...all.map((target, i) => ({ target, progress: layouts[i]?.layout.progress ?? targetProgress(target, { start }) })),
      ...goals.map((target) => ({ target, progress: targetProgress(target) })),
    ];
    // Static output fills its columns by CSS: one grid, as the slices' rows would not be the page's.
    const slices = context.media === 'static' && gauges.length ? [[0, gauges.length]] : cardSlices(gauges.length, grid);
    const cols = context.media === 'static' ? 'fluid' : `cols-${grid.columns}`;
    return html`${slices.map(
        ([from, to]) => html`<div class="gauges ${cols}" part="gauges">${layouts.slice(from, to).map(({ target, layout }) => this.cardOf(layout, target, lang))}</div>`,
      )}
      ${goals.length ? renderGoals(goals, lang, gauges.length > 0) : nothing} ${renderTargetsTable(rows, lang, this.tableOptions(context))}`;
  }

  /** @internal Static output has no later: its table is built at once. */
  private tableOptions(context: RenderContext): TableOptions {
    return { ready: this.later.ready || context.media === 'static', onToggle: this.onTableToggle };
  }

  /** @internal A reader who opens the table before it is built gets it at once. */
  private readonly onTableToggle = (): void => this.later.now();

  /** @internal */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.model) return;
    this.later.schedule();
    if (this.later.ready && this.nextSlice !== undefined && this.sliceHandle === undefined) {
      const next = this.nextSlice;
      const draw = () => {
        this.sliceHandle = undefined;
        this.drawnCards = Math.max(this.drawnCards, next);
        this.requestUpdate();
      };
      // The next idle moment, or a tenth of a second on a busy page: slices keep coming.
      this.sliceHandle = typeof requestIdleCallback === 'function' ? requestIdleCallback(draw, { timeout: 100 }) : setTimeout(draw, 16);
    }
  }

  /** @internal */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.sliceHandle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.sliceHandle as number);
    clearTimeout(this.sliceHandle as ReturnType<typeof setTimeout>);
    this.sliceHandle = undefined;
  }

  /** @internal Back in the page with cards still to draw: the slices go on. */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.nextSlice !== undefined) this.requestUpdate();
  }

  /** @internal */
  private renderNotFound(model: ProgrammeModel, id: string, lang: Lang): TemplateResult {
    return html`<div class="notice" part="not-found">
      <p>${gaugeText(lang, 'notFound', { id })}</p>
      <p class="ids">${gaugeText(lang, 'available', { ids: model.targets.map((x) => x.id).join(', ') })}</p>
    </div>`;
  }
}
