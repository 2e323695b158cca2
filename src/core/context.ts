/** What `<tiendo-feed>` shares with the widgets inside it. */
import { createContext } from '@lit/context';
import type { FeedState } from './feed-state.js';
import type { Selection } from './events.js';

export type { Selection };

export interface SharedFeed {
  state: FeedState;
  selection: Selection;
}

// A registered symbol, so that widgets from another copy of tiendo still find the provider.
export const feedContext = createContext<SharedFeed>(Symbol.for('tiendo.feed'));
