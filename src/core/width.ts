/**
 * The host's content width, from a ResizeObserver on the host (never window events): a widget in
 * a 320 px sidebar and one in a 1200 px article lay out differently on the same page.
 *
 * One measure for every widget: the content box (inside any padding or border a page gives the
 * host), which is what the ResizeObserver reports. The first read, before the first render, takes
 * the same box, so the observer's first report matches it and causes no second render.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Widgets connected but not yet measured. The first of them to render measures them all at once:
 * fifty gauges then cost one layout, not fifty interleaved with their own rendering.
 */
const unmeasured = new Set<WidthController>();

/** The content-box width of an element, rounded as the observer's reports are. */
function contentWidth(element: HTMLElement): number {
  const outer = element.getBoundingClientRect().width;
  if (!outer) return 0;
  const s = getComputedStyle(element);
  const inset = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight) + parseFloat(s.borderLeftWidth) + parseFloat(s.borderRightWidth);
  return Math.max(0, Math.round(outer - (inset || 0)));
}

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
      const box = entries[0]?.contentRect;
      const width = box ? Math.round(box.width) : contentWidth(this.host);
      // A box that shrinks to nothing has nothing to draw into: a `display: none` ancestor, a
      // collapsed <details>, or a full-size screenshot (DevTools, puppeteer), whose tool shrinks
      // the window to 1×1 for an instant. Redrawing at 0 would collapse the chart, and the capture
      // would show that; the last drawing stays until a real width comes back.
      if (width === 0 && this.width > 0) return;
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
    for (const controller of unmeasured) controller.width = contentWidth(controller.host);
    unmeasured.clear();
  }

  hostDisconnected(): void {
    unmeasured.delete(this);
    clearTimeout(this.pending);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
