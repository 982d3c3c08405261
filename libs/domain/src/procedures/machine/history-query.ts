import { type DraftProcedureState, type HistoryEntry } from './state';

/**
 * The answer to the workflow's "history" query: every transition, oldest first. Beyond
 * `LIMITS.historyKept` entries the oldest are dropped; `dropped` says how many.
 */
export function historyOf(state: DraftProcedureState): { entries: HistoryEntry[]; total: number; dropped: number } {
  return { entries: state.history.entries, total: state.history.total, dropped: state.history.total - state.history.entries.length };
}
