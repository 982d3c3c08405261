export { missingForPublication, publicationDocumentOf, type PublicationRows } from './publication-document-of';
export { toAkomaNtoso, AKN_NAMESPACE, type AkomaNtosoOptions } from './akn/to-akoma-ntoso';
export {
  NationalDbConnector,
  type NationalDbConnectorOptions,
  type NationalDbCredentials,
  type PublicationReceipt,
} from './connector/national-db-connector';
export type { PublicationAnswer, PublicationOutcome } from './connector/read-response';
export { documentKey } from './document-key';
export { PermanentPublicationError, type PublicationFieldError } from './errors/permanent-publication.error';
export { PublicationError, type PublicationErrorCode } from './errors/publication-error';
export { TransientPublicationError, type TransientPublicationCode } from './errors/transient-publication.error';
export { buildExportZip, type ExportedRecord } from './export/build-export-zip';
export type {
  PublicationDocument,
  PublicationProvision,
  PublicationProvisionLevel,
  PublicationRelation,
  PublicationSigningCapacity,
} from './publication-document';
export { buildNationalDbRecord } from './record/build-national-db-record';
export {
  NATIONAL_DB_RECORD_VERSION,
  type NationalDbLegalBasis,
  type NationalDbRecord,
  type NationalDbRelation,
} from './record/national-db-record';
export { NATIONAL_DB_RELATION_LABELS, relationLabels, type NationalDbRelationLabel, type RelationLabelPair } from './record/relation-labels';
export { VALIDITY_STATUS_LABELS, validityStatusLabel } from './record/validity-labels';
