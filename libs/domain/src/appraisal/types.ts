import type { ValidityStatus } from '../documents';
import type { DocType, LegalBasis, ParsedLegalText } from '../legal-text';
import type { OverlapClass, OverlapExplanation } from '../overlap';
import type { DelegationAssignee } from './delegation/detect-delegations';
import type { DetailsClaim } from './delegation/details-claims';

export type DraftIssuerLevel = 'provincial' | 'commune';
/** HĐND (council), UBND (committee) or the committee's Chairperson. */
export type DraftIssuerKind = 'council' | 'committee' | 'chair';

export interface AppraisalDraft {
  documentId: string;
  /** 'RESOLUTION' for an NQ HĐND, 'DECISION' for a QĐ UBND or a QĐ of the Chairperson. */
  docType: DocType;
  issuerLevel: DraftIssuerLevel;
  issuerKind: DraftIssuerKind;
  number?: string | null;
  /** ISO date the draft is meant to take effect; null while undecided. */
  plannedEffectiveDate: string | null;
  versionNo: number;
}

/** The parts of the parsed draft the checks read; the legal basis comes resolved in `basis`. */
export type DraftText = Pick<ParsedLegalText, 'provisions' | 'citations' | 'warnings'>;

/** A basis document as found in the database. */
export interface ResolvedBasisDocument {
  documentId: string;
  number: string | null;
  docType: DocType | null;
  title: string | null;
  /** Issuer symbol of the number ("QH", "CP", "HĐND"). */
  issuerCode: string | null;
  /** Smaller is higher (`authorityRank` / `documentRank`); null for a non-normative document. */
  authorityRank: number | null;
  /** Status today. */
  validityStatus: ValidityStatus;
  effectiveDate: string | null;
  expiryDate: string | null;
  /** Ngày ban hành (adoption date of a resolution); null when unknown. */
  issuedDate: string | null;
  /** Adopted or signed: false for a document that is itself still a draft. */
  adoptedOrSigned: boolean;
}

/** One "Căn cứ …" line of the draft with what the caller found for it (null: not in the database). */
export interface BasisLine {
  basis: LegalBasis;
  resolved: ResolvedBasisDocument | null;
}

/** One candidate of a stored overlap report (`libs/search` `OverlapCandidate`); candidates are in force. */
export interface OverlapReportCandidate {
  documentId: string;
  documentNumber: string | null;
  documentTitle: string | null;
  docType: string | null;
  pathKey: string;
  citationKey: string;
  score: number;
  class: Exclude<OverlapClass, 'unrelated'>;
  explanation: OverlapExplanation;
  higherRanking: boolean;
}

export interface OverlapReportFinding {
  pathKey: string;
  heading: string | null;
  text: string;
  candidates: readonly OverlapReportCandidate[];
}

/** The stored overlap report of the draft version. */
export interface OverlapReport {
  findings: readonly OverlapReportFinding[];
}

/** The article a draft says it details, as stored: the article and its clauses and points. */
export interface DelegatingTarget {
  documentId: string;
  documentNumber: string | null;
  docType: DocType | null;
  title: string | null;
  /**
   * The cited article with all its clauses and points (the delegating sentence is often the last
   * clause: "Hội đồng nhân dân cấp tỉnh quy định chi tiết khoản 3 Điều này"). Path keys as stored.
   */
  provisions: readonly { pathKey: string; heading?: string | null; text: string }[];
  /** When the delegated content takes effect (the provision's own date when it differs from the document's). */
  effectiveDate: string | null;
}

/** A recorded delegation duty (REFERENCE §4.13). */
export interface DelegationDuty {
  sourceDocumentNumber: string;
  sourcePathKey: string;
  assignee: DelegationAssignee;
  subject: string;
  dueDate: string | null;
}

export interface DelegationInput {
  /** One entry per claim of `findDetailsClaims(parsed)`, with its target as resolved (null: not found). */
  claims: readonly { claim: DetailsClaim; target: DelegatingTarget | null }[];
  duties: readonly DelegationDuty[];
}

export interface AppraisalPrecheckInput {
  draft: AppraisalDraft;
  parsed: DraftText;
  /** One entry per `parsed.legalBasis` line, in order. */
  basis: readonly BasisLine[];
  /** The stored overlap report of this version; null when it is not available yet. */
  overlapReport: OverlapReport | null;
  delegation: DelegationInput;
}

export type FindingCategory = 'drafting_technique' | 'legal_basis' | 'overlap' | 'conflict' | 'higher_law_copy' | 'delegation';

/**
 * - `blocking`: breaks a rule with certainty (or on confirmed evidence); the draft must change before
 *   it can be submitted;
 * - `warning`: probably a defect; the appraiser decides;
 * - `info`: something the machine could not verify, or context for the appraiser.
 */
export type FindingSeverity = 'blocking' | 'warning' | 'info';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface Finding {
  /** `<rule>:<hash>`, the same for the same input. */
  id: string;
  category: FindingCategory;
  /** Machine name of the check ("basis_expired", "parser.missing_title"). */
  rule: string;
  severity: FindingSeverity;
  pathKey: string | null;
  message: string;
  details: { readonly [key: string]: JsonValue };
  legalReference: string;
}

export interface AppraisalPrecheck {
  summary: { blocking: number; warnings: number; info: number };
  /** Blocking first, then warnings, then info; within a severity in document order. */
  findings: Finding[];
}
