// The package's entries, as a TypeScript user imports them (compiled only, strict): the
// declarations are bundled per entry (scripts/build-types.mjs), and an element class reached
// through two entries must stay one type, or these assignments fail.
import { TiendoTimeline as Main, TiendoMatrix as MainMatrix, type TiendoSelectEvent } from 'tiendo';
import { TiendoTimeline } from 'tiendo/timeline.js';
import { TiendoTimeline as Defined } from 'tiendo/timeline/define.js';
import { TiendoMatrix } from 'tiendo/matrix.js';
import { TiendoWidget } from 'tiendo/core.js';
import { TiendoFeed } from 'tiendo/feed-element.js';
import { parseFeed, type Feed, type ParseResult } from 'tiendo/feed.js';
import type { CustomElementsSolidJs } from 'tiendo/jsx';

const fromTag = document.createElement('tiendo-timeline'); // the HTMLElementTagNameMap entry of timeline/define.js
const a: TiendoTimeline = fromTag;
const b: Main = a;
const c: Defined = b;
const d: typeof Main = TiendoTimeline;
const e: MainMatrix = new TiendoMatrix();
const widget: TiendoWidget = c;
const feedElement: TiendoFeed = document.createElement('tiendo-feed');
fromTag.addEventListener('tiendo-select', (event: TiendoSelectEvent) => event.detail.agency?.toUpperCase());
const parsed: ParseResult = parseFeed({});
const feed: Feed | null = parsed.feed;
// @ts-expect-error: a matrix is not a timeline
const wrong: TiendoTimeline = e;

// Solid's tags (tiendo/jsx): the attributes, `prop:` and `on:` forms, typed.
type SolidGauge = CustomElementsSolidJs['tiendo-gauge'];
const solid: SolidGauge = { target: 'cnsh-grdp', 'prop:variant': 'bar', 'on:tiendo-load': (event) => event.detail.issues.length };
// @ts-expect-error: "pie" is not a variant, in Solid's prop: form either
const solidWrong: SolidGauge = { 'prop:variant': 'pie' };
// @ts-expect-error: the gauge fires no tiendo-select
const solidNoSelect: SolidGauge = { 'on:tiendo-select': () => undefined };

export { a, d, widget, feedElement, feed, wrong, solid, solidWrong, solidNoSelect };
