import { type ActionName } from '../actions';
import { type Rulebook } from '../rulebook/types';
import { type Audience, type Performer } from '../vocabulary';
import { syncDeadlines } from './deadlines';
import { type NotificationData, type NotificationTemplate, type ProcedureEffect, type ProcedureTransition } from './effects';
import { withHistory } from './history';
import { type DraftProcedureState, type HistoryEntry, type Moment, type SystemEvent } from './state';

/** What one action or event did, before history and deadlines are brought up to date. */
export interface Applied {
  next: DraftProcedureState;
  effects: ProcedureEffect[];
  summary: string;
  ref?: string | null;
  /** False for acts that are not steps of the procedure (a comment); they leave their own record. */
  recordHistory?: boolean;
}

export interface TransitionMeta {
  event: ActionName | SystemEvent;
  actor: HistoryEntry['actor'];
  performer: Performer | null;
  at: Moment;
  book: Rulebook;
}

/** Records the history entry and syncs the deadlines; deadline effects come first, `finish` last. */
export function completeTransition(previous: DraftProcedureState, applied: Applied, meta: TransitionMeta): ProcedureTransition {
  const recorded =
    applied.recordHistory === false
      ? applied.next
      : withHistory(applied.next, {
          at: meta.at.instant,
          date: meta.at.date,
          actor: meta.actor,
          performer: meta.performer,
          event: meta.event,
          from: previous.state,
          to: applied.next.state,
          summary: applied.summary,
          ref: applied.ref ?? null,
        });
  const synced = syncDeadlines(recorded, meta.book, meta.at.date);
  const effects = [...synced.effects, ...applied.effects];
  return {
    state: synced.state,
    effects: [...effects.filter((effect) => effect.kind !== 'finish'), ...effects.filter((effect) => effect.kind === 'finish')],
  };
}

/** A notification with the fields every template gets: document id, title, type and state. */
export function notify(state: DraftProcedureState, audience: Audience[], template: NotificationTemplate, data: NotificationData = {}): ProcedureEffect {
  return {
    kind: 'notify',
    audience,
    template,
    data: { documentId: state.documentId, title: state.title, docType: state.docType, state: state.state, ...data },
  };
}
