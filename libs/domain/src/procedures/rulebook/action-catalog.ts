import { type ActionName } from '../actions';
import { type DraftState, type Performer, type ProcedureDocType } from '../vocabulary';

/**
 * One way an action may be taken: from which states, for which document types, by whom
 * (REFERENCE §1 actors, §4.1–§4.5 transitions). Conditions that depend on the draft's data (a
 * version exists, the posting period has passed …) are checked by the state machine's guards.
 */
export interface ActionMove {
  action: ActionName;
  from: readonly DraftState[];
  /** Absent: every document type. */
  docTypes?: readonly ProcedureDocType[];
  by: readonly Performer[];
  /** The move exists only when the rulebook has this part. */
  requires?: 'appraisal' | 'mandatoryConsultation' | 'plannedDates';
}

const COUNCIL = ['COUNCIL_RESOLUTION'] as const;
const COMMITTEE = ['COMMITTEE_DECISION'] as const;
const CHAIR = ['CHAIR_DECISION'] as const;
const DECISIONS = ['COMMITTEE_DECISION', 'CHAIR_DECISION'] as const;

/** Before the draft leaves the drafting agency for good (the consultees may still answer). */
const BEFORE_SUBMISSION: readonly DraftState[] = [
  'DRAFTING',
  'CONSULTATION',
  'FEEDBACK_INCORPORATED',
  'APPRAISAL_REQUESTED',
  'UNDER_APPRAISAL',
  'APPRAISED',
  'READY_TO_SUBMIT',
];

/** Every open state before signing: a draft may be withdrawn from any of them. */
const BEFORE_SIGNING: readonly DraftState[] = [
  'PROPOSED',
  ...BEFORE_SUBMISSION,
  'SUBMITTED',
  'ON_COMMITTEE_AGENDA',
  'WRITTEN_CONSULTATION',
  'UNDER_VETTING',
  'VETTED',
  'ON_SESSION_AGENDA',
  'DEFERRED',
  'ADOPTED',
];

export const ACTION_MOVES: readonly ActionMove[] = [
  { action: 'approveProposal', from: ['PROPOSED'], docTypes: COUNCIL, by: ['councilStandingCommittee'] },
  { action: 'approveProposal', from: ['PROPOSED'], docTypes: DECISIONS, by: ['committeeChair'] },
  { action: 'rejectProposal', from: ['PROPOSED'], docTypes: COUNCIL, by: ['councilStandingCommittee'] },
  { action: 'rejectProposal', from: ['PROPOSED'], docTypes: DECISIONS, by: ['committeeChair'] },
  {
    action: 'planSchedule',
    from: BEFORE_SIGNING.filter((state) => !['ON_COMMITTEE_AGENDA', 'WRITTEN_CONSULTATION', 'ON_SESSION_AGENDA', 'ADOPTED'].includes(state)),
    by: ['office'],
    requires: 'plannedDates',
  },
  {
    action: 'addVersion',
    from: ['DRAFTING', 'CONSULTATION', 'FEEDBACK_INCORPORATED', 'APPRAISED', 'READY_TO_SUBMIT'],
    by: ['draftingAgency'],
  },
  { action: 'openConsultation', from: ['DRAFTING'], by: ['draftingAgency'] },
  { action: 'addComment', from: ['CONSULTATION'], by: ['commenter'] },
  { action: 'closeConsultation', from: ['CONSULTATION'], by: ['draftingAgency'] },
  {
    action: 'requestConsulteeOpinions',
    from: ['DRAFTING', 'CONSULTATION', 'FEEDBACK_INCORPORATED'],
    by: ['draftingAgency'],
    requires: 'mandatoryConsultation',
  },
  { action: 'recordConsulteeReply', from: BEFORE_SUBMISSION, by: ['draftingAgency', 'doj'], requires: 'mandatoryConsultation' },
  { action: 'requestAppraisal', from: ['DRAFTING', 'FEEDBACK_INCORPORATED'], by: ['draftingAgency'], requires: 'appraisal' },
  { action: 'acceptForAppraisal', from: ['APPRAISAL_REQUESTED'], by: ['doj'], requires: 'appraisal' },
  { action: 'returnIncomplete', from: ['APPRAISAL_REQUESTED'], by: ['doj'], requires: 'appraisal' },
  { action: 'returnIncomplete', from: ['SUBMITTED'], by: ['office'] },
  { action: 'submitAppraisalReport', from: ['UNDER_APPRAISAL'], by: ['doj'], requires: 'appraisal' },
  { action: 'respondToAppraisal', from: ['APPRAISED'], by: ['draftingAgency'], requires: 'appraisal' },
  { action: 'submit', from: ['READY_TO_SUBMIT', 'DRAFTING', 'FEEDBACK_INCORPORATED'], by: ['draftingAgency'] },
  { action: 'scheduleDecision', from: ['SUBMITTED'], docTypes: COMMITTEE, by: ['committeeChair'] },
  { action: 'submitToCouncil', from: ['SUBMITTED'], docTypes: COUNCIL, by: ['committee'] },
  { action: 'recordVetting', from: ['UNDER_VETTING'], docTypes: COUNCIL, by: ['councilCommittee'] },
  { action: 'scheduleSession', from: ['VETTED', 'DEFERRED'], docTypes: COUNCIL, by: ['councilStandingCommittee'] },
  { action: 'recordVote', from: ['ON_COMMITTEE_AGENDA', 'WRITTEN_CONSULTATION'], docTypes: COMMITTEE, by: ['committee'] },
  { action: 'recordVote', from: ['ON_SESSION_AGENDA'], docTypes: COUNCIL, by: ['council'] },
  { action: 'recordChairDecision', from: ['SUBMITTED'], docTypes: CHAIR, by: ['committeeChair'] },
  { action: 'sign', from: ['ADOPTED'], docTypes: COUNCIL, by: ['councilChair'] },
  { action: 'sign', from: ['ADOPTED'], docTypes: DECISIONS, by: ['committeeChair'] },
  { action: 'withdraw', from: BEFORE_SIGNING, by: ['draftingAgency', 'office'] },
];
