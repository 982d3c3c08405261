export {
  DOCUMENT_KINDS,
  REGIME_VERSIONS,
  RELATION_TYPES,
  VALIDITY_STATUSES,
  VERSION_STATUSES,
  regimeVersionOn,
  validityFromDates,
  type DocumentKind,
  type RegimeVersion,
  type RelationType,
  type ValidityStatus,
  type VersionStatus,
} from './document-vocabulary';
export { DOCUMENT_FIELD_NAMES, deriveColumns, fieldsFromText, mergeFields, type DerivedColumns, type DocumentFields } from './document-fields';
export { diffProvisions, type DiffableProvision, type ProvisionChange } from './provision-diff';
export { wordDiff, type DiffSegment } from './word-diff';
export { documentRank } from './document-rank';
export { effectiveDateOf } from './effective-date-of';
export { issuerLevelOf, type IssuerLevel } from './issuer-level';
export { nameKey } from './name-key';
export { documentTitleKey, relationCandidates, type RelationCandidate } from './relation-candidates';
