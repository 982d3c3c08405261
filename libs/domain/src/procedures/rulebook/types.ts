import { type RegimeVersion } from '../../documents';
import { type SigningCapacity } from '../../legal-text';
import { type ActionName } from '../actions';
import {
  type Audience,
  type DraftState,
  type MandatoryConsultee,
  type Performer,
  type Procedure,
  type ProcedureDocType,
} from '../vocabulary';
import { type DossierRequirement, type DossierStage } from './dossier-items';
import { type SimplifiedGround } from './simplified-grounds';
import { type Sourced } from './sources';

/** The two sets of rules: Law 80/2015 as amended (2016–03/2025) and Law 64/2025 as amended (04/2025–). */
export type RuleSet = 'LAW80_63_2020' | 'LAW64_87_2025';

/** The time limits the procedure tracks (REFERENCE §4.1 deadline table, §4.4–§4.6). */
export const DEADLINE_STEPS = [
  'consultationPeriod',
  'consulteeReplies',
  'dossierToDoj',
  'appraisal',
  'councilSubmission',
  'vetting',
  'gazette',
  'nationalDatabase',
] as const;
export type DeadlineStep = (typeof DEADLINE_STEPS)[number];

/** Events a period runs from ("chậm nhất N ngày kể từ …"). */
export type AnchorEvent = 'consultationOpened' | 'consulteesRequested' | 'appraisalRequested' | 'councilSubmitted' | 'issued';
/** Dates a period runs back from ("chậm nhất N ngày trước ngày họp"). */
export type AnchorDate = 'committeeMeeting' | 'councilSession';

export type DeadlineAnchor = { kind: 'after'; event: AnchorEvent } | { kind: 'before'; date: AnchorDate };

/**
 * One time limit. `dueBy` must be met (passing it records a breach and escalates, never moves the
 * draft); `notBefore` is a minimum period (the posting period) that must pass before an action.
 */
export interface DeadlineRule extends Sourced {
  step: DeadlineStep;
  label: string;
  type: 'dueBy' | 'notBefore';
  days: number;
  /** A longer period for complex or multi-sector drafts, where the law allows one. */
  complexDays: number | null;
  unit: 'calendar' | 'working';
  anchor: DeadlineAnchor;
  remindWorkingDaysBefore: number[];
  /** Who is reminded. */
  responsible: Audience[];
  /** Whose heads are told when the limit is missed. */
  escalateTo: Audience[];
}

export interface RulebookStepMove {
  action: ActionName;
  by: Performer[];
}

/** One state of the procedure and who may move the draft on from it. */
export interface RulebookStep {
  state: DraftState;
  label: string;
  moves: RulebookStepMove[];
}

export type PublicationChannel = 'gazette' | 'nationalDatabase' | 'issuerPortal' | 'massMedia';

/**
 * Everything the state machine needs to know about one (regime, document type, procedure): plain
 * JSON data, every legal value tagged with its source and confidence.
 */
export interface Rulebook {
  regime: RegimeVersion;
  ruleSet: RuleSet;
  docType: ProcedureDocType;
  procedure: Procedure;
  legalBasis: string;
  issuer: Performer;
  proposal: { approvedBy: Exclude<Performer, 'commenter'> } & Sourced;
  simplified: ({ approvedBy: Exclude<Performer, 'commenter'>; grounds: readonly SimplifiedGround[] } & Sourced) | null;
  consultation: { required: boolean; minDays: number } & Sourced;
  mandatoryConsultation: ({ consultees: MandatoryConsultee[]; replyDays: number } & Sourced) | null;
  appraisal: ({ by: Performer } & Sourced) | null;
  vetting: ({ by: Performer } & Sourced) | null;
  adoption: {
    by: Performer;
    kind: 'committeeVote' | 'councilVote' | 'chairDecision';
    /** Votes pass with more than half of all members (not of those present). */
    threshold: 'moreThanHalfOfMembers' | null;
  } & Sourced;
  dossier: { [S in DossierStage]: DossierRequirement[] } & Sourced;
  deadlines: DeadlineRule[];
  signing: {
    by: Performer;
    /** Innermost capacity of the signature block; null = the holder signs in their own name. */
    capacities: (SigningCapacity | null)[];
    numberTypeCode: string;
    numberIssuerCodes: string[];
  } & Sourced;
  effectiveDate: { minDaysAfter: number; from: 'adoption' | 'signing' } & Sourced;
  publication: { channels: PublicationChannel[]; immediate: boolean } & Sourced;
  steps: RulebookStep[];
}
