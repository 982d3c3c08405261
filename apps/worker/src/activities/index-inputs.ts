import type { DocumentEntity, ProvisionEntity } from '@legis/db';
import { authorityRank } from '@legis/domain';
import type { DocumentIndexInput, ProvisionIndexInput } from '@legis/search';

/** The search-index view of a document (with its full text, which the documents index excerpts). */
export function documentIndexInput(document: DocumentEntity, text: string): DocumentIndexInput {
  const level = document.issuer?.level;
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
    authorityRank: document.docType
      ? authorityRank({ docType: document.docType, issuerCode: document.numberIssuerCode, localLevel: level === 'provincial' ? 'province' : level === 'commune' ? 'commune' : undefined })
      : null,
    text,
  };
}

export function provisionIndexInput(provision: ProvisionEntity, document: Omit<DocumentIndexInput, 'text'>): ProvisionIndexInput {
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
