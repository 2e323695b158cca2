/**
 * The host's content width, from a ResizeObserver on the host (never window events): a widget in
 * a 320 px sidebar and one in a 1200 px article lay out differently on the same page.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Widgets connected but not yet measured. The first of them to render measures them all at once:
 * fifty gauges then cost one layout, not fifty interleaved with their own rendering.
 */
const unmeasured = new Set<WidthController>();

export class WidthController implements ReactiveController {
  /** 0 until measured (and on the server). */
  width = 0;
  private observer?: ResizeObserver;
  private pending?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    if (!this.width) unmeasured.add(this);
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? this.host.getBoundingClientRect().width);
      if (width !== this.width) {
        this.width = width;
        // Redrawing inside the observer's callback changes the host's height at once, which the
        // browser reports as "ResizeObserver loop completed with undelivered notifications" (an
        // uncaught error to error trackers). Draw in a task of its own; not in an animation
        // frame, which never comes in a background tab.
        clearTimeout(this.pending);
        this.pending = setTimeout(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  /** Before the first render, read the width now rather than draw at a guess and again later. */
  hostUpdate(): void {
    if (!unmeasured.has(this)) return;
    for (const controller of unmeasured) controller.width = Math.round(controller.host.getBoundingClientRect().width);
    unmeasured.clear();
  }

  hostDisconnected(): void {
    unmeasured.delete(this);
    clearTimeout(this.pending);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
