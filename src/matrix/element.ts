/**
 * `<tiendo-matrix>`: who leads and who supports each task of a programme. Data and layout come
 * from the pure modules beside this one; this class holds the reader's state (focus, hover,
 * selection, scroll position) and turns DOM events into it.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TiendoWidget, type RenderContext } from '../core/widget.js';
import { SelectionState } from '../core/selection.js';
import { t } from '../core/messages.js';
import { asksForSection } from '../derive/lookup.js';
import type { Selection } from '../core/context.js';
import type { Lang } from '../derive/lang.js';
import { formatNumber } from '../derive/format.js';
import { textOnly, type ProgrammeModel } from '../feed/model.js';
import { nameKey } from '../feed/name-key.js';
import { createLayout, LAYOUTS, type LayoutChoice, type MatrixLayout, type MatrixOptions } from './layout.js';
import { COLUMN_ORDERS, ROW_SORTS, type ColumnOrder, type RowSort } from './order.js';
import { findColumn, type MatrixColumn } from './responsibility.js';
import { move, within, type GridCell, type GridShape } from './navigation.js';
import { TableViewport } from './viewport.js';
import { renderTable } from './table.js';
import { renderCards } from './cards.js';
import { renderKey } from './key.js';
import { cellWords, renderToolbar } from './toolbar.js';
import { m } from './messages.js';
import { documentName } from '../derive/document.js';
import { RovingToolbar } from '../core/roving.js';
import { matrixStyles } from './styles.js';

/**
 * The agency responsibility matrix: tasks as rows (grouped under their sections), agencies as
 * columns, and in each cell whether the body leads (chủ trì), co-leads or coordinates (phối hợp)
 * the task — by letter and shape as well as colour. Totals per body in the footer, bodies per
 * task in the last column. Reads the feed from `src`, the `feed` property, an inline
 * `<script type="application/json">` child or an enclosing `<tiendo-feed>`.
 *
 * A real table with one tab stop: arrow keys move cell to cell, Home/End to the ends of a row,
 * Ctrl+Home/End to the first and last cell, PageUp/PageDown by a screenful; Enter on a body's
 * header marks its tasks, on a task selects it, on the Task or Bodies header sorts; Escape clears.
 * Below 600 px it becomes one card per body. Large matrices draw only the rows in view.
 *
 * @summary Who leads and who coordinates each task of a programme.
 *
 * @fires {TiendoSelectEvent} tiendo-select - The reader chose a body (`detail.agency`: its id, `undefined` when cleared) or a task (`detail.task`). Bubbles and crosses shadow roots; `<tiendo-feed>` shares it with the other widgets. Never fired for the `agency` attribute or a selection that came from outside.
 * @fires {TiendoLoadEvent} tiendo-load - The feed loaded (`detail.issues` lists skipped items and warnings).
 * @fires {TiendoErrorEvent} tiendo-error - The feed could not be loaded, or a refresh failed (`detail.stale`).
 *
 * @csspart frame - The widget's box.
 * @csspart toolbar - Legend and switches above the table.
 * @csspart legend - What the marks mean.
 * @csspart selection - The line naming the chosen body, with its clear button.
 * @csspart detail - The line that says the hovered or focused cell in words.
 * @csspart scroller - The box the table scrolls in (when it scrolls).
 * @csspart table - The `<table>`.
 * @csspart title - The table's caption (or the cards' title).
 * @csspart cards - The per-body cards of the narrow layout.
 * @csspart key - On paper: each short header's full name, under the table.
 * @csspart caption - Programme, source and "data as of" line.
 * @csspart credit - The full credit (publisher, source, the feed's note), folded under the caption.
 * @csspart note - The feed editor's note in the credit.
 * @csspart illustrative - The "illustrative data" label.
 * @csspart empty - The message shown when there is nothing to draw.
 * @csspart loading - The loading message.
 * @csspart error - The error notice.
 * @csspart stale - The notice shown when a refresh failed.
 * @csspart problems - The list of problems found in the feed.
 * @csspart details - The folded technical details of a problem (for the webmaster).
 *
 * @cssprop --tiendo-color-lead - Lead (chủ trì) marks and bars.
 * @cssprop --tiendo-color-coordinating - Coordinating (phối hợp) marks and bars.
 * @cssprop --tiendo-color-highlight - Background of the chosen body's column and tasks.
 * @cssprop --tiendo-color-surface - Background of the hovered row and column.
 * @cssprop --tiendo-color-text - Text.
 * @cssprop --tiendo-color-muted - Secondary text.
 * @cssprop --tiendo-color-background - Background (sticky headers are opaque with it).
 * @cssprop --tiendo-color-border - Borders.
 * @cssprop --tiendo-color-grid - Cell rules and the group-column pattern.
 * @cssprop --tiendo-color-focus - Focus ring and the chosen task's bar.
 * @cssprop --tiendo-font - Font family (inherits the page's by default).
 * @cssprop --tiendo-font-size - Base font size (default `max(0.875rem, 14px)`: 14 px, or more when the reader enlarges text).
 * @cssprop --tiendo-matrix-max-height - Height of the scroll box of a wide or long matrix (40rem).
 * @cssprop --tiendo-matrix-sticky-top - Offset of the sticky header row below a fixed page header (0).
 * @cssprop --tiendo-matrix-title-lines - Lines of a task title shown in a row (3; 2 in long matrices).
 *
 * @example
 * <script type="module" src="https://cdn.example.org/tiendo/tiendo-matrix.js"></script>
 * <tiendo-matrix src="/data/laocai-219-ctr-tu.json" lang="vi"></tiendo-matrix>
 *
 * @example
 * <!-- One section, one body marked, columns as the document lists them -->
 * <tiendo-matrix src="feed.json" section="III" agency="bcsd-ubnd-tinh" order="document"></tiendo-matrix>
 */
