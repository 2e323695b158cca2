/**
 * Whether the widget is drawn for paper: while the page prints, and on a server rendering static
 * output (the CLI), which is read like a printout. Widgets that draw only the rows in view then
 * draw every row.
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

export class PrintController implements ReactiveController {
  private printingNow = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  get printing(): boolean {
    return isServer || this.printingNow;
  }

  private readonly onPrint = (event: Event): void => {
    this.printingNow = event.type === 'beforeprint';
    this.host.requestUpdate();
    // The print layout is taken right after this event: draw every row now, not in a microtask.
    if (this.printingNow) (this.host as unknown as { performUpdate(): void }).performUpdate();
  };

  hostConnected(): void {
    if (isServer) return;
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  hostDisconnected(): void {
    if (isServer) return;
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }
}
