import { documentRank, type DocType } from '@legis/domain';
import type { DocumentIndexInput, ProvisionIndexInput } from './index-inputs';

/** The columns of a stored document that the index needs (the database entity fits this shape). */
export interface DocumentRow {
  id: string;
  kind: 'draft' | 'issued';
  docType: DocType | null;
  number: string | null;
  numberIssuerCode: string | null;
  title: string | null;
  issuerId: string | null;
  issuer?: { name: string; level: 'central' | 'provincial' | 'commune' } | null;
  draftingAgencyId: string | null;
  field: string | null;
  validityStatus: string | null;
  issuedDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
}

/** The columns of a stored provision that the index needs. */
export interface ProvisionRow {
  id: string;
  documentId: string;
  versionId: string;
  level: string;
  number: string | null;
  pathKey: string;
  citationKey: string;
  heading: string | null;
  text: string;
  ord: number;
  validityStatus: string | null;
  validUntil: string | null;
}

/** The search-index view of a document (with its full text, which the documents index excerpts). */
export function documentIndexInput(document: DocumentRow, text: string): DocumentIndexInput {
  return {
    id: document.id,
    kind: document.kind,
    docType: document.docType ?? 'UNKNOWN',
    number: document.number,
    title: document.title ?? '',
    issuerId: document.issuerId,
    issuerName: document.issuer?.name ?? null,
    draftingAgencyId: document.draftingAgencyId,
    field: document.field,
    validityStatus: document.validityStatus,
    issuedDate: document.issuedDate,
    effectiveDate: document.effectiveDate,
    expiryDate: document.expiryDate,
    authorityRank: documentRank({ ...document, issuerLevel: document.issuer?.level }),
    text,
  };
}

export function provisionIndexInput(provision: ProvisionRow, document: Omit<DocumentIndexInput, 'text'>): ProvisionIndexInput {
  return {
    id: provision.id,
    documentId: provision.documentId,
    versionId: provision.versionId,
    level: provision.level,
    number: provision.number,
    pathKey: provision.pathKey,
    citationKey: provision.citationKey,
    heading: provision.heading,
    text: provision.text,
    ord: provision.ord,
    validityStatus: provision.validityStatus,
    validFrom: null,
    validUntil: provision.validUntil,
    document,
  };
}
