/**
 * A page may carry a widget's server rendering — `tiendo render --format fragment`: the element
 * with its picture and table in a declarative shadow root — so that readers see the programme at
 * the first paint, before any script has arrived, and with no script at all. When the script then
 * defines the element, Lit renders into that same shadow root, and without this the live widget
 * would appear under the server's copy: the programme twice.
 *
 * The server's picture stands in until the live widget has data to draw, and goes in the update
 * that draws it: one picture throughout, never a "loading" line between the two. If the feed
 * cannot be loaded, it stays: it is the last good data the page had (its caption says as of when),
 * and the widget still fires `tiendo-error`.
 */
export class Prerendered {
  private nodes?: ChildNode[];

  /** Takes note of what a server rendered into `root`: call before the first render into it. */
  adopt(root: ShadowRoot | null): void {
    if (root?.firstChild) this.nodes = [...root.childNodes];
  }

  /** Whether the server's picture still stands in for the live one. */
  get shown(): boolean {
    return this.nodes !== undefined;
  }

  /** Takes the server's picture away: the live widget is about to draw. */
  remove(): void {
    for (const node of this.nodes ?? []) node.remove();
    this.nodes = undefined;
  }
}
