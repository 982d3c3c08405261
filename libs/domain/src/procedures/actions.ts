import { type SigningCapacity } from '../legal-text';
import { type FiledDossierItem } from './rulebook/dossier-items';
import {
  type AppraisalConclusion,
  type CommentAuthorKind,
  type DecisionMode,
  type MandatoryConsultee,
  type VettingConclusion,
} from './vocabulary';

/**
 * The human actions of the drafting procedure. The names are part of the public API (Temporal
 * updates and `POST …/actions/{name}`); never rename one.
 */
export const ACTION_NAMES = [
  'approveProposal',
  'rejectProposal',
  'planSchedule',
  'addVersion',
  'openConsultation',
  'addComment',
  'closeConsultation',
  'requestConsulteeOpinions',
  'recordConsulteeReply',
  'requestAppraisal',
  'acceptForAppraisal',
  'returnIncomplete',
  'submitAppraisalReport',
  'respondToAppraisal',
  'submit',
  'scheduleDecision',
  'submitToCouncil',
  'recordVetting',
  'scheduleSession',
  'recordVote',
  'recordChairDecision',
  'sign',
  'withdraw',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

export function isActionName(value: unknown): value is ActionName {
  return typeof value === 'string' && (ACTION_NAMES as readonly string[]).includes(value);
}

/** A dossier attachment filed by reference (a stored file id or a document number). */
export interface DossierEntry {
  item: FiledDossierItem;
  ref: string;
}

export interface AppraisalItemInput {
  /** Unique within the report. */
  id: string;
  /** Provision anchor (`provisionPathKey`), null for remarks on the whole draft. */
  pathKey: string | null;
  text: string;
  severity?: 'major' | 'minor';
}

export interface AppraisalResponseInput {
  itemId: string;
  response: 'accepted' | 'explained';
  /** How the comment was taken in, or why not; required when explained. */
  note: string;
  /** The version that carries the change. */
  versionNo?: number;
}

export interface SignPayload {
  number: string;
  signerName: string;
  signerTitle: string;
  /** Innermost capacity of the signature block ("KT." in "TM. UBND / KT. CHỦ TỊCH"); null when the holder signs in their own name. */
  signingCapacity: SigningCapacity | null;
  signedDate: string;
  effectiveDate: string;
}

/**
 * An action with its payload, discriminated by `name`. Acts of collegial bodies and chairpersons
 * carry `actRef`, the reference of the act (decision, minutes, notice) the office records.
 */
export type DraftAction =
  | { name: 'approveProposal'; payload: { actRef: string; note?: string } }
  | { name: 'rejectProposal'; payload: { reason: string; actRef?: string } }
  | { name: 'planSchedule'; payload: { committeeMeetingDate?: string | null; councilSessionDate?: string | null } }
  | { name: 'addVersion'; payload: { versionId: string; versionNo: number } }
  | { name: 'openConsultation'; payload: { periodDays?: number } }
  | { name: 'addComment'; payload: { authorKind: CommentAuthorKind; text: string; pathKey?: string | null; authorName?: string } }
  | { name: 'closeConsultation'; payload: { feedbackReportRef: string; commentCopiesRef?: string } }
  | { name: 'requestConsulteeOpinions'; payload: { requestRef: string } }
  | { name: 'recordConsulteeReply'; payload: { consultee: MandatoryConsultee; replyRef: string } }
  | { name: 'requestAppraisal'; payload: { dossier?: DossierEntry[] } }
  | { name: 'acceptForAppraisal'; payload: { complex?: boolean } }
  | { name: 'returnIncomplete'; payload: { reasons: string[] } }
  | { name: 'submitAppraisalReport'; payload: { reportRef: string; conclusion: AppraisalConclusion; items: AppraisalItemInput[] } }
  | { name: 'respondToAppraisal'; payload: { responseReportRef: string; responses: AppraisalResponseInput[] } }
  | { name: 'submit'; payload: { dossier?: DossierEntry[] } }
  | { name: 'scheduleDecision'; payload: { mode: DecisionMode; date: string; actRef?: string } }
  | { name: 'submitToCouncil'; payload: { actRef: string; vettingCommittee: string; complex?: boolean } }
  | { name: 'recordVetting'; payload: { reportRef: string; conclusion: VettingConclusion; note?: string } }
  | { name: 'scheduleSession'; payload: { sessionDate: string; sessionName?: string; actRef?: string } }
  | { name: 'recordVote'; payload: { inFavour: number; members: number; actRef: string; votedOn?: string } }
  | { name: 'recordChairDecision'; payload: { outcome: 'approved' | 'returned'; note?: string; actRef?: string } }
  | { name: 'sign'; payload: SignPayload }
  | { name: 'withdraw'; payload: { reason: string } };

export type ActionPayload<N extends ActionName> = Extract<DraftAction, { name: N }>['payload'];