export class TiendoMatrix extends TiendoWidget {
  static override styles = [...TiendoWidget.styles, matrixStyles];
  /** @internal The matrix shows who does what, not when: timeframes keep their text, and its page ships no parser. */
  protected readonly readTimeframe = textOnly;

  /** Column order: `workload` (bodies that lead first, then by number of tasks) or `document` (first appearance). */
  @property({ reflect: true }) order: ColumnOrder = 'workload';

  /** Row order: `document` (section by section) or `bodies` (tasks involving the most bodies first). */
  @property({ reflect: true }) sort: RowSort = 'document';

  /** Agency id (or printed name) to mark. At start it wins over an enclosing `<tiendo-feed>`'s selection; after that the last change wins (a reader's choice here or in another widget of the feed, or a new value). */
  @property() agency?: string;

  /** Show one section only: its id or number ("III"). */
  @property() section?: string;

  /** `auto` (cards below 600 px), `table` or `cards`. */
  @property() layout: LayoutChoice = 'auto';

  /** @internal The reader's own switch between table and cards, over `layout`. */
  @state() private view?: 'table' | 'cards';

  // Focus and hover change on every key and pointer move: plain fields and an explicit
  // requestUpdate(), so that render() can clamp them without scheduling another update.
  /** The cell holding the grid's one tab stop. */
  private focusCell: GridCell = { row: 0, col: 0 };
  /** The cell under the pointer or keyboard (col -1 on a section heading). */
  private hot?: GridCell;
  /** The card holding the cards' one tab stop. */
  private cardFocus = 0;
  private readonly layoutOf = createLayout();
  private current?: MatrixLayout;
  /** The agency and task chosen, by the one rule for every widget (core/selection.ts). */
  private readonly chosen = new SelectionState();
  private moveFocus = false;
  private readonly inView = new TableViewport(this);
  /** The switches above the table are one Tab stop; arrow keys move between them. */
  private readonly roving = new RovingToolbar(this);

  /** @internal The selection shown: the reader's last choice here, the `agency` attribute, or the shared one — whichever came last. */
  protected override get selection(): Selection {
    return this.chosen.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.chosen.follow(this.agency, changed.has('agency'), this.shared.value?.selection);
  }

  private options(media: RenderContext['media']): MatrixOptions {
    return {
      order: COLUMN_ORDERS.includes(this.order) ? this.order : 'workload',
      sort: ROW_SORTS.includes(this.sort) ? this.sort : 'document',
      section: this.section,
      layout: this.view ?? (LAYOUTS.includes(this.layout) ? this.layout : 'auto'),
      media,
    };
  }

  protected override isEmpty(model: ProgrammeModel): boolean {
    return this.layoutOf.matrix(model, this.section).tasks.length === 0;
  }

  protected override emptyMessage(lang: Lang): string {
    // A `section` that names none shows none and says so, as in the timeline (derive/lookup.ts).
    return this.model?.tasks.length && asksForSection(this.section) ? t(lang, 'noSection', { section: this.section }) : t(lang, 'empty');
  }

