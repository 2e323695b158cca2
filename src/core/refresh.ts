/** Reloads a feed on an interval while the host is connected (never faster than every 30 s). */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class RefreshController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private seconds = 0;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly reload: () => unknown,
  ) {
    host.addController(this);
  }

  /** Sets the interval in seconds; 0 or undefined stops refreshing. */
  every(seconds: number | undefined): void {
    this.seconds = seconds && seconds > 0 ? Math.max(30, seconds) : 0;
    this.restart();
  }

  hostConnected(): void {
    this.connected = true;
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearInterval(this.timer);
  }

  private restart(): void {
    clearInterval(this.timer);
    if (this.connected && this.seconds) this.timer = setInterval(this.reload, this.seconds * 1000);
  }
}
