/**
 * The one controller that keeps a long list's window in step with its scroll box: where the box
 * is scrolled, how tall it is, which rows (core/window.ts) to draw, and when scrolling has moved
 * the window far enough to draw again. The widget says what its rows are (a `Stack`) and whether
 * they are virtual at all — on paper and in static output they never are (core/medium.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf, type RowWindow, type Stack } from './window.js';

export interface VirtualOptions {
  /** Drawn beyond each edge of the box, px (or, from a stack, e.g. a number of its rows). */
  overscan: number | ((stack: Stack) => number);
  /** The window moves in steps of this many rows (see `View.step`). */
  step: number;
  /** The box's height until it is measured (its CSS max-height at the default font size). */
  height: number;
}

export class VirtualController implements ReactiveController {
  /** The box's height, px: guessed, then measured. */
  height: number;
  private scrollTop = 0;
  /** How far the first row is below the top of the scrolled content (a caption, a header row). */
  private offset = 0;
  private last?: { stack: Stack; window: RowWindow };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualOptions,
  ) {
    this.height = options.height;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.last = undefined;
  }

  private view(stack: Stack): RowWindow {
    const { overscan, step } = this.options;
    return windowOf(stack, { top: this.scrollTop - this.offset, height: this.height, overscan: typeof overscan === 'number' ? overscan : overscan(stack), step });
  }

  /** The rows to draw now: all of them, or (virtual) the window around the view. */
  window(stack: Stack, virtual: boolean): RowWindow {
    if (!virtual) {
      this.last = undefined;
      return { start: 0, end: stack.count };
    }
    const window = this.view(stack);
    this.last = { stack, window };
    return window;
  }

  /** On the box's `scroll` event: draws again only when the window has moved. */
  scrolled(box: HTMLElement): void {
    this.scrollTop = box.scrollTop;
    if (this.moved()) this.host.requestUpdate();
  }

  /**
   * After a render, reads the box's height and scroll (and where the first row starts, if given):
   * true, with an update requested, when the rows drawn no longer cover the view.
   */
  measure(box: HTMLElement, offset = this.offset): boolean {
    this.height = box.clientHeight || this.height;
    this.scrollTop = box.scrollTop;
    this.offset = offset;
    const moved = this.moved();
    if (moved) this.host.requestUpdate();
    return moved;
  }

  /** Rows one PageUp/PageDown moves, for rows of this height: a screenful less `context` rows. */
  page(rowHeight: number, context = 1): number {
    return Math.max(1, Math.floor(this.height / Math.max(1, rowHeight)) - context);
  }

  private moved(): boolean {
    if (!this.last) return false;
    const next = this.view(this.last.stack);
    return next.start !== this.last.window.start || next.end !== this.last.window.end;
  }
}
