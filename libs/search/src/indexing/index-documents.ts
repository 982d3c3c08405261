/** Fields both indexes share, so filters, visibility and `asOf` work the same on either. */
interface IndexedDocumentFields {
  /** Meilisearch primary key: the source id made safe (see `toIndexId`). */
  id: string;
  documentId: string;
  kind: 'draft' | 'issued';
  docType: string;
  issuerId: string | null;
  issuerName: string | null;
  draftingAgencyId: string | null;
  field: string | null;
  validityStatus: string | null;
  /** Year of issue, for the year facet. */
  year: number | null;
  /** Unix seconds at which the issue day began in Vietnam (sortable). */
  issuedDate: number | null;
  /** Unix seconds from which the text applies; `OPEN_END` when unknown (never "in force"). */
  effectiveFrom: number;
  /** Unix seconds from which it no longer applies; `OPEN_END` when no end is known. */
  effectiveTo: number;
  /** The ISO dates as given, for display. */
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  authorityRank: number | null;
  /** Long forms of the abbreviations the text uses, so "ủy ban nhân dân" finds "UBND". */
  aliases: string[];
  /** See `documentFingerprint` / `provisionFingerprint`: drift detection compares it. */
  fingerprint: string;
}

/** A document in the `documents` index. */
export interface DocumentIndexDocument extends IndexedDocumentFields {
  number: string | null;
  title: string;
  /** The opening of the full text: header, title and legal basis (căn cứ). */
  text: string;
}

/** A provision in the `provisions` index, denormalised with what a hit shows of its document. */
export interface ProvisionIndexDocument extends IndexedDocumentFields {
  provisionId: string;
  versionId: string;
  documentNumber: string | null;
  documentTitle: string;
  level: string;
  number: string | null;
  pathKey: string;
  citationKey: string;
  heading: string | null;
  /** This passage of the provision's text (see `splitIntoPassages`). */
  text: string;
  ord: number;
  /** 0-based passage number; `distinctAttribute` (provisionId) returns one passage per provision. */
  passage: number;
  passageCount: number;
  /** Where `text` starts in the provision's full text (characters). */
  textOffset: number;
}
