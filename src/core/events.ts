/**
 * The three events a tiendo element fires, typed once. Each bubbles and crosses shadow roots, so a
 * page listens on any ancestor (or on `document`). The types are exported for frameworks:
 * `@lit/react`'s `createComponent({ events: { onTiendoSelect: 'tiendo-select' as EventName<TiendoSelectEvent> } })`.
 */
import type { FeedError, FeedIssue } from '../feed/issues.js';

/** What a reader chose: an agency (by id), a task (by id), or both; shared by `<tiendo-feed>`. */
export interface Selection {
  agency?: string;
  task?: string;
}

/** The reader chose an agency (`detail.agency`, `undefined` when cleared) or a task (`detail.task`). */
export type TiendoSelectEvent = CustomEvent<Selection>;
/** The feed loaded: `detail.issues` lists the items skipped and the warnings. */
export type TiendoLoadEvent = CustomEvent<{ issues: FeedIssue[] }>;
/** The feed could not be loaded, or a refresh failed (`detail.stale`: older data is still shown). */
export type TiendoErrorEvent = CustomEvent<{ error: FeedError; stale: boolean }>;

/** The details alone, for frameworks that type a handler by its detail (Vue's and Svelte's `CustomEvent<T>`). */
export type TiendoSelectDetail = TiendoSelectEvent['detail'];
export type TiendoLoadDetail = TiendoLoadEvent['detail'];
export type TiendoErrorDetail = TiendoErrorEvent['detail'];

/** Every tiendo event by name. */
export interface TiendoEventMap {
  'tiendo-select': TiendoSelectEvent;
  'tiendo-load': TiendoLoadEvent;
  'tiendo-error': TiendoErrorEvent;
}

export type TiendoEventName = keyof TiendoEventMap;
export type TiendoEventDetail<N extends TiendoEventName> = TiendoEventMap[N]['detail'];

/** Fires a tiendo event from `target`: bubbling, composed, with its typed detail. */
export function emit<N extends TiendoEventName>(target: EventTarget, name: N, detail: TiendoEventDetail<N>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

declare global {
  interface GlobalEventHandlersEventMap extends TiendoEventMap {}
}
