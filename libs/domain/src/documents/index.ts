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
export { nameKey } from './name-key';
