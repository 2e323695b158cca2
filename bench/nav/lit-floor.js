// The Lit floor: the hand-written pages' drawings redone as Lit elements (shadow root, static
// styles, Lit templates, reactive state), with no validation, no model, no feature of tiendo's.
// A page of one of them measures what any Lit widget pays before its own code runs — Lit's ~7 KB
// gzipped, defining an element, a shadow root, template preparation and first render — so that the
// bench can say how much of tiendo's distance to the hand-written page is Lit's and how much is
// tiendo's (scripts/bench-nav.mjs bundles lit-*.js with Lit into bench-results/nav/lit/).
import { LitElement } from 'lit';
import { markDrawn } from './drawn.js';

/** An element that fetches its `src` as JSON, renders it with `draw(feed)` and marks `drawn`. */
export class FloorElement extends LitElement {
  static properties = { feed: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    fetch(this.getAttribute('src'))
      .then((response) => response.json())
      .then(async (feed) => {
        this.feed = feed;
        await this.updateComplete;
        markDrawn();
      });
  }

  render() {
    return this.feed ? this.draw(this.feed) : '';
  }
}
