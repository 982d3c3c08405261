import { type Role } from '../identity';
import { type DeadlinePeriod, type Moment } from '../procedures';
import { type CaseActor, type CaseEffect, type CaseJson, type ControlCaseState } from './case-state';
import { type CaseAudience } from './vocabulary';

type Data = { [key: string]: CaseJson };

/** What an action handler returns: the new status and data, and what else must happen. */
export interface CaseStep<D extends Data> {
  status: string;
  data: D;
  summary: string;
  ref?: string | null;
  effects?: CaseEffect[];
  /** Ends the case with this outcome. */
  outcome?: string;
}

export interface CaseActionContext<D extends Data> {
  state: ControlCaseState<D>;
  payload: unknown;
  actor: CaseActor;
  at: Moment;
}

export interface CaseActionDefinition<D extends Data> {
  name: string;
  from: readonly string[];
  roles: readonly Role[];
  /** Validates the payload (throw a 422 DomainError listing fields) and computes the step. */
  apply(context: CaseActionContext<D>): CaseStep<D>;
}

/** The running time limit of a status, or null when none runs. */
export interface CaseDeadlineRule {
  label: string;
  rule: DeadlinePeriod;
  escalateTo: CaseAudience[];
}

/**
 * One kind of control case as data plus small pure functions: where it starts, what may be done
 * from which status and by whom, which time limit runs in each status and who hears of it.
 */
export interface CaseKindDefinition<D extends Data = Data> {
  initialStatus: string;
  /** Validates the opening input and builds the kind's data. */
  open(input: unknown, at: Moment): { data: D; summary: string };
  actions: readonly CaseActionDefinition<D>[];
  deadlineOf(state: ControlCaseState<D>): CaseDeadlineRule | null;
  /** Who is told of every step (besides escalations). */
  followers: CaseAudience[];
}
