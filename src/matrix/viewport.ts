/**
 * The part of a long table in view: the shared virtualiser (core/virtual.ts) on rows of one
 * height, that height as drawn, and scrolling a focused cell clear of the sticky header row, task
 * column and totals. With element.ts, the only module that reads geometry back from the DOM.
 */
import type { ReactiveControllerHost } from 'lit';
import { VirtualController } from '../core/virtual.js';
import { drawn, evenly, type Drawn } from '../core/window.js';
import type { MatrixLayout } from './layout.js';
import { revealBy, type GridCell } from './navigation.js';
import { FONT_SIZE, MAX_HEIGHT_REM, REM, virtualRowHeight } from './sizes.js';

/** Rows drawn beyond each edge of the box, and the step the window moves in (rows). */
const OVERSCAN_ROWS = 4;
const STEP = 6;

export class TableViewport {
  /** A body row's height: the CSS's at the default font size until a row is measured. */
  rowHeight = virtualRowHeight(FONT_SIZE);
  private readonly virtual: VirtualController;
  /** The layout whose rows were last measured. */
  private measuredFor?: MatrixLayout;

  constructor(host: ReactiveControllerHost) {
    this.virtual = new VirtualController(host, { overscan: (rows) => OVERSCAN_ROWS * rows.top(1), step: STEP, height: MAX_HEIGHT_REM * REM });
  }

  /** Rows one PageUp/PageDown moves: a screenful, less a little for context. */
  get page(): number {
    return this.virtual.page(this.rowHeight, 2);
  }

  /** The body rows to draw, keyed: all of them, or (virtual) the window in view plus the row holding focus. */
  drawn(layout: MatrixLayout, focusRow: number): Drawn[] {
    const { rows } = layout;
    const stack = evenly(rows.length, this.rowHeight);
    return drawn(stack, this.virtual.window(stack, layout.virtual), [focusRow], (i) => rows[i]!.key);
  }

  /**
   * After a render, reads the drawn row height, header offset and box height — once per layout:
   * measuring after every render could chase its own tail. True when the rows must be drawn again.
   */
  measure(root: ParentNode, layout: MatrixLayout): boolean {
    if (!layout.virtual || layout === this.measuredFor) return false;
    const scroller = root.querySelector<HTMLElement>('.scroller');
    const table = root.querySelector('table');
    const rows = [...root.querySelectorAll<HTMLElement>('tbody tr.task, tbody tr.section')];
    if (!scroller || !table || rows.length === 0) return false;
    this.measuredFor = layout;
    const rowHeight = rows.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0) / rows.length;
    const resized = Math.abs(rowHeight - this.rowHeight) > 0.25;
    if (resized) this.rowHeight = rowHeight;
    // How far the first body row is below the top of the scrolled content (caption and header row).
    const moved = this.virtual.measure(scroller, table.offsetTop + (table.tBodies[0]?.offsetTop ?? 0));
    return resized || moved;
  }

  /** On scroll: draws again when the window of drawn rows moved. */
  scrolled(scroller: HTMLElement, layout: MatrixLayout): void {
    if (layout.virtual) this.virtual.scrolled(scroller);
  }

  /** Scrolls a focused cell into view, clear of the sticky header row, task column and totals. */
  reveal(root: ParentNode, target: HTMLElement, at: GridCell, layout: MatrixLayout): void {
    const cell = target.closest('td, th') ?? target;
    const scroller = root.querySelector<HTMLElement>('.scroller');
    const table = root.querySelector('table');
    if (!scroller || !table?.tHead || !table.tFoot) return;
    // The header and totals rows stick; only their horizontal position can need a scroll.
    const sticky = at.row === 0 || at.row === layout.rows.length + 1;
    if (layout.boxed) {
      const box = scroller.getBoundingClientRect();
      const clear = {
        top: sticky ? -Infinity : table.tHead.getBoundingClientRect().bottom,
        bottom: sticky ? Infinity : Math.min(box.top + scroller.clientHeight, table.tFoot.getBoundingClientRect().top),
        left: at.col === 0 ? -Infinity : table.tHead.rows[0]!.cells[0]!.getBoundingClientRect().right,
        right: box.left + scroller.clientWidth,
      };
      const by = revealBy(cell.getBoundingClientRect(), clear);
      scroller.scrollBy(by.x, by.y);
    }
    // Then the page, if the box itself is partly out of view (a no-op inside the box by now).
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // On the page's own scroll, the header row sticks to the top of the viewport and may cover the cell.
    if (!layout.boxed && !sticky && cell.getBoundingClientRect().top < table.tHead.getBoundingClientRect().bottom - 1) {
      cell.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
  }
}
