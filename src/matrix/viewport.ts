/**
 * The part of a long table in view: row height, header offset and scroll box size as drawn,
 * the window of rows to draw from them (window.ts does the arithmetic), and scrolling a focused
 * cell clear of the sticky header row, task column and totals. With element.ts, the only module
 * that reads geometry back from the DOM.
 */
import type { MatrixLayout } from './layout.js';
import { revealBy, type GridCell } from './navigation.js';
import { rowWindow, stretches, type RowWindow, type Stretch } from './window.js';

/** Until a row is measured: the virtual row height of styles.ts at the default font size. */
const ROW_HEIGHT = 47;
/** Until the scroll box is measured: its default max-height, 40rem. */
const VIEWPORT = 640;

export class TableViewport {
  rowHeight = ROW_HEIGHT;
  private viewport = VIEWPORT;
  private scrollY = 0;
  /** How far the first body row is below the top of the scrolled content (caption and header row). */
  private bodyTop = 0;
  private drawn?: RowWindow;
  /** The layout whose rows were last measured. */
  private measuredFor?: MatrixLayout;

  /** Rows one PageUp/PageDown moves: a screenful, less a little for context. */
  get page(): number {
    return Math.max(1, Math.floor(this.viewport / this.rowHeight) - 2);
  }

  /** Rows to draw: all of them, or (virtual) the window in view plus the row holding focus. */
  stretches(layout: MatrixLayout, focusRow: number): Stretch[] {
    const count = layout.rows.length;
    if (!layout.virtual) return [{ kind: 'rows', start: 0, end: count }];
    this.drawn = this.window(count);
    return stretches(count, this.drawn, focusRow >= 0 && focusRow < count ? focusRow : undefined);
  }

  private window(count: number): RowWindow {
    return rowWindow({ count, rowHeight: this.rowHeight, offset: this.scrollY - this.bodyTop, viewport: this.viewport });
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
    const bodyTop = table.offsetTop + (table.tBodies[0]?.offsetTop ?? 0);
    const viewport = scroller.clientHeight || this.viewport;
    if (Math.abs(rowHeight - this.rowHeight) <= 0.25 && bodyTop === this.bodyTop && viewport === this.viewport) return false;
    Object.assign(this, { rowHeight, bodyTop, viewport });
    return true;
  }

  /** On scroll: true when the window of drawn rows moved. */
  scrolled(scroller: HTMLElement, layout: MatrixLayout): boolean {
    if (!layout.virtual) return false;
    this.scrollY = scroller.scrollTop;
    this.viewport = scroller.clientHeight || this.viewport;
    const next = this.window(layout.rows.length);
    return next.start !== this.drawn?.start || next.end !== this.drawn?.end;
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
