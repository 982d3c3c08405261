import { type ActionName } from '../actions';
import { type Rulebook } from '../rulebook/types';
import { CONSULTEE_LABELS } from '../vocabulary';
import { type DraftProcedureState } from './state';
import { latestVersion } from './versions';

/** The mandatory consultees have all replied, or their reply period has passed (REFERENCE §4.4). */
function consulteesDone(state: DraftProcedureState): boolean {
  const consultation = state.mandatoryConsultation;
  return consultation !== null && (consultation.deadlinePassed || consultation.replies.every((reply) => reply.replyRef !== null));
}

/** The latest appraisal concluded the draft eligible and the drafting agency has answered it. */
export function appraisalAnswered(state: DraftProcedureState): boolean {
  return state.appraisal.current?.status === 'responded';
}

/** What still stands between the draft and appraisal (or, without appraisal, submission). */
function preparationGap(state: DraftProcedureState, book: Rulebook): string | null {
  if (latestVersion(state) === null) return 'add a version of the draft first';
  if (book.consultation.required && !state.consultation.held) {
    return 'the draft must first be posted for comments and the feedback compiled (openConsultation, closeConsultation)';
  }
  if (book.mandatoryConsultation !== null && !consulteesDone(state)) {
    const waiting = state.mandatoryConsultation?.replies.filter((reply) => reply.replyRef === null).map((reply) => CONSULTEE_LABELS[reply.consultee]);
    return state.mandatoryConsultation === null
      ? 'the mandatory consultees have not been asked for their opinion (requestConsulteeOpinions)'
      : `waiting for the opinion of ${waiting!.join(', ')} until their reply period ends`;
  }
  return null;
}

/**
 * Why an action the procedure has in this state cannot be taken yet, or null. These conditions
 * depend on the draft's data, not on who acts; `allowedActions` hides a blocked action and
 * `applyAction` refuses it with the reason.
 */
export function blockedReason(state: DraftProcedureState, book: Rulebook, action: ActionName): string | null {
  switch (action) {
    case 'openConsultation':
      return latestVersion(state) === null ? 'add a version of the draft first' : null;
    case 'closeConsultation': {
      const round = state.consultation.current;
      if (round === null || round.periodElapsed) return null;
      const end = round.periodEndsOn === null ? '' : ` (it ends on ${round.periodEndsOn})`;
      return `the minimum posting period of ${round.periodDays} days has not passed${end}`;
    }
    case 'requestConsulteeOpinions':
      if (state.mandatoryConsultation !== null) return 'the mandatory consultees have already been asked';
      return latestVersion(state) === null ? 'add a version of the draft first' : null;
    case 'recordConsulteeReply':
      if (state.mandatoryConsultation === null) return 'the mandatory consultees have not been asked yet';
      return state.mandatoryConsultation.replies.every((reply) => reply.replyRef !== null) ? 'every mandatory consultee has replied' : null;
    case 'requestAppraisal': {
      const gap = preparationGap(state, book);
      if (gap !== null) return gap;
      const rejected = state.appraisal.notEligibleVersionNo;
      return rejected !== null && (latestVersion(state)?.versionNo ?? 0) <= rejected
        ? `version ${rejected} was found not eligible; add a new version before asking for a new appraisal`
        : null;
    }
    case 'submit':
      if (state.state === 'READY_TO_SUBMIT') return null;
      if (book.appraisal !== null) return appraisalAnswered(state) ? null : 'the draft needs an appraisal report, answered, before it is submitted';
      return preparationGap(state, book);
    default:
      return null;
  }
}
