import { type Rulebook } from '../rulebook/types';
import { type Performer } from '../vocabulary';
import { type DraftProcedureState, type Moment, type ProcedureActor } from './state';
import { type Applied } from './transition';

/** Everything an action handler gets: the draft, its rules, who acts as whom, when, and the raw payload. */
export interface HandlerContext {
  state: DraftProcedureState;
  book: Rulebook;
  actor: ProcedureActor;
  performer: Performer;
  at: Moment;
  payload: unknown;
}

/** Validates the payload (throwing a 422 `DomainError`) and computes the next state and effects. */
export type ActionHandler = (ctx: HandlerContext) => Applied;
