import { type ActionName } from '../actions';
import { STATE_LABELS, type DraftState, type ProcedureDocType } from '../vocabulary';
import { ACTION_MOVES, type ActionMove } from './action-catalog';
import { type DeadlineRule, type Rulebook, type RulebookStep } from './types';

/** The parts of a rulebook that decide which moves exist. */
export interface MoveContext {
  docType: ProcedureDocType;
  appraisal: boolean;
  mandatoryConsultation: boolean;
  deadlines: readonly DeadlineRule[];
}

export function moveContextOf(book: Rulebook): MoveContext {
  return {
    docType: book.docType,
    appraisal: book.appraisal !== null,
    mandatoryConsultation: book.mandatoryConsultation !== null,
    deadlines: book.deadlines,
  };
}

function present(move: ActionMove, ctx: MoveContext): boolean {
  if (move.docTypes !== undefined && !move.docTypes.includes(ctx.docType)) return false;
  switch (move.requires) {
    case undefined:
      return true;
    case 'appraisal':
      return ctx.appraisal;
    case 'mandatoryConsultation':
      return ctx.mandatoryConsultation;
    case 'plannedDates':
      return ctx.deadlines.some((rule) => rule.anchor.kind === 'before');
  }
}

/** The move that lets `action` be taken from `state`, or null when the procedure has none. */
export function findMove(ctx: MoveContext, state: DraftState, action: ActionName): ActionMove | null {
  return ACTION_MOVES.find((move) => move.action === action && move.from.includes(state) && present(move, ctx)) ?? null;
}

const STATES_BY_TYPE: Readonly<Record<ProcedureDocType, readonly DraftState[]>> = {
  COMMITTEE_DECISION: ['ON_COMMITTEE_AGENDA', 'WRITTEN_CONSULTATION'],
  COUNCIL_RESOLUTION: ['UNDER_VETTING', 'VETTED', 'ON_SESSION_AGENDA', 'DEFERRED'],
  CHAIR_DECISION: [],
};

/** The states a draft of this kind passes through, in order, each with its moves (REFERENCE §4.1–§4.4). */
export function stepsOf(ctx: MoveContext): RulebookStep[] {
  const states: DraftState[] = [
    'PROPOSED',
    'DRAFTING',
    'CONSULTATION',
    'FEEDBACK_INCORPORATED',
    ...(ctx.appraisal ? (['APPRAISAL_REQUESTED', 'UNDER_APPRAISAL', 'APPRAISED', 'READY_TO_SUBMIT'] as const) : []),
    'SUBMITTED',
    ...STATES_BY_TYPE[ctx.docType],
    'ADOPTED',
    'ISSUED',
    'PUBLISHED',
    'IN_FORCE',
    'REJECTED',
    'WITHDRAWN',
  ];
  return states.map((state) => ({
    state,
    label: STATE_LABELS[state],
    moves: ACTION_MOVES.filter((move) => move.from.includes(state) && present(move, ctx)).map((move) => ({
      action: move.action,
      by: [...move.by],
    })),
  }));
}
