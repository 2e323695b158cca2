/**
 * `tiendo/react`: the elements as React components, for React 18 (which sets every prop as an
 * attribute, so `feed={data}` arrived as "[object Object]") and 19 alike. Made by @lit/react's
 * `createComponent`: props that are element properties are set as properties (`feed`, `src`,
 * `agency`, …), the `onTiendo*` props listen to the `tiendo-*` events, typed with their detail.
 * Importing this module registers every tag. `react` and `@lit/react` are optional peer
 * dependencies: only an app that imports this entry needs them.
 *
 * One wrapper per widget of the registry (src/widgets.ts), written by `npm run build:registry`
 * between the markers: a widget added to the registry gets its wrapper on the next run.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { TiendoErrorEvent, TiendoLoadEvent, TiendoSelectEvent } from './core/events.js';
import * as elements from './index.js';

/** Every element announces its feed. */
const feedEvents = {
  onTiendoLoad: 'tiendo-load' as EventName<TiendoLoadEvent>,
  onTiendoError: 'tiendo-error' as EventName<TiendoErrorEvent>,
};
/** The widgets a reader selects in (an agency, a task: `selects` in the registry) also say what was chosen. */
const selectEvents = { ...feedEvents, onTiendoSelect: 'tiendo-select' as EventName<TiendoSelectEvent> };

// widgets:start (npm run build:registry writes these lines from src/widgets.ts)
export const TiendoTimeline = createComponent({ react: React, tagName: 'tiendo-timeline', elementClass: elements.TiendoTimeline, events: selectEvents, displayName: 'TiendoTimeline' });
export const TiendoMatrix = createComponent({ react: React, tagName: 'tiendo-matrix', elementClass: elements.TiendoMatrix, events: selectEvents, displayName: 'TiendoMatrix' });
export const TiendoGauge = createComponent({ react: React, tagName: 'tiendo-gauge', elementClass: elements.TiendoGauge, events: feedEvents, displayName: 'TiendoGauge' });
export const TiendoSummary = createComponent({ react: React, tagName: 'tiendo-summary', elementClass: elements.TiendoSummary, events: feedEvents, displayName: 'TiendoSummary' });
// widgets:end
export const TiendoFeed = createComponent({ react: React, tagName: 'tiendo-feed', elementClass: elements.TiendoFeed, events: feedEvents, displayName: 'TiendoFeed' });

export type { TiendoErrorEvent, TiendoLoadEvent, TiendoSelectEvent };
