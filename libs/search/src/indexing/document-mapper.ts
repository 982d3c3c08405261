import { aliasesOf } from '../vocabulary/aliases';
import { fingerprintOf } from './fingerprint';
import type { DocumentIndexInput } from './index-inputs';
import type { DocumentIndexDocument } from './index-documents';
import { toIndexId } from './index-id';
import { OPEN_END, optionalDayStart } from './timestamps';

/**
 * How much of a document's full text the documents index keeps. The documents index answers
 * "which document": its number, title, issuer and the opening lines (header, title, căn cứ).
 * Full-text recall is the provisions index's job, where a hit points at the article itself;
 * keeping whole texts twice would double the index and its indexing time for no better ranking.
 */
export const DOCUMENT_EXCERPT_CHARS = 3_000;

/** The stored form of a document in the `documents` index. Pure; throws on a malformed date. */
export function toDocumentIndexDocument(input: DocumentIndexInput): DocumentIndexDocument {
  const issuedDate = optionalDayStart(input.issuedDate, 'issuedDate');
  const text = excerpt(input.text.normalize('NFC'));
  const title = input.title.normalize('NFC');
  const body = {
    id: toIndexId(input.id),
    documentId: input.id,
    kind: input.kind,
    docType: input.docType,
    number: input.number?.normalize('NFC') ?? null,
    title,
    text,
    issuerId: input.issuerId,
    issuerName: input.issuerName?.normalize('NFC') ?? null,
    draftingAgencyId: input.draftingAgencyId,
    field: input.field,
    validityStatus: input.validityStatus,
    year: input.issuedDate === null ? null : Number(input.issuedDate.slice(0, 4)),
    issuedDate,
    effectiveFrom: optionalDayStart(input.effectiveDate, 'effectiveDate') ?? OPEN_END,
    effectiveTo: optionalDayStart(input.expiryDate, 'expiryDate') ?? OPEN_END,
    issuedOn: input.issuedDate,
    effectiveOn: input.effectiveDate,
    expiresOn: input.expiryDate,
    authorityRank: input.authorityRank,
    aliases: aliasesOf(title, text),
  };
  return { ...body, fingerprint: fingerprintOf(body) };
}

/** The hash `checkDrift` compares for a document: compute it from the same input you index. */
export function documentFingerprint(input: DocumentIndexInput): string {
  return toDocumentIndexDocument(input).fingerprint;
}

/** The first `DOCUMENT_EXCERPT_CHARS` of a text, whitespace collapsed, cut between words. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= DOCUMENT_EXCERPT_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', DOCUMENT_EXCERPT_CHARS);
  return `${flat.slice(0, cut > 0 ? cut : DOCUMENT_EXCERPT_CHARS)} …`;
}
