export { parseLegalText } from './parse-legal-text';
export { citationKey, flattenProvisions, provisionPathKey } from './provisions';
export {
  normalizeDocumentNumber,
  parseDocumentNumber,
  requireDocumentNumber,
  type DocumentNumber,
  type DocumentNumberError,
  type DocumentNumberErrorCode,
  type DocumentNumberResult,
} from './document-number';
export {
  AUTHORITY_RANKS,
  DOC_TYPES,
  ISSUER_CODES,
  authorityRank,
  docTypeFromCode,
  docTypeFromName,
  docTypeInfo,
  issuerCodeInfo,
  type AuthorityRankRule,
  type DocType,
  type DocTypeInfo,
  type IssuerCodeInfo,
  type IssuerKind,
  type LocalLevel,
} from './doc-types';
export { POINT_LETTERS, comparePointNumbers, pointLetterIndex } from './vietnamese';
export type {
  Adoption,
  Amendment,
  AmendmentAction,
  Citation,
  CitationTarget,
  DocumentMetadata,
  DocumentRef,
  LegalBasis,
  ParsedLegalText,
  ParsedProvision,
  ParseWarning,
  ParseWarningCode,
  ProvenanceNote,
  ProvisionLevel,
  Signer,
  SigningCapacity,
} from './types';
