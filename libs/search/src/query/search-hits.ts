import type { Hit } from 'meilisearch';
import type { DocumentIndexDocument, ProvisionIndexDocument } from '../indexing/index-documents';
import { toHighlightHtml } from './highlight';

/** A document in a result list. Highlights are safe HTML with `<em>` around the matches. */
export interface DocumentHit {
  documentId: string;
  kind: 'draft' | 'issued';
  docType: string;
  number: string | null;
  title: string;
  issuerId: string | null;
  issuerName: string | null;
  field: string | null;
  validityStatus: string | null;
  issuedDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  highlight: { number: string | null; title: string; text: string };
}

/** A provision in a result list, with what a reader needs to cite and open it. */
export interface ProvisionHit {
  provisionId: string;
  documentId: string;
  versionId: string;
  kind: 'draft' | 'issued';
  docType: string;
  documentNumber: string | null;
  documentTitle: string;
  issuerName: string | null;
  level: string;
  number: string | null;
  pathKey: string;
  citationKey: string;
  heading: string | null;
  ord: number;
  validityStatus: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  /** `text` is cropped around the matches (`CROP_LENGTH` words). */
  highlight: { heading: string | null; text: string; documentTitle: string };
}

/** What a search retrieves besides the highlights: everything a hit shows except the full text. */
export const RETRIEVED = {
  documents: [
    'documentId', 'kind', 'docType', 'number', 'title', 'issuerId', 'issuerName', 'field', 'validityStatus',
    'issuedOn', 'effectiveOn', 'expiresOn',
  ],
  provisions: [
    'provisionId', 'documentId', 'versionId', 'kind', 'docType', 'documentNumber', 'documentTitle', 'issuerName',
    'level', 'number', 'pathKey', 'citationKey', 'heading', 'ord', 'validityStatus', 'effectiveOn', 'expiresOn',
  ],
} as const;

export function toDocumentHit(hit: Hit<DocumentIndexDocument>): DocumentHit {
  const formatted = hit._formatted ?? {};
  return {
    documentId: hit.documentId,
    kind: hit.kind,
    docType: hit.docType,
    number: hit.number,
    title: hit.title,
    issuerId: hit.issuerId,
    issuerName: hit.issuerName,
    field: hit.field,
    validityStatus: hit.validityStatus,
    issuedDate: hit.issuedOn,
    effectiveDate: hit.effectiveOn,
    expiryDate: hit.expiresOn,
    highlight: {
      number: highlighted(formatted.number ?? hit.number),
      title: highlighted(formatted.title ?? hit.title) ?? '',
      text: highlighted(formatted.text) ?? '',
    },
  };
}

export function toProvisionHit(hit: Hit<ProvisionIndexDocument>): ProvisionHit {
  const formatted = hit._formatted ?? {};
  return {
    provisionId: hit.provisionId,
    documentId: hit.documentId,
    versionId: hit.versionId,
    kind: hit.kind,
    docType: hit.docType,
    documentNumber: hit.documentNumber,
    documentTitle: hit.documentTitle,
    issuerName: hit.issuerName,
    level: hit.level,
    number: hit.number,
    pathKey: hit.pathKey,
    citationKey: hit.citationKey,
    heading: hit.heading,
    ord: hit.ord,
    validityStatus: hit.validityStatus,
    effectiveDate: hit.effectiveOn,
    expiryDate: hit.expiresOn,
    highlight: {
      heading: highlighted(formatted.heading ?? hit.heading),
      text: highlighted(formatted.text) ?? '',
      documentTitle: highlighted(formatted.documentTitle ?? hit.documentTitle) ?? '',
    },
  };
}

function highlighted(value: string | null | undefined): string | null {
  return value == null ? null : toHighlightHtml(value);
}
