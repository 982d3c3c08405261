import type { PublicationSigningCapacity } from '../publication-document';
import type { NationalDbRelationLabel } from './relation-labels';

/** Version of the record layout; the receiver refuses versions it does not know (CONTRACT.md). */
export const NATIONAL_DB_RECORD_VERSION = '1.0';

/**
 * The record pushed to the National Legal Database: every attribute of REFERENCE §2.3 (vbpl.vn
 * "Thuộc tính") with the code names suggested there, plus the full text, the Akoma Ntoso markup and
 * the original file. Built deterministically from the document, so a retried publication sends
 * byte-identical JSON and the receiver can tell a replay from a revision.
 */
export interface NationalDbRecord {
  recordVersion: typeof NATIONAL_DB_RECORD_VERSION;
  /** See `documentKey`: the resource this record is stored under. */
  documentKey: string;
  /** Số, ký hiệu, normalised (NFC, no spaces around "/" and "-", canonical symbols). */
  number: string;
  docType: string;
  docTypeName: string;
  issuer: { id: string; name: string };
  signerTitle: string | null;
  signerName: string;
  signingCapacity: PublicationSigningCapacity | null;
  issuedDate: string;
  effectiveDate: string;
  expiryDate: string | null;
  expiryReason: string | null;
  /** Nguồn thu thập ("Công báo số 591+592"); null until the gazette has carried the document. */
  source: string | null;
  gazetteIssueNo: string | null;
  gazetteDate: string | null;
  title: string;
  sector: string | null;
  field: string | null;
  territorialScope: string;
  applicationNotes: string | null;
  validityStatus: string;
  /** Tình trạng hiệu lực in Vietnamese; null when the code is unknown here (the receiver refuses it). */
  validityStatusLabel: string | null;
  fullText: string;
  akomaNtoso: { schema: 'akomantoso30'; frbrExpressionUri: string; xml: string };
  originalFile: { fileName: string; mimeType: string; sizeBytes: number; sha256: string; contentBase64: string };
  /** Căn cứ ban hành: the BASED_ON relations, in the order the document cites them. */
  legalBasis: NationalDbLegalBasis[];
  relations: NationalDbRelation[];
}

export interface NationalDbLegalBasis {
  number: string | null;
  title: string | null;
  /** The provision cited as the basis ("d5.k2"), when only part of the document is. */
  pathKey: string | null;
}

/** One relation with both our code and the vbpl.vn-style labels, so neither side loses meaning. */
export interface NationalDbRelation {
  type: string;
  label: NationalDbRelationLabel;
  inverseLabel: NationalDbRelationLabel;
  targetNumber: string | null;
  targetTitle: string | null;
  targetPathKey: string | null;
}
