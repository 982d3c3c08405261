import { DECISION_MODES, VETTING_CONCLUSIONS, type DraftState } from '../../vocabulary';
import { fileDossier, readDossierEntries, requireCompleteDossier } from '../dossier';
import { type ActionHandler } from '../handler';
import { LIMITS } from '../limits';
import { PayloadReader } from '../payload-reader';
import { type DraftProcedureState, type VoteRecord } from '../state';
import { notify } from '../transition';

/** The drafting agency submits the complete dossier: to the office for a decision, to the committee for a resolution. */
export const submit: ActionHandler = ({ state, book, at, payload }) => {
  const reader = new PayloadReader(payload);
  const entries = readDossierEntries(reader);
  reader.throwIfInvalid();
  const filed = fileDossier(state, entries);
  requireCompleteDossier(filed, book, 'submission');
  const next = { ...filed, state: 'SUBMITTED' as const, submittedOn: at.date, lastReturn: null };
  const to = state.docType === 'CHAIR_DECISION' ? 'the Chairperson' : 'the provincial committee';
  return { next, effects: [notify(next, ['office'], 'submit')], summary: `Submitted to ${to} through the office` };
};

/** The Chairperson puts a draft decision to a committee meeting or to written consultation (REFERENCE §4.2). */
export const scheduleDecision: ActionHandler = ({ state, payload }) => {
  const reader = new PayloadReader(payload);
  const mode = reader.choice('mode', DECISION_MODES);
  const date = reader.date('date');
  const actRef = reader.optionalText('actRef', LIMITS.refMax);
  reader.throwIfInvalid();
  const next = {
    ...state,
    state: mode === 'meeting' ? ('ON_COMMITTEE_AGENDA' as const) : ('WRITTEN_CONSULTATION' as const),
    plannedDates: mode === 'meeting' ? { ...state.plannedDates, committeeMeeting: date } : state.plannedDates,
    decision: { ...state.decision, mode, scheduledDate: date, actRef },
  };
  return {
    next,
    effects: [notify(next, ['committee', 'draftingAgency', 'doj'], 'scheduleDecision', { mode, date })],
    summary: mode === 'meeting' ? `On the agenda of the committee meeting of ${date}` : `Committee members consulted in writing until ${date}`,
    ref: actRef,
  };
};

/** The committee submits the draft resolution to the council, whose standing committee assigns a committee to vet it. */
export const submitToCouncil: ActionHandler = ({ state, book, at, payload }) => {
  const reader = new PayloadReader(payload);
  const actRef = reader.text('actRef', LIMITS.refMax);
  const committee = reader.text('vettingCommittee', LIMITS.nameMax);
  const complex = reader.flag('complex');
  const rule = book.deadlines.find((candidate) => candidate.step === 'vetting');
  if (complex && rule?.complexDays == null) reader.fail('complex', 'only the simplified procedure extends the vetting period for complex drafts');
  reader.throwIfInvalid();
  const next = {
    ...state,
    state: 'UNDER_VETTING' as const,
    vetting: { rounds: state.vetting.rounds + 1, committee, submittedOn: at.date, actRef, complex, report: null },
  };
  return {
    next,
    effects: [notify(next, ['councilStandingCommittee', 'councilCommittee'], 'submitToCouncil', { committee, actRef })],
    summary: `Submitted to the council by ${actRef}; vetting by ${committee}`,
    ref: actRef,
  };
};

/** The báo cáo thẩm tra: eligible for the session, or back to the committee and drafting agency (REFERENCE §4.3). */
export const recordVetting: ActionHandler = ({ state, at, payload }) => {
  const reader = new PayloadReader(payload);
  const reportRef = reader.text('reportRef', LIMITS.refMax);
  const conclusion = reader.choice('conclusion', VETTING_CONCLUSIONS);
  const note = reader.optionalText('note', LIMITS.noteMax);
  reader.throwIfInvalid();
  const filed = fileDossier(state, [{ item: 'vettingReport', ref: reportRef }]);
  const next = {
    ...filed,
    state: conclusion === 'ELIGIBLE' ? ('VETTED' as const) : ('DRAFTING' as const),
    vetting: { ...state.vetting, report: { reportRef, conclusion, note, on: at.date } },
  };
  return {
    next,
    effects: [notify(next, ['draftingAgency', 'office', 'councilStandingCommittee'], 'recordVetting', { conclusion, reportRef })],
    summary: `Vetting report ${reportRef}: ${conclusion}`,
    ref: reportRef,
  };
};

