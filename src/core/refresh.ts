/** Reloads a feed on an interval while the host is connected: every 30 s at most, once a day at least. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { refreshSeconds } from '../feed/limits.js';

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

  /** Sets the interval in seconds, clamped to 30 s – 24 h (Infinity is a day); 0, NaN or undefined stops refreshing. */
  every(seconds: number | undefined): void {
    this.seconds = refreshSeconds(seconds);
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