  protected override renderContent(model: ProgrammeModel, { lang, width, media, selection }: RenderContext): TemplateResult {
    const options = this.options(media);
    const layout = (this.current = this.layoutOf(model, width, options));
    const { matrix, columns, mode } = layout;
    const at = findColumn(matrix, selection.agency, nameKey);
    const chosen = at >= 0 ? columns.indexOf(matrix.columns[at]!) : -1;
    const caption = this.caption(model, layout, lang);
    const toolbar = renderToolbar({ layout, lang, order: options.order, other: mode === 'table' ? 'cards' : 'table', chosen: columns[chosen], roving: this.roving });
    if (mode === 'cards') {
      this.cardFocus = Math.min(this.cardFocus, Math.max(0, columns.length - 1));
      return html`<div class="matrix-bar" @click=${this.onToolbarClick}>${toolbar}</div>
        <div @keydown=${this.onCardKey} @click=${this.onCardClick}>
          ${renderCards({ layout, lang, caption, tasks: this.layoutOf.columnTasks(matrix), focus: this.cardFocus, chosen })}
        </div>`;
    }
    this.focusCell = within(this.focusCell, this.shape(layout));
    return html`<div class="matrix-bar" @click=${this.onToolbarClick}>${toolbar}</div>
      ${media === 'static' ? nothing : html`<p class="detail" part="detail" aria-hidden="true">${cellWords(layout, this.hot, lang)}</p>`}
      <div class="scroller${layout.boxed ? ' boxed' : ''}${media === 'static' ? ' static' : ''}" part="scroller" @scroll=${this.onScroll}>
        <div @keydown=${this.onGridKey} @click=${this.onGridClick} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}
          @pointerover=${this.onPointerOver} @pointerleave=${this.onPointerLeave}>
          ${renderTable({
            layout,
            lang,
            caption,
            drawn: this.inView.drawn(layout, this.focusCell.row - 1),
            focus: this.focusCell,
            hot: this.hot,
            chosen,
            chosenTask: selection.task,
            sort: options.sort,
          })}
        </div>
      </div>
      ${layout.printed ? renderKey(layout, lang) : nothing}
      <p id="help" class="sr-only">${m(lang, 'help')}</p>`;
  }

  private caption(model: ProgrammeModel, layout: MatrixLayout, lang: Lang): string {
    const { matrix } = layout;
    const p = { document: documentName(model.programme.symbol, lang), tasks: formatNumber(matrix.tasks.length, lang), agencies: formatNumber(matrix.columns.length, lang), number: matrix.only?.number ?? matrix.only?.id ?? '' };
    return m(lang, matrix.only ? 'captionSection' : 'caption', p);
  }

  private shape(layout: MatrixLayout): GridShape {
    return {
      rows: layout.rows.length + 2,
      cols: layout.columns.length + 2,
      spans: (row) => layout.rows[row - 1]?.kind === 'section',
      page: this.inView.page,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const layout = this.current;
    if (!layout || layout.mode !== 'table' || !this.model) {
      if (this.moveFocus) this.focusCard();
      return;
    }
    if (this.inView.measure(this.renderRoot, layout)) this.requestUpdate();
    if (this.moveFocus) {
      this.moveFocus = false;
      const target = this.focusTarget();
      if (target) {
        target.focus({ preventScroll: true });
        this.inView.reveal(this.renderRoot, target, this.focusCell, layout);
      }
    }
  }

  private onScroll = (event: Event): void => {
    if (this.current) this.inView.scrolled(event.currentTarget as HTMLElement, this.current);
  };

  /** The element that takes focus for the focus cell: the button in a header, else the cell. */
  private focusTarget(): HTMLElement | undefined {
    const tr = this.renderRoot.querySelector<HTMLTableRowElement>(`tr[data-row="${this.focusCell.row}"]`);
    if (!tr) return undefined;
    const cell = tr.classList.contains('section') ? tr.cells[0] : tr.cells[this.focusCell.col];
    return cell?.querySelector('button') ?? cell ?? undefined;
  }

  /** The grid cell an event happened in; a section row's one cell keeps the remembered column. */
  private cellAt(target: EventTarget | null): GridCell | undefined {
    const cell = (target as Element | null)?.closest?.('td, th') as HTMLTableCellElement | null;
    const tr = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !tr?.dataset.row) return undefined;
    return { row: Number(tr.dataset.row), col: tr.classList.contains('section') ? -1 : cell.cellIndex };
  }

