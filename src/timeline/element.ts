import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ProgrammeModel } from '../feed/model.js';
import type { Span } from '../feed/schedule.js';
import { parseTimeframe } from '../feed/timeframe.js';
import { TiendoWidget, type RenderContext } from '../core/widget.js';
import { SelectionState } from '../core/selection.js';
import type { Selection } from '../core/context.js';
import { localText, type Lang } from '../derive/lang.js';
import { t } from '../core/messages.js';
import { layout, VIRTUAL_FROM, type Row, type TimelineLayout } from './layout.js';
import { pan, programmeRange, requestedRange, sameRange, visionRange, yearRange, zoom } from './range.js';
import { navigate } from './navigation.js';
import { drawn, placed } from '../core/window.js';
import { VirtualController } from '../core/virtual.js';
import { MAX_HEIGHT_REM, OVERSCAN } from './sizes.js';
import { ChartSizing } from './sizing.js';
import { drawsEverything, PAPER_WIDTH } from '../core/medium.js';
import { memo } from '../core/memo.js';
import { renderAxisRow, renderPages, renderSectionRow, renderTaskRow } from './rows.js';
import { renderDefs, renderGrid, renderLayers, renderTodayLine } from './track.js';
import { renderDetails, DIALOG_TITLE } from './details.js';
import { staticTable, renderTable } from './table.js';
import { renderLegend } from './legend.js';
import { presetsFor, rangeText, renderToolbar } from './toolbar.js';
import { RovingToolbar } from '../core/roving.js';
import { tt } from './messages.js';
import { timelineStyles } from './styles.js';
import { timelineStaticStyles } from './static-styles.js';

const TABLE_ID = 'tl-table';

/**
 * The programme's tasks on a time axis, grouped by section, each timeframe drawn as what it is
 * (deadline, window, open-ended, yearly, ongoing, or no fixed date with the document's words),
 * with status at `now`, a today line, zoom and pan, task details, agency highlighting and a
 * table of the same data.
 *
 * @summary Programme tasks on a time axis, grouped by section.
 *
 * @fires {TiendoSelectEvent} tiendo-select - The reader opened a task (`detail.task`: its id) or picked an agency to highlight (`detail.agency`: its id, or undefined to clear). Only on user action.
 * @fires {TiendoLoadEvent} tiendo-load - The feed loaded (`detail.issues`).
 * @fires {TiendoErrorEvent} tiendo-error - The feed could not be loaded, or a refresh failed (`detail.stale`).
 *
 * @csspart frame - The widget's box.
 * @csspart toolbar - Period presets, pan and zoom buttons, table switch (not printed).
 * @csspart highlight - The "Tô sáng nhiệm vụ của …" line when an agency is highlighted.
 * @csspart chart - The scrolling box around the axis and the rows.
 * @csspart axis - The ruler: today, years, quarters.
 * @csspart tree - The rows (a tree: sections that fold, tasks inside).
 * @csspart section-row - A section header.
 * @csspart task-row - A task's row.
 * @csspart label - A task's number and title.
 * @csspart status - A task's status in words (wide and stacked layouts).
 * @csspart track - A task's marks (or its "no fixed date" lane).
 * @csspart bar - A bar, a yearly occurrence or an ongoing band.
 * @csspart today - The today line in each row.
 * @csspart legend - The key.
 * @csspart table - The table of tasks.
 * @csspart dialog - A task's details.
 * @csspart caption - Programme, source and "data as of".
 * @csspart credit - The full credit (publisher, source, the feed's note), folded under the caption.
 * @csspart note - The feed editor's note in the credit.
 * @csspart illustrative - The "Minh họa / Illustrative" label.
 * @csspart empty - The message for a feed (or section) with no tasks.
 * @csspart loading - The loading message.
 * @csspart error - The message when the feed could not be loaded.
 * @csspart stale - The notice that a refresh failed and older data is shown.
 * @csspart problems - Items of the feed that were skipped.
 * @csspart details - The webmaster's list of feed problems (folded).
 *
 * @cssprop --tiendo-timeline-row-height - Height of a task row (default 3.25em; 7.5em stacked).
 * @cssprop --tiendo-timeline-max-height - Height of the scrolling box for long programmes (default 36rem).
 * @cssprop --tiendo-sticky-top - How far below the top of the window the year axis stays while the page scrolls (default 0; set it to a fixed site header's height).
 * @cssprop --tiendo-color-today - The today line and its date.
 * @cssprop --tiendo-color-highlight - Background of the highlighted agency's tasks.
 * @cssprop --tiendo-color-done - Also `-in-progress`, `-planned`, `-due-soon`, `-delayed`, `-overdue`, `-no-report`: status colours.
 * @cssprop --tiendo-font - Font (inherited from the page by default).
 *
 * @example
 * <script type="module" src="tiendo/tiendo-timeline.js"></script>
 * <tiendo-timeline src="/data/219-ctr-tu.json" lang="vi" now="2026-06-30"></tiendo-timeline>
 *
 * @example
 * <!-- One section, 2025–2027, tasks of one agency highlighted -->
 * <tiendo-timeline src="feed.json" section="III" from="2025" to="2027" agency="bcsd-ubnd-tinh"></tiendo-timeline>
 */
