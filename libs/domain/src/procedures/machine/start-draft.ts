import { REGIME_VERSIONS, type RegimeVersion } from '../../documents';
import { rulebookFor } from '../rulebook/rulebook-for';
import { resolveProcedureSettings, type ProcedureSettings } from '../settings';
import { PROCEDURE_DOC_TYPES, PROCEDURES, type Procedure, type ProcedureDocType } from '../vocabulary';
import { type ProcedureTransition } from './effects';
import { historyActor } from './history';
import { LIMITS } from './limits';
import { checkMoment } from './moment';
import { PayloadReader } from './payload-reader';
import { type DraftProcedureState, type Moment, type ProcedureActor } from './state';
import { completeTransition, notify } from './transition';

export interface StartDraftInput {
  documentId: string;
  docType: ProcedureDocType;
  procedure: Procedure;
  regime: RegimeVersion;
  draftingAgencyId: string;
  title: string;
  plannedEffectiveDate?: string | null;
  /** The letter of Law 64 Art. 50(1) (Law 80 Art. 146(1) before 04/2025); required for the simplified procedure. */
  simplifiedGround?: string;
  /** The draft sets policies: a council resolution then needs a policy impact assessment (REFERENCE §4.1). */
  policyBearing?: boolean;
  /** The draft amends or replaces a document: the dossier needs a comparison table. */
  amendsOrReplaces?: boolean;
  /** Who registered the proposal, for the history. */
  registeredBy?: ProcedureActor;
}

function readInput(input: unknown) {
  const reader = new PayloadReader(input);
  const documentId = reader.text('documentId', LIMITS.idMax);
  const docType = reader.choice('docType', PROCEDURE_DOC_TYPES);
  const procedure = reader.choice('procedure', PROCEDURES);
  const regime = reader.choice('regime', REGIME_VERSIONS);
  const draftingAgencyId = reader.text('draftingAgencyId', LIMITS.idMax);
  const title = reader.text('title', LIMITS.titleMax);
  const plannedEffectiveDate = reader.optionalDate('plannedEffectiveDate');
  const ground = reader.optionalText('simplifiedGround', 3)?.normalize('NFC').toLowerCase() ?? null;
  const policyBearing = reader.flag('policyBearing');
  const amendsOrReplaces = reader.flag('amendsOrReplaces');
  reader.throwIfInvalid('DRAFT_INPUT_INVALID', 'The draft cannot be started: the input is invalid.');
  return { reader, documentId, docType, procedure, regime, draftingAgencyId, title, plannedEffectiveDate, ground, policyBearing, amendsOrReplaces };
}

/**
 * Registers the proposal (đề nghị xây dựng) of a draft: state `PROPOSED`, awaiting approval by the
 * council standing committee (resolution) or the Chairperson (decisions) — for the simplified
 * procedure, the approval to use it on the stated ground (REFERENCE §4.1, §4.5).
 */
export function startDraft(input: StartDraftInput, at: Moment, settings: Partial<ProcedureSettings> = {}): ProcedureTransition {
  const moment = checkMoment(at);
  const { reader, ground, ...fields } = readInput(input);
  const resolved = resolveProcedureSettings(settings);
  const book = rulebookFor(fields.regime, fields.docType, fields.procedure, resolved);
  if (book.simplified === null && ground !== null) reader.fail('simplifiedGround', 'applies only to the simplified procedure');
  if (book.simplified !== null && !book.simplified.grounds.some((candidate) => candidate.letter === ground)) {
    reader.fail('simplifiedGround', `must be one of ${book.simplified.grounds.map((candidate) => candidate.letter).join(', ')} (${book.simplified.source})`);
  }
  reader.throwIfInvalid('DRAFT_INPUT_INVALID', 'The draft cannot be started: the input is invalid.');
  const state: DraftProcedureState = {
    schemaVersion: 1,
    ...fields,
    simplifiedGround: ground,
    settings: resolved,
    state: 'PROPOSED',
    outcome: null,
    startedAt: moment.instant,
    proposal: { registeredOn: moment.date, decidedOn: null, actRef: null, reason: null },
    plannedDates: { committeeMeeting: null, councilSession: null },
    versions: { total: 0, kept: [] },
    dossier: {},
    consultation: { held: false, rounds: 0, commentsTotal: 0, current: null },
    mandatoryConsultation: null,
    appraisal: { rounds: 0, current: null, past: [], notEligibleVersionNo: null },
    lastReturn: null,
    submittedOn: null,
    vetting: { rounds: 0, committee: null, submittedOn: null, actRef: null, complex: false, report: null },
    decision: { mode: null, scheduledDate: null, sessionName: null, actRef: null, votes: [], adoptedOn: null },
    signing: null,
    publication: { gazette: null, nationalDatabase: null },
    inForceOn: null,
    withdrawal: null,
    deadlines: [],
    deadlineSeq: 0,
    breaches: { total: 0, kept: [] },
    history: { total: 0, entries: [] },
  };
  const approver = book.simplified?.approvedBy ?? book.proposal.approvedBy;
  const summary =
    ground === null ? 'Proposal registered' : `Proposal registered for the simplified procedure on ground (${ground})`;
  return completeTransition(
    { ...state, state: 'PROPOSED' },
    { next: state, effects: [notify(state, [approver, 'office'], 'startDraft', { procedure: state.procedure, simplifiedGround: ground })], summary },
    {
      event: 'startDraft',
      actor: input.registeredBy === undefined ? null : historyActor(input.registeredBy),
      performer: input.registeredBy === undefined ? null : 'draftingAgency',
      at: moment,
      book,
    },
  );
}
