/** The explicit states of a widget's data, rendered on purpose one by one. */
import type { FeedError } from '../feed/issues.js';
import type { ProgrammeModel } from '../feed/model.js';
import { emit } from './events.js';

export type FeedPhase = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedState {
  phase: FeedPhase;
  /** The last good model: kept when a refresh fails, so nothing already shown is lost. */
  model?: ProgrammeModel;
  error?: FeedError;
  /** A refresh failed after a success: the model is the last good one. */
  stale: boolean;
  /** When the model was loaded (ms since epoch). */
  loadedAt?: number;
}

export const IDLE: FeedState = { phase: 'idle', stale: false };

/**
 * Tells the page what became of a feed: `tiendo-load` once it is ready, `tiendo-error` when it
 * failed or a refresh failed (then `stale`). The same events from a widget and <tiendo-feed>.
 */
export function announceState(target: EventTarget, state: FeedState): void {
  if (state.phase === 'ready' && !state.stale) {
    emit(target, 'tiendo-load', { issues: state.model?.issues ?? [] });
  }
  if (state.error && (state.phase === 'error' || state.stale)) {
    emit(target, 'tiendo-error', { error: state.error, stale: state.stale });
  }
}
