/**
 * A page may carry a widget's server rendering — `tiendo render --format fragment`: the element
 * with its picture and table in a declarative shadow root — so that readers see the programme at
 * the first paint, before any script has arrived, and with no script at all. When the script then
 * defines the element, Lit renders into that same shadow root, and without this the live widget
 * would appear under the server's copy: the programme twice.
 *
 * The server's picture stands in until the live widget has data to draw (and not before it has
 * been painted), and goes in the update that draws the live one: one picture throughout, never a
 * "loading" line between the two. If the feed
 * cannot be loaded, it stays: it is the last good data the page had (its caption says as of when),
 * and the widget still fires `tiendo-error`.
 */
import type { ReactiveControllerHost } from 'lit';

export class Prerendered {
  private nodes?: ChildNode[];
  private painted = false;

  /**
   * Takes note of what a server rendered into `root` (call before the first render into it). The
   * live widget takes over no earlier than the frame after the server's picture was painted: a
   * script that arrives with the page (cached, or a fast network) would otherwise draw the live
   * widget before the first paint, and readers would wait for it instead of seeing the picture.
   */
  adopt(root: ShadowRoot | null, host: ReactiveControllerHost): void {
    if (!root?.firstChild) return;
    this.nodes = [...root.childNodes];
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.painted = true;
        host.requestUpdate();
      }),
    );
  }

  /** Whether the server's picture still stands in for the live one. */
  get shown(): boolean {
    return this.nodes !== undefined;
  }

  /** Whether readers have seen it (a frame with it was painted): the live widget may take over. */
  get seen(): boolean {
    return this.painted;
  }

  /** Takes the server's picture away: the live widget is about to draw. */
  remove(): void {
    for (const node of this.nodes ?? []) node.remove();
    this.nodes = undefined;
  }
}
