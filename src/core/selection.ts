/**
 * Which agency (and task) a widget shows as chosen, by one rule for every widget with an `agency`
 * attribute (docs/timeline.md, docs/matrix.md):
 *
 * - at start, the widget's own `agency` attribute wins over an enclosing `<tiendo-feed>`'s
 *   selection (it is the page author's more specific choice);
 * - after that, the last change wins: a reader's choice in this widget, a choice shared by another
 *   widget of the same `<tiendo-feed>`, or a new value of the attribute.
 *
 * A reference that names no agency highlights nothing (derive/lookup.ts).
 */
import type { Selection } from './events.js';

export class SelectionState {
  private chosen: Selection = {};
  private seenShared?: Selection;

  /** The selection shown now. */
  get value(): Selection {
    return this.chosen;
  }

  /**
   * Takes in what changed before a render: the `agency` attribute (`ownChanged` when it did) and
   * the enclosing `<tiendo-feed>`'s selection, if any.
   */
  follow(own: string | undefined, ownChanged: boolean, shared: Selection | undefined): void {
    let first = false;
    if (shared && shared !== this.seenShared) {
      first = !this.seenShared;
      this.seenShared = shared;
      // The first shared value is often just "nothing yet": it must not wipe the attribute.
      if (first) this.chosen = { agency: own || shared.agency || this.chosen.agency, task: shared.task ?? this.chosen.task };
      else this.chosen = { ...shared };
    }
    // A blank attribute that comes with the first shared selection is no choice of its own.
    if (ownChanged && (own || !first)) this.chosen = { ...this.chosen, agency: own || undefined };
  }

  /** A reader's choice here; the widget then tells the page (`tiendo-select`). */
  choose(detail: Selection): void {
    this.chosen = { ...this.chosen, ...detail };
  }
}
