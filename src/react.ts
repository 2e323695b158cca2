/**
 * `tiendo/react`: the elements as React components, for React 18 (which sets every prop as an
 * attribute, so `feed={data}` arrived as "[object Object]") and 19 alike. Made by @lit/react's
 * `createComponent`: props that are element properties are set as properties (`feed`, `src`,
 * `agency`, …), the `onTiendo*` props listen to the `tiendo-*` events, typed with their detail.
 * Importing this module registers the four tags. `react` and `@lit/react` are optional peer
 * dependencies: only an app that imports this entry needs them.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { TiendoErrorEvent, TiendoLoadEvent, TiendoSelectEvent } from './core/events.js';
import { TiendoFeed as TiendoFeedElement } from './core/feed-define.js';
import { TiendoGauge as TiendoGaugeElement } from './gauge/define.js';
import { TiendoMatrix as TiendoMatrixElement } from './matrix/define.js';
import { TiendoTimeline as TiendoTimelineElement } from './timeline/define.js';

/** Every element announces its feed. */
const feedEvents = {
  onTiendoLoad: 'tiendo-load' as EventName<TiendoLoadEvent>,
  onTiendoError: 'tiendo-error' as EventName<TiendoErrorEvent>,
};
/** The widgets a reader selects in (an agency, a task) also say what was chosen. */
const selectEvents = { ...feedEvents, onTiendoSelect: 'tiendo-select' as EventName<TiendoSelectEvent> };

export const TiendoTimeline = createComponent({ react: React, tagName: 'tiendo-timeline', elementClass: TiendoTimelineElement, events: selectEvents, displayName: 'TiendoTimeline' });
export const TiendoMatrix = createComponent({ react: React, tagName: 'tiendo-matrix', elementClass: TiendoMatrixElement, events: selectEvents, displayName: 'TiendoMatrix' });
export const TiendoGauge = createComponent({ react: React, tagName: 'tiendo-gauge', elementClass: TiendoGaugeElement, events: feedEvents, displayName: 'TiendoGauge' });
export const TiendoFeed = createComponent({ react: React, tagName: 'tiendo-feed', elementClass: TiendoFeedElement, events: feedEvents, displayName: 'TiendoFeed' });

export type { TiendoErrorEvent, TiendoLoadEvent, TiendoSelectEvent };
