import { normalizeDocumentNumber } from '@legis/domain';
import { frbrIdentity } from '../akn/frbr';
import { toAkomaNtoso, type AkomaNtosoOptions } from '../akn/to-akoma-ntoso';
import { documentKey } from '../document-key';
import type { PublicationDocument, PublicationRelation } from '../publication-document';
import { NATIONAL_DB_RECORD_VERSION, type NationalDbLegalBasis, type NationalDbRecord, type NationalDbRelation } from './national-db-record';
import { relationLabels } from './relation-labels';
import { validityStatusLabel } from './validity-labels';

/**
 * Maps a document onto the National Legal Database record. It does not judge the data: the
 * receiver validates, and its field errors come back as a `PermanentPublicationError`, so there is
 * one set of rules, the receiver's. The output depends only on the input, which makes a retried
 * publication send the same bytes.
 */
export function buildNationalDbRecord(doc: PublicationDocument, options: AkomaNtosoOptions = {}): NationalDbRecord {
  const number = normalizeDocumentNumber(doc.number);
  const gazette = doc.gazette ?? null;
  return {
    recordVersion: NATIONAL_DB_RECORD_VERSION,
    documentKey: documentKey(doc.issuer.id, number),
    number,
    docType: doc.docType,
    docTypeName: doc.docTypeName,
    issuer: { id: doc.issuer.id, name: doc.issuer.name },
    signerTitle: doc.signer.title,
    signerName: doc.signer.name,
    signingCapacity: doc.signer.capacity,
    issuedDate: doc.issuedDate,
    effectiveDate: doc.effectiveDate,
    expiryDate: doc.expiryDate,
    expiryReason: doc.expiryReason,
    source: gazette === null ? null : `Công báo số ${gazette.issueNo}`,
    gazetteIssueNo: gazette?.issueNo ?? null,
    gazetteDate: gazette?.date ?? null,
    title: doc.title,
    sector: doc.sector,
    field: doc.field,
    territorialScope: doc.territorialScope,
    applicationNotes: doc.applicationNotes,
    validityStatus: doc.validityStatus,
    validityStatusLabel: validityStatusLabel(doc.validityStatus),
    fullText: doc.fullText,
    akomaNtoso: {
      schema: 'akomantoso30',
      frbrExpressionUri: frbrIdentity(doc, options.jurisdiction).expressionUri,
      xml: toAkomaNtoso(doc, options),
    },
    originalFile: {
      fileName: doc.originalFile.fileName,
      mimeType: doc.originalFile.mimeType,
      sizeBytes: doc.originalFile.bytes.length,
      sha256: doc.originalFile.sha256,
      contentBase64: doc.originalFile.bytes.toString('base64'),
    },
    legalBasis: doc.relations.filter((relation) => relation.type === 'BASED_ON').map(toLegalBasis),
    relations: doc.relations.map(toRelation),
  };
}

function targetNumber(relation: PublicationRelation): string | null {
  return relation.targetNumber === null ? null : normalizeDocumentNumber(relation.targetNumber);
}

function toLegalBasis(relation: PublicationRelation): NationalDbLegalBasis {
  return { number: targetNumber(relation), title: relation.targetTitle, pathKey: relation.targetPathKey };
}

function toRelation(relation: PublicationRelation): NationalDbRelation {
  return {
    type: relation.type,
    ...relationLabels(relation.type),
    targetNumber: targetNumber(relation),
    targetTitle: relation.targetTitle,
    targetPathKey: relation.targetPathKey,
  };
}