export class TiendoTimeline extends TiendoWidget {
  static override styles = [...TiendoWidget.styles, timelineStyles, ...timelineStaticStyles];
  /** @internal The timeline draws time, so its model reads timeframe text. */
  protected readonly readTimeframe = parseTimeframe;

  /** Highlights the tasks this agency leads or coordinates: its id (or its name as printed). At start it wins over an enclosing `<tiendo-feed>`'s selection; after that the last change wins (a reader's choice here or in another widget of the feed, or a new value). */
  @property() agency?: string;

  /** Shows one section only: its id or printed number ("II"). */
  @property() section?: string;

  /** First date shown: "2026", "2026-07", "2026-Q3" or "2026-07-15". Default: the programme's first year. */
  @property() from?: string;

  /** Last date shown, in the same forms. Default: the end of the programme's horizon year (or of its last dated task). */
  @property() to?: string;

  /** @internal The period the reader zoomed or panned to. */
  @state() private view?: Span;
  /** @internal */
  @state() private collapsed: ReadonlySet<string> = new Set();
  /** @internal Key of the row that holds the chart's one tab stop. */
  @state() private active?: string;
  /** @internal Id of the task whose details are open. */
  @state() private open?: string;
  /** @internal */
  @state() private tableShown = false;
  /** @internal */
  @state() private tablePage = 0;
  /** The agency and task chosen, by the one rule for every widget (core/selection.ts). */
  private readonly chosen = new SelectionState();

  /** @internal */
  @state() private announcement = '';

