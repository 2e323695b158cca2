/**
 * What a reader does not see at first — a data table folded in a disclosure, the screen reader's
 * table of a chart — is built after the picture is on screen: `ready` turns true at the first idle
 * moment after the host asks (`schedule()`, from its first render with data), or within half a
 * second on a busy page, and the host renders again. `now()` when the reader asks for it first.
 * A static or server rendering does not wait: its host reads `ready || media === 'static'`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Handle = number | ReturnType<typeof setTimeout>;

export class IdleController implements ReactiveController {
  ready = false;
  private handle?: Handle;
  /** Scheduled, then cancelled by a disconnect: scheduled again on reconnect. */
  private wanted = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Makes `ready` true at the next idle moment (once). */
  schedule(): void {
    if (this.ready || this.handle !== undefined) return;
    this.wanted = true;
    const done = () => ((this.handle = undefined), this.now());
    this.handle = typeof requestIdleCallback === 'function' ? requestIdleCallback(done, { timeout: 500 }) : setTimeout(done, 100);
  }

  /** Makes `ready` true now. */
  now(): void {
    this.cancel();
    this.wanted = false;
    if (this.ready) return;
    this.ready = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.wanted) this.schedule();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.handle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.handle as number);
    clearTimeout(this.handle as ReturnType<typeof setTimeout>);
    this.handle = undefined;
  }
}
