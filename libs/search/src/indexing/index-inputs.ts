/**
 * What the caller reads from PostgreSQL to index one document. Dates are ISO `YYYY-MM-DD` civil
 * dates in Vietnam; ids are the database ids (UUIDs), whatever characters they hold.
 */
export interface DocumentIndexInput {
  id: string;
  kind: 'draft' | 'issued';
  docType: string;
  number: string | null;
  title: string;
  issuerId: string | null;
  issuerName: string | null;
  /** Drafts are visible only to this agency (and to appraisers, reviewers and admins). */
  draftingAgencyId: string | null;
  field: string | null;
  validityStatus: string | null;
  issuedDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  authorityRank: number | null;
  /** The full text; the documents index keeps only its opening (see `DOCUMENT_EXCERPT_CHARS`). */
  text: string;
}

/** One provision (Phần … Điểm) of one version of a document. */
export interface ProvisionIndexInput {
  /** The provision's uuid. */
  id: string;
  documentId: string;
  versionId: string;
  level: string;
  number: string | null;
  /** E.g. `chuong:II/muc:1/dieu:5a/khoan:2/diem:đ`. */
  pathKey: string;
  /** E.g. `12/2023/QĐ-UBND#d5a.k2.pđ`. */
  citationKey: string;
  heading: string | null;
  text: string;
  /** Position in reading order within the version. */
  ord: number;
  /** A provision-level status (partly repealed, suspended), else null to inherit the document's. */
  validityStatus: string | null;
  /** When this provision starts to apply if not with its document (e.g. a later-effective clause). */
  validFrom: string | null;
  /** When this provision stops applying before its document does, e.g. the day it was repealed. */
  validUntil: string | null;
  document: Omit<DocumentIndexInput, 'text'>;
}