  @query('.scroll') private scroller?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  private current?: TimelineLayout;
  private readonly sizing = new ChartSizing(this);
  /** Which rows are in view: rows of about 45 px, so the window moves in steps of about 180 px. */
  private readonly virtual = new VirtualController(this, { overscan: OVERSCAN, step: 4, height: MAX_HEIGHT_REM * 16 });
  /** The toolbar is one Tab stop; arrow keys move between its buttons. */
  private readonly roving = new RovingToolbar(this);
  /** The layout, recomputed only when one of its inputs changed (a scroll or a focus move reuses it). */
  private readonly layoutOf = memo(layout);
  /** The range a page asked for (`from`/`to`) or the programme's own: one object while they stay. */
  private readonly baseRangeOf = memo((model: ProgrammeModel, from?: string, to?: string) => requestedRange(programmeRange(model), from, to));

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.chosen.follow(this.agency, changed.has('agency'), this.shared.value?.selection);
    if (changed.has('from') || changed.has('to') || changed.has('feed') || changed.has('src')) this.view = undefined;
  }

  protected override isEmpty(model: ProgrammeModel): boolean {
    return model.tasks.length === 0 || this.layoutFor(model, this.context).sectionMissing;
  }

  protected override emptyMessage(lang: Lang): string {
    return this.model?.tasks.length && this.section ? t(lang, 'noSection', { section: this.section }) : t(lang, 'empty');
  }

  /** @internal The selection shown: the `agency` attribute at start, then the last change — the reader's, the shared one or the attribute's. */
  protected override get selection(): Selection {
    return this.chosen.value;
  }

  /** The agency to highlight. */
  private get highlighted(): string | undefined {
    return this.chosen.value.agency;
  }

  private layoutFor(model: ProgrammeModel, { now, width, media, selection }: RenderContext): TimelineLayout {
    const m = this.sizing;
    // Paper is not the window: a print layout never reads (or corrects) the measured width.
    const chartWidth = media === 'print' ? PAPER_WIDTH
      : m.chartWidth(width, !drawsEverything(media) && model.tasks.length + model.sections.length > VIRTUAL_FROM);
    return this.layoutOf(model, {
      width: chartWidth, now, range: this.view ?? this.baseRangeOf(model, this.from, this.to), section: this.section, agency: this.highlighted,
      task: this.open ?? selection.task, collapsed: this.collapsed, fontSize: m.font, rowHeight: m.row || undefined, headerHeight: m.header || undefined, media,
    });
  }

  protected override renderContent(model: ProgrammeModel, context: RenderContext): TemplateResult {
    const { lang, now } = context;
    const l = (this.current = this.layoutFor(model, context));
    const presets = presetsFor(model, now, l.range, lang);
    return html`<div class="timeline ${l.stacked ? 'stacked' : 'wide'} ${l.statusColumn ? 'with-status' : ''} ${l.printed ? 'printed' : ''} ${l.agency ? 'has-hl' : ''} ${l.media === 'static' ? 'static' : ''}">
      ${renderToolbar(l.range, presets, lang, { compact: l.stacked, tableShown: this.tableShown, tableId: TABLE_ID, onClick: this.onToolbar, onPeriod: this.onPeriod, roving: this.roving })}
      ${l.agency ? this.renderHighlight(l, lang) : nothing}
      ${context.width ? this.renderChart(l, lang, now) : nothing}
      ${renderLegend(l, now, lang)}
      ${context.media === 'static'
        ? staticTable(renderTable(l.tasks, model, lang, 0, true, true), tt(lang, 'tableCaption', { programme: model.programme.symbol }))
        : html`<p class="keys no-print">${tt(lang, 'keys')}</p>
          <div id=${TABLE_ID} class="table-box ${this.tableShown ? 'shown' : 'sr-only'}" part="table" @click=${this.onToolbar}>
            ${this.later.ready || this.tableShown ? renderTable(l.tasks, model, lang, this.tablePage, this.tableShown) : nothing}
          </div>`}
      ${renderDefs()}
      <dialog part="dialog" aria-labelledby=${DIALOG_TITLE} @close=${this.onDialogClose} @click=${this.onBackdrop}>${this.renderDetails(l, model, lang)}</dialog>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private get scrolling(): boolean {
    return this.current?.virtual ?? false;
  }

  private renderChart(l: TimelineLayout, lang: Lang, now: string): TemplateResult {
    const { rows } = l;
    const activeIndex = this.activeIndex(rows);
    const scrolling = this.scrolling;
    const stack = placed(rows);
    const window = this.virtual.window(stack, scrolling);
    // Wide rows share one grid and today line (renderLayers()); stacked rows each draw their own, and so
    // do static rows, whose heights follow their titles (a layer has no pixel height to span), and
    // printed rows, which stack or not as the paper decides (styles.ts).
    const perRow = l.stacked || l.printed || l.media === 'static';
    const lines = perRow ? svg`${renderGrid(l)}${renderTodayLine(l)}` : nothing;
    const agencyName = l.agency && localText(l.agency.name, lang);
    const render = (row: Row, i: number) =>
      row.type === 'section' ? renderSectionRow(row, lang, i === activeIndex, agencyName) : renderTaskRow(row, l, lines, lang, i === activeIndex);
    const label = tt(lang, 'chart', { range: rangeText(l.range, lang) });
    // Paper draws every row (drawsEverything): no window, no spacers.
    if (l.printed) return renderPages(renderAxisRow(l, now, lang), rows.map(render), label, { onKey: this.onKey, onClick: this.onRowClick, onFocusIn: this.onFocusIn });
    return html`<div class="scroll ${scrolling ? 'scrolling' : ''}" part="chart" @scroll=${scrolling ? this.onScroll : nothing}>
      ${renderAxisRow(l, now, lang)}
      <div class="tree" part="tree" role="tree" aria-label=${label} @keydown=${this.onKey} @click=${this.onRowClick} @focusin=${this.onFocusIn}>
        ${perRow ? nothing : renderLayers(l)}
        ${repeat(drawn(stack, window, [activeIndex], (i) => rows[i]!.key), (item) => item.key, (item) =>
          item.gap !== undefined
            ? html`<svg class="spacer" width="1" height=${item.gap} aria-hidden="true" focusable="false"></svg>`
            : render(rows[item.index]!, item.index),
        )}
      </div>
    </div>`;
  }

  private renderHighlight(l: TimelineLayout, lang: Lang): TemplateResult {
    const name = localText(l.agency!.name, lang);
    return html`<p class="highlight-line" part="highlight">
      <span>${tt(lang, 'highlight', { name, lead: l.leads, coordinating: l.coordinates })}</span>
      <button class="no-print" data-action="clear" @click=${() => this.pickAgency(undefined)}>${tt(lang, 'clearHighlight')}</button>
    </p>`;
  }

  private renderDetails(l: TimelineLayout, model: ProgrammeModel, lang: Lang): TemplateResult | typeof nothing {
    const row = this.open ? l.tasks.find((r) => r.key === this.open) : undefined;
    return row ? html`<div class="dialog-body" @click=${this.onDialogClick}>${renderDetails(row, model, lang, this.highlighted)}</div>` : nothing;
  }

  /** The row holding the tab stop: the active one, else its folded section, else the first. */
  private activeIndex(rows: readonly Row[]): number {
    if (!this.active) return 0;
    const i = rows.findIndex((r) => r.key === this.active);
    if (i >= 0) return i;
    const task = this.current?.tasks.find((r) => r.key === this.active);
    return task ? Math.max(0, rows.findIndex((r) => r.type === 'section' && r.section === task.section)) : 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Off the page a box measures 0 wide, and measuring again would update again for ever.
    const box = this.scroller;
    if (this.isConnected && box && this.current && !this.current.printed) {
      this.sizing.measure(box, this.current, parseFloat(getComputedStyle(this).fontSize) || 14);
      // The rows start below the sticky axis, inside the scrolled box.
      if (this.current.virtual) this.virtual.measure(box, box.querySelector<HTMLElement>('.tree')?.offsetTop ?? 0);
    }
    // The screen-reader table is not seen until asked for: built at idle (static output builds it at once).
    if (this.current) this.later.schedule();
    const dialog = this.dialog;
    if (dialog && this.open && !dialog.open) dialog.showModal();
    if (dialog && !this.open && dialog.open) dialog.close();
  }

  private readonly onScroll = (event: Event): void => this.virtual.scrolled(event.currentTarget as HTMLElement);

  private readonly onFocusIn = (event: FocusEvent): void => {
    const key = (event.target as HTMLElement).closest?.('[data-key]')?.getAttribute('data-key');
    if (key && key !== this.active) this.active = key;
  };

  private readonly onRowClick = (event: MouseEvent): void => {
    const key = (event.target as HTMLElement).closest('[data-key]')?.getAttribute('data-key');
    const rows = this.current?.rows ?? [];
    const index = rows.findIndex((r) => r.key === key);
    if (index < 0) return;
    this.active = key!;
    const row = rows[index]!;
    if (row.type === 'section') this.fold(row.section.id, !row.collapsed);
    else this.openTask(row.key);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const rows = this.current?.rows ?? [];
    const index = this.activeIndex(rows);
    const action = navigate(rows, index, event, this.current ? this.virtual.page(this.current.rowHeight) : 10);
    if (!action) return;
    event.preventDefault();
    switch (action.type) {
      case 'focus':
        return void this.focusRow(rows[action.index]!);
      case 'fold': {
        const row = rows[action.index]!;
        return row.type === 'section' ? this.fold(row.section.id, action.collapsed) : undefined;
      }
      case 'open':
        return this.openTask(rows[action.index]!.key);
      case 'pan':
        return this.setView(pan(this.current!.range, action.direction));
      case 'zoom':
        return this.setView(zoom(this.current!.range, action.direction > 0 ? 0.5 : 2));
    }
  };

  /** Moves the tab stop and focus to a row, scrolling it into view (it is rendered even when far away). */
  private async focusRow(row: Row): Promise<void> {
    this.active = row.key;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.tree [data-key="${CSS.escape(row.key)}"]`)?.focus();
  }

  private fold(id: string, collapsed: boolean): void {
    const next = new Set(this.collapsed);
    if (collapsed) next.add(id);
    else next.delete(id);
    this.collapsed = next;
  }

  private openTask(id: string): void {
    this.open = id;
    this.emit('tiendo-select', { task: id });
  }

  private pickAgency(id: string | undefined): void {
    this.chosen.choose({ agency: id });
    this.requestUpdate();
    this.emit('tiendo-select', { agency: id });
  }

  private setView(range: Span): void {
    if (sameRange(range, this.current?.range)) return;
    this.view = range;
    this.announcement = tt(this.language, 'showing', { range: rangeText(range, this.language) });
  }

  private readonly onDialogClose = (): void => {
    const key = this.open;
    this.open = undefined;
    const row = this.current?.rows.find((r) => r.key === key);
    if (row) void this.focusRow(row);
  };

  /** A click on the backdrop (it targets the dialog itself; the content fills the dialog) closes it. */
  private readonly onBackdrop = (event: MouseEvent): void => {
    if (event.target === this.dialog) this.dialog.close();
  };

  private readonly onDialogClick = (event: MouseEvent): void => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-action="close"]')) this.dialog?.close();
    const agency = target.closest('[data-agency]')?.getAttribute('data-agency');
    if (agency) this.pickAgency(agency === this.highlighted ? undefined : agency);
  };

  /** Toolbar and pager buttons, by their `data-action` / `data-page`. */
  private readonly onToolbar = (event: MouseEvent): void => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const page = button.getAttribute('data-page');
    if (page !== null) return void (this.tablePage = Number(page));
    this.act(button.getAttribute('data-action'));
  };

  /** The period menu of the compact toolbar: its options are the preset buttons' actions. */
  private readonly onPeriod = (event: Event): void => this.act((event.target as HTMLSelectElement).value);

  private act(action: string | null): void {
    const model = this.model;
    if (!model || !this.current) return;
    switch (action) {
      case 'programme':
        return this.setView(programmeRange(model));
      case 'vision':
        return this.setView(visionRange(model)!);
      case 'year':
        return this.setView(yearRange(this.today));
      case 'earlier':
        return this.setView(pan(this.current.range, -1));
      case 'later':
        return this.setView(pan(this.current.range, 1));
      case 'zoom-in':
        return this.setView(zoom(this.current.range, 0.5));
      case 'zoom-out':
        return this.setView(zoom(this.current.range, 2));
      case 'table':
        this.tableShown = !this.tableShown;
    }
  }
}
