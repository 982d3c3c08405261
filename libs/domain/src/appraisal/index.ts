/**
 * The automated appraisal pre-check shown to the Sở Tư pháp appraiser with a draft, and anchors that
 * keep appraisal comments on their provision across versions. Pure: no I/O.
 */
export { buildAppraisalPrecheck } from './build-appraisal-precheck';
export type {
  AppraisalDraft,
  AppraisalPrecheck,
  AppraisalPrecheckInput,
  BasisLine,
  DelegatingTarget,
  DelegationDuty,
  DelegationInput,
  DraftIssuerKind,
  DraftIssuerLevel,
  DraftText,
  Finding,
  FindingCategory,
  FindingSeverity,
  JsonValue,
  OverlapReport,
  OverlapReportCandidate,
  OverlapReportFinding,
  ResolvedBasisDocument,
} from './types';
export { LEGAL_REFERENCES } from './legal-references';

export {
  detectDelegations,
  type DelegationAssignee,
  type DelegationContext,
  type DelegationKind,
  type DelegationLevel,
  type DetectedDelegation,
} from './delegation/detect-delegations';
export { findDetailsClaims, type DetailsClaim } from './delegation/details-claims';
export { coveredPathKeys } from './delegation/delegation-scope';
export { ownerContext, type OwnedProvision } from './delegation/owner-context';

export { anchorOf, anchorsOf, type Anchor, type AnchorSource } from './anchors/anchor-of';
export { resolveAnchor, resolveAnchors, type AnchorMethod, type AnchorResolution } from './anchors/resolve-anchor';
export type { VersionProvision } from './anchors/version-index';
