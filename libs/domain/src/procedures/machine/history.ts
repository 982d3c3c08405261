import { LIMITS } from './limits';
import { type DraftProcedureState, type HistoryEntry, type ProcedureActor } from './state';

/** Appends one entry; beyond `LIMITS.historyKept` the oldest entries go (`total` keeps counting). */
export function withHistory(state: DraftProcedureState, entry: Omit<HistoryEntry, 'seq'>): DraftProcedureState {
  const seq = state.history.total + 1;
  const entries = [...state.history.entries, { seq, ...entry }];
  return {
    ...state,
    history: { total: seq, entries: entries.length > LIMITS.historyKept ? entries.slice(entries.length - LIMITS.historyKept) : entries },
  };
}

export function historyActor(actor: ProcedureActor): NonNullable<HistoryEntry['actor']> {
  return { userId: actor.userId ?? null, roles: [...actor.roles], agencyId: actor.agencyId };
}
