/** The explicit states of a widget's data, rendered on purpose one by one. */
import type { FeedError } from '../feed/issues.js';
import type { ProgrammeModel } from '../feed/model.js';

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
