import { type ActionHandler } from '../handler';
import { LIMITS } from '../limits';
import { PayloadReader } from '../payload-reader';
import { notify } from '../transition';

/** Đề nghị xây dựng accepted: the drafting agency may start drafting (REFERENCE §4.1, §4.5). */
export const approveProposal: ActionHandler = ({ state, at, payload }) => {
  const reader = new PayloadReader(payload);
  const actRef = reader.text('actRef', LIMITS.refMax);
  reader.optionalText('note', LIMITS.noteMax);
  reader.throwIfInvalid();
  const next = { ...state, state: 'DRAFTING' as const, proposal: { ...state.proposal, decidedOn: at.date, actRef } };
  const simplified = state.simplifiedGround === null ? '' : `; simplified procedure approved on ground (${state.simplifiedGround})`;
  return { next, effects: [notify(next, ['draftingAgency'], 'approveProposal', { actRef })], summary: `Proposal approved by ${actRef}${simplified}`, ref: actRef };
};

export const rejectProposal: ActionHandler = ({ state, at, payload }) => {
  const reader = new PayloadReader(payload);
  const reason = reader.text('reason', LIMITS.reasonMax);
  const actRef = reader.optionalText('actRef', LIMITS.refMax);
  reader.throwIfInvalid();
  const next = {
    ...state,
    state: 'REJECTED' as const,
    outcome: 'rejected' as const,
    proposal: { ...state.proposal, decidedOn: at.date, actRef, reason },
  };
  return {
    next,
    effects: [notify(next, ['draftingAgency'], 'rejectProposal', { reason, actRef }), { kind: 'finish', outcome: 'rejected' }],
    summary: `Proposal rejected: ${reason}`,
    ref: actRef,
  };
};

/**
 * The office records the committee meeting and/or council session the draft is planned for; the
 * periods counted back from them ("N days before the meeting") start running.
 */
export const planSchedule: ActionHandler = ({ state, payload }) => {
  const reader = new PayloadReader(payload);
  const meeting = reader.has('committeeMeetingDate') ? reader.date('committeeMeetingDate') : undefined;
  const session = reader.has('councilSessionDate') ? reader.date('councilSessionDate') : undefined;
  if (meeting === undefined && session === undefined) reader.fail('committeeMeetingDate', 'give a committee meeting date or a council session date');
  if (session !== undefined && state.docType !== 'COUNCIL_RESOLUTION') reader.fail('councilSessionDate', 'only a council resolution goes to a council session');
  reader.throwIfInvalid();
  const plannedDates = {
    committeeMeeting: meeting ?? state.plannedDates.committeeMeeting,
    councilSession: session ?? state.plannedDates.councilSession,
  };
  const parts = [meeting === undefined ? null : `committee meeting ${meeting}`, session === undefined ? null : `council session ${session}`];
  return { next: { ...state, plannedDates }, effects: [], summary: `Planned: ${parts.filter((part) => part !== null).join(', ')}` };
};

/** The drafting agency or the office withdraws the draft before signing; the procedure ends. */
export const withdraw: ActionHandler = ({ state, at, payload }) => {
  const reader = new PayloadReader(payload);
  const reason = reader.text('reason', LIMITS.reasonMax);
  reader.throwIfInvalid();
  const next = { ...state, state: 'WITHDRAWN' as const, outcome: 'withdrawn' as const, withdrawal: { reason, on: at.date } };
  return {
    next,
    effects: [notify(next, ['draftingAgency', 'doj', 'office'], 'withdraw', { reason }), { kind: 'finish', outcome: 'withdrawn' }],
    summary: `Withdrawn: ${reason}`,
  };
};
