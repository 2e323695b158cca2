/**
 * What the timeline's pure layout needs from the DOM: the chart's width, the real heights of a
 * row and a section header, and the font size. The first render guesses them from the host's
 * width and font and from the sizes styles.ts is built from (sizes.ts); `measure()` corrects a
 * wrong guess once, so a correct guess costs no second render. Which rows are in view is the
 * shared virtualiser's (core/virtual.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineLayout } from './layout.js';
import { CHART_INSET } from './sizes.js';

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
    this.given = this.width ? this.width + hostWidth - this.hostWidth : hostWidth - CHART_INSET - (scrolls ? scrollbarWidth : 0);
    return Math.max(0, this.given);
  }

  /** Reads the sizes CSS decided. Reading forces the layout the browser was about to do anyway. */
  measure(box: HTMLElement, l: TimelineLayout, font: number): void {
    let changed = box.clientWidth !== this.given || font !== this.font;
    if (l.virtual) {
      const row = box.querySelector('.row.task')?.getBoundingClientRect().height;
      const header = box.querySelector('.row.section')?.getBoundingClientRect().height;
      if (row && Math.abs(row - l.rowHeight) > 0.1) (this.row = row), (changed = true);
      if (header && Math.abs(header - l.headerHeight) > 0.1) (this.header = header), (changed = true);
      scrollbarWidth = Math.max(0, box.offsetWidth - box.clientWidth - box.clientLeft * 2);
    }
    if (!changed) return;
    this.width = box.clientWidth;
    this.hostWidth = this.givenHost;
    this.font = font;
    this.host.requestUpdate();
  }
}
