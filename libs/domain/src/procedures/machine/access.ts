import { ACTION_NAMES, type ActionName } from '../actions';
import { findMove, moveContextOf } from '../rulebook/moves';
import { type Rulebook } from '../rulebook/types';
import { PERFORMER_INFO, type Performer } from '../vocabulary';
import { bookOf } from './book';
import { actionForbidden, actionNotAllowed } from './errors';
import { blockedReason } from './guards';
import { type DraftProcedureState, type ProcedureActor } from './state';

/** Whether the actor may act as `performer` on this draft: by role, and drafters only for their own agency. */
export function canActAs(actor: ProcedureActor, performer: Performer, state: DraftProcedureState): boolean {
  const info = PERFORMER_INFO[performer];
  if (!actor.roles.some((role) => info.recordedBy.includes(role))) return false;
  return !info.ownAgencyOnly || (actor.agencyId !== null && actor.agencyId === state.draftingAgencyId);
}

function performerFor(state: DraftProcedureState, book: Rulebook, action: ActionName, actor: ProcedureActor): Performer | null {
  const move = findMove(moveContextOf(book), state.state, action);
  if (move === null || blockedReason(state, book, action) !== null) return null;
  return move.by.find((performer) => canActAs(actor, performer, state)) ?? null;
}

function allowedWith(state: DraftProcedureState, book: Rulebook, actor: ProcedureActor): ActionName[] {
  return ACTION_NAMES.filter((action) => performerFor(state, book, action, actor) !== null);
}

/** What this actor may do now, in the order of `ACTION_NAMES`. */
export function allowedActions(state: DraftProcedureState, actor: ProcedureActor): ActionName[] {
  return allowedWith(state, bookOf(state), actor);
}

/**
 * The performer the actor acts as, or an error: `ACTION_NOT_ALLOWED` (409) when the procedure does
 * not allow the action now, `ACTION_FORBIDDEN` (403) when it does but not for this actor.
 */
export function authorize(state: DraftProcedureState, book: Rulebook, action: ActionName, actor: ProcedureActor): Performer {
  const move = findMove(moveContextOf(book), state.state, action);
  const reason = move === null ? null : blockedReason(state, book, action);
  if (move === null || reason !== null) throw actionNotAllowed(state.state, action, allowedWith(state, book, actor), reason);
  const performer = move.by.find((candidate) => canActAs(actor, candidate, state));
  if (performer === undefined) throw actionForbidden(action, allowedWith(state, book, actor), move.by);
  return performer;
}
