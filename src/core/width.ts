/**
 * The host's content width, from a ResizeObserver on the host (never window events): a widget in
 * a 320 px sidebar and one in a 1200 px article lay out differently on the same page.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** 0 until measured (and on the server). */
  width = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? this.host.getBoundingClientRect().width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
