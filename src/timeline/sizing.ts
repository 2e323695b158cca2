/**
 * The chart box's sizes and scroll position: what the pure layout needs from the DOM (the chart's
 * width, the real heights of a row and a section header, the font size) and which rows are in
 * view. The first render guesses from the host's width and font; `measure()` corrects a wrong
 * guess once, so a correct guess costs no second render.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineLayout } from './layout.js';
import { rowsBetween } from './viewport.js';

/** Rows drawn beyond the box on each side, in px, so that scrolling never shows a gap. */
const OVERSCAN = 600;
/** The frame's padding and the box's border, left and right (theme.ts, styles.ts). */
const INSET = 18;
/** A classic scrollbar's width on this page, learnt from the first scrolling chart (0 for overlay scrollbars). */
let scrollbarWidth = 15;

export class ChartSizing {
  /** Measured: the box's inner width and the host width it went with; 0 until measured. */
  private width = 0;
  private hostWidth = 0;
  /** Measured heights of a task row and a section header (0: use the CSS defaults). */
  row = 0;
  header = 0;
  font = 14;
  /** The scroll position the drawn rows were chosen for, and the box's height. */
  top = 0;
  height = 576;
  /** The width the last layout was given, and the host width it came from. */
  private given = 0;
  private givenHost = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * The chart's width for a host width. The padding and border between them are constant, so
   * once measured a new host width gives the new chart width without measuring again.
   */
  chartWidth(hostWidth: number, scrolls: boolean): number {
    this.givenHost = hostWidth;
    this.given = this.width ? this.width + hostWidth - this.hostWidth : hostWidth - INSET - (scrolls ? scrollbarWidth : 0);
    return Math.max(0, this.given);
  }

  /** First and last row to draw: all of them, or those near the scrolled view. */
  window(l: TimelineLayout, scrolling: boolean): [number, number] {
    return scrolling ? rowsBetween(l.rows, this.top - OVERSCAN, this.top + this.height + OVERSCAN) : [0, l.rows.length - 1];
  }

  /** Rows a PageUp/PageDown moves. */
  page(l: TimelineLayout): number {
    return Math.max(1, Math.floor(this.height / l.rowHeight) - 1);
  }

  /** Scroll events come at most once a frame; the rows drawn change only every OVERSCAN/3 px. */
  scrolled(box: HTMLElement): void {
    if (Math.abs(box.scrollTop - this.top) > OVERSCAN / 3) {
      this.top = box.scrollTop;
      this.host.requestUpdate();
    }
  }

  /** Reads the sizes CSS decided. Reading forces the layout the browser was about to do anyway. */
  measure(box: HTMLElement, l: TimelineLayout, scrolling: boolean, font: number): void {
    let changed = box.clientWidth !== this.given || font !== this.font;
    if (scrolling) {
      const row = box.querySelector('.row.task')?.getBoundingClientRect().height;
      const header = box.querySelector('.row.section')?.getBoundingClientRect().height;
      if (row && Math.abs(row - l.rowHeight) > 0.1) (this.row = row), (changed = true);
      if (header && Math.abs(header - l.headerHeight) > 0.1) (this.header = header), (changed = true);
      scrollbarWidth = Math.max(0, box.offsetWidth - box.clientWidth - box.clientLeft * 2);
      // The rows drawn reach OVERSCAN px past the guessed height: draw again only if that falls short.
      const height = box.clientHeight || this.height;
      if (height > this.height + OVERSCAN / 2) (this.top = box.scrollTop), (changed = true);
      this.height = height;
    }
    if (!changed) return;
    this.width = box.clientWidth;
    this.hostWidth = this.givenHost;
    this.font = font;
    this.host.requestUpdate();
  }
}
