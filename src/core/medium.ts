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
 *
 * Print is its own layout, decided by the paper and not by the window: at `beforeprint` the widget
 * still measures the window's width (1200 px on a desktop), but the page is then laid out for
 * paper some 700 px wide. So a print layout never reads the measured width: it lays out for
 * `PAPER_WIDTH` and leaves the rest to CSS (titles wrap in the column the paper leaves them).
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

export type Media = 'screen' | 'print' | 'static';
export const MEDIA: readonly Media[] = ['screen', 'print', 'static'];

/**
 * The width a print layout is made for, CSS px: A4 portrait (210 mm) inside 15 mm margins is
 * 180 mm = 680 px, the narrowest common paper (Letter is wider, landscape much wider). Fixed-size
 * parts of a print layout fit it; wider paper gives its extra room to the text.
 */
export const PAPER_WIDTH = 680;

/** Whether a medium draws every row (no scrolling box, nothing left for later). */
export const drawsEverything = (media: Media): boolean => media !== 'screen';

export class MediumController implements ReactiveController {
  private printingNow = false;
  /**
   * The print media query, besides the print events: a browser or a capture tool that emulates
   * print media (DevTools, `page.emulateMedia('print')`) fires no `beforeprint`.
   */
  private printQuery?: MediaQueryList;

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
    if (this.printingNow || this.printQuery?.matches) return 'print';
    const asked = this.requested();
    return MEDIA.includes(asked as Media) ? (asked as Media) : 'screen';
  }

  private readonly onPrint = (event: Event): void => {
    this.printingNow = event.type === 'beforeprint';
    this.host.requestUpdate();
    // The print layout is taken right after this event: draw every row now, not in a microtask.
    if (this.printingNow) (this.host as unknown as { performUpdate(): void }).performUpdate();
  };

  private readonly onQuery = (): void => this.host.requestUpdate();

  hostConnected(): void {
    if (isServer) return;
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
    this.printQuery ??= typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.printQuery?.addEventListener('change', this.onQuery);
  }

  hostDisconnected(): void {
    if (isServer) return;
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
    this.printQuery?.removeEventListener('change', this.onQuery);
  }
}
