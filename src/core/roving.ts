/**
 * A toolbar is one Tab stop, and the arrow keys move between its buttons (the WAI-ARIA toolbar
 * pattern, "roving tabindex"): a keyboard reader reaches the data after one stop instead of eight.
 *
 * The controller keeps exactly one button of each `[role="toolbar"]` in the host's shadow root
 * tabbable — the one last focused, or the first — after every render, since a render may add or
 * drop buttons. A `<select>` in a toolbar stays a Tab stop of its own: it uses the arrow keys itself.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

const BUTTONS = 'button:not([disabled])';

export class RovingToolbar implements ReactiveController {
  /** Per toolbar element, the button that was last focused. */
  private readonly last = new WeakMap<Element, HTMLElement>();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    for (const bar of this.host.shadowRoot?.querySelectorAll('[role="toolbar"]') ?? []) {
      const buttons = [...bar.querySelectorAll<HTMLElement>(BUTTONS)];
      const kept = this.last.get(bar);
      const current = kept && buttons.includes(kept) ? kept : buttons[0];
      for (const b of buttons) b.tabIndex = b === current ? 0 : -1;
    }
  }

  /** Bound on the toolbar: `@keydown=${roving.onKey}`. */
  readonly onKey = (event: KeyboardEvent): void => {
    const bar = event.currentTarget as HTMLElement;
    const from = event.target as HTMLElement;
    if (from.tagName !== 'BUTTON') return;
    const buttons = [...bar.querySelectorAll<HTMLElement>(BUTTONS)];
    const at = buttons.indexOf(from);
    const rtl = getComputedStyle(bar).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1 }[event.key];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : step === undefined ? -1 : (at + step + buttons.length) % buttons.length;
    if (to < 0 || at < 0) return;
    event.preventDefault();
    this.focus(bar, buttons[to]!);
  };

  /** Bound on the toolbar too: `@focusin=${roving.onFocus}`, so a click also moves the stop. */
  readonly onFocus = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'BUTTON') this.focus(event.currentTarget as HTMLElement, target);
  };

  private focus(bar: HTMLElement, button: HTMLElement): void {
    this.last.set(bar, button);
    for (const b of bar.querySelectorAll<HTMLElement>(BUTTONS)) b.tabIndex = b === button ? 0 : -1;
    button.focus(); // a no-op when it already has focus (the focusin path)
  }
}