  private onGridKey = (event: KeyboardEvent): void => {
    const layout = this.current;
    if (!layout) return;
    if (event.key === 'Escape') {
      if (this.chosen.value.agency || this.chosen.value.task) {
        event.preventDefault();
        this.choose({ agency: undefined, task: undefined });
      }
      return;
    }
    // Space on a cell that is not a button would scroll the page under the reader.
    if (event.key === ' ' && !(event.target as Element).closest('button')) event.preventDefault();
    const next = move(this.focusCell, event.key, event.ctrlKey || event.metaKey, this.shape(layout));
    if (!next) return;
    event.preventDefault();
    this.focusCell = next;
    this.hot = { row: next.row, col: layout.rows[next.row - 1]?.kind === 'section' ? -1 : next.col };
    this.moveFocus = true;
    this.requestUpdate();
  };

  private onGridClick = (event: MouseEvent): void => {
    const layout = this.current;
    const at = this.cellAt(event.target);
    if (!layout || !at || !(event.target as Element).closest('button')) return;
    const last = layout.columns.length + 1;
    if (at.row === 0) {
      if (at.col === 0) this.sort = 'document';
      else if (at.col === last) this.sort = this.sort === 'bodies' ? 'document' : 'bodies';
      else this.pickAgency(layout.columns[at.col - 1]!);
    } else if (at.col === 0) {
      const row = layout.rows[at.row - 1];
      if (row?.kind === 'task') {
        const id = layout.matrix.tasks[row.task]!.id;
        this.choose({ task: this.chosen.value.task === id ? undefined : id });
      }
    }
  };

  private onFocusIn = (event: FocusEvent): void => {
    const at = this.cellAt(event.target);
    if (!at) return;
    const col = at.col < 0 ? this.focusCell.col : at.col;
    if (at.row !== this.focusCell.row || col !== this.focusCell.col) this.focusCell = { row: at.row, col };
    this.hover(at);
  };

  /** Highlights a cell's row and column (and says it in the detail line). */
  private hover(at: GridCell | undefined): void {
    if (at?.row === this.hot?.row && at?.col === this.hot?.col) return;
    this.hot = at;
    this.requestUpdate();
  }

  private onFocusOut = (event: FocusEvent): void => {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.hover(undefined);
  };

  private onPointerOver = (event: PointerEvent): void => {
    const at = this.cellAt(event.target);
    if (at) this.hover(at);
  };

  private onPointerLeave = (event: PointerEvent): void => {
    const inside = (event.currentTarget as Element).contains(this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null);
    this.hover(inside ? this.focusCell : undefined);
  };

  private onToolbarClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const { order, view } = button.dataset;
    if (order) this.order = order as ColumnOrder;
    else if (view) this.view = view as 'table' | 'cards';
    else if (button.hasAttribute('data-clear')) this.choose({ agency: undefined });
  };

  private onCardClick = (event: MouseEvent): void => {
    const card = (event.target as Element).closest<HTMLElement>('[data-card]');
    if (!card || !(event.target as Element).closest('button.head')) return;
    this.cardFocus = Number(card.dataset.card);
    const column = this.current?.columns[this.cardFocus];
    if (column) this.pickAgency(column);
  };

  private onCardKey = (event: KeyboardEvent): void => {
    const count = this.current?.columns.length ?? 0;
    const keys: Record<string, number> = { ArrowDown: this.cardFocus + 1, ArrowUp: this.cardFocus - 1, Home: 0, End: count - 1 };
    if (!(event.key in keys) || !(event.target as Element).closest('button.head')) {
      if (event.key === 'Escape' && this.chosen.value.agency) this.choose({ agency: undefined });
      return;
    }
    event.preventDefault();
    this.cardFocus = Math.max(0, Math.min(count - 1, keys[event.key]!));
    this.moveFocus = true;
    this.requestUpdate();
  };

  private focusCard(): void {
    this.moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>(`[data-card="${this.cardFocus}"] button.head`)?.focus();
  }

  /** A body chosen by the reader: marked here, and told to the page (and `<tiendo-feed>`). */
  private pickAgency(column: MatrixColumn): void {
    const current = this.current && findColumn(this.current.matrix, this.chosen.value.agency, nameKey);
    const same = current !== undefined && current >= 0 && this.current!.matrix.columns[current] === column;
    this.choose({ agency: same ? undefined : column.ids[0] });
  }

  private choose(detail: Selection): void {
    this.chosen.choose(detail);
    this.requestUpdate();
    this.emit('tiendo-select', detail);
  }
}