/** The standing committee puts the draft on the agenda of a (regular or thematic) session. */
export const scheduleSession: ActionHandler = ({ state, book, payload }) => {
  const reader = new PayloadReader(payload);
  const sessionDate = reader.date('sessionDate');
  const sessionName = reader.optionalText('sessionName', LIMITS.nameMax);
  const actRef = reader.optionalText('actRef', LIMITS.refMax);
  reader.throwIfInvalid();
  requireCompleteDossier(state, book, 'session');
  const next = {
    ...state,
    state: 'ON_SESSION_AGENDA' as const,
    plannedDates: { ...state.plannedDates, councilSession: sessionDate },
    decision: { ...state.decision, mode: 'session' as const, scheduledDate: sessionDate, sessionName, actRef },
  };
  return {
    next,
    effects: [notify(next, ['council', 'office', 'draftingAgency'], 'scheduleSession', { sessionDate, sessionName })],
    summary: `On the agenda of the council session of ${sessionDate}${sessionName === null ? '' : ` (${sessionName})`}`,
    ref: actRef,
  };
};

/**
 * A vote passes with more than half of all members in favour (REFERENCE §4.2, §4.3). A failed
 * committee vote sends the draft back to drafting; a failed council vote defers it to a later session.
 */
export const recordVote: ActionHandler = ({ state, at, payload }) => {
  const reader = new PayloadReader(payload);
  const members = reader.integer('members', 1, LIMITS.membersMax);
  const inFavour = reader.integer('inFavour', 0, LIMITS.membersMax);
  const actRef = reader.text('actRef', LIMITS.refMax);
  const votedOn = reader.optionalDate('votedOn') ?? at.date;
  if (reader.errors.length === 0 && inFavour > members) reader.fail('inFavour', `cannot exceed the ${members} members`);
  if (votedOn !== '' && votedOn > at.date) reader.fail('votedOn', 'cannot be in the future');
  const scheduled = state.decision.scheduledDate;
  if (votedOn !== '' && state.decision.mode !== 'writtenConsultation' && scheduled !== null && votedOn < scheduled) {
    reader.fail('votedOn', `cannot be before the ${state.decision.mode === 'session' ? 'session' : 'meeting'} of ${scheduled}`);
  }
  reader.throwIfInvalid();
  const passed = inFavour * 2 > members;
  const vote: VoteRecord = { inFavour, members, passed, votedOn, actRef };
  const votes = [...state.decision.votes, vote].slice(-LIMITS.votesKept);
  const council = state.docType === 'COUNCIL_RESOLUTION';
  const to: DraftState = passed ? 'ADOPTED' : council ? 'DEFERRED' : 'DRAFTING';
  const next: DraftProcedureState = { ...state, state: to, decision: { ...state.decision, votes, adoptedOn: passed ? votedOn : null } };
  const outcome = passed ? 'adopted' : council ? 'not adopted; deferred to a later session' : 'not adopted; back to drafting';
  return {
    next,
    effects: [notify(next, passed ? ['draftingAgency', 'office', 'doj'] : ['draftingAgency', 'office'], 'recordVote', { inFavour, members, passed })],
    summary: `Vote ${inFavour}/${members}: ${outcome}`,
    ref: actRef,
  };
};

/** The Chairperson decides on the submitted draft of their own decision (REFERENCE §4.4). */
export const recordChairDecision: ActionHandler = ({ state, at, payload }) => {
  const reader = new PayloadReader(payload);
  const outcome = reader.choice('outcome', ['approved', 'returned'] as const);
  const note = reader.optionalText('note', LIMITS.noteMax);
  const actRef = reader.optionalText('actRef', LIMITS.refMax);
  reader.throwIfInvalid();
  const approved = outcome === 'approved';
  const next: DraftProcedureState = {
    ...state,
    state: approved ? 'ADOPTED' : 'DRAFTING',
    decision: { ...state.decision, mode: 'chair', actRef, adoptedOn: approved ? at.date : null },
  };
  return {
    next,
    effects: [notify(next, ['draftingAgency', 'office'], 'recordChairDecision', { outcome, note })],
    summary: approved ? 'Approved by the Chairperson for signing' : `Returned by the Chairperson${note === null ? '' : `: ${note}`}`,
    ref: actRef,
  };
};
