/**
 * What a widget is drawn for, decided in one place for every widget and passed to every layout:
 *
 * - `screen`: a live page; long lists draw only the rows in view and controls work;
 * - `print`: the page is being printed (between `beforeprint` and `afterprint`), or the page asked
 *   for the printed form (`media="print"`): every row is drawn, as paper has no scrolling;
 * - `static`: drawn once for a page that runs no script (the CLI's server rendering, or
 *   `media="static"`): every row, and what a browser builds later (the data table) built now.
 *
 * Layouts read only the resolved value, so a new medium is one more case here and in the layouts
 * that draw it differently (docs/ARCHITECTURE.md).
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

export type Media = 'screen' | 'print' | 'static';
export const MEDIA: readonly Media[] = ['screen', 'print', 'static'];

/** Whether a medium draws every row (no scrolling box, nothing left for later). */
export const drawsEverything = (media: Media): boolean => media !== 'screen';

export class MediumController implements ReactiveController {
  private printingNow = false;

  /** `requested()` reads the host's `media` input (an unknown value counts as `screen`). */
  constructor(
    private readonly host: ReactiveElement,
    private readonly requested: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** The medium this render is for: a server renders static output; printing wins over a request. */
  get media(): Media {
    if (isServer) return 'static';
    if (this.printingNow) return 'print';
    const asked = this.requested();
    return MEDIA.includes(asked as Media) ? (asked as Media) : 'screen';
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
