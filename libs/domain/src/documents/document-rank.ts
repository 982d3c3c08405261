import { authorityRank, type DocType } from '../legal-text/doc-types';
import type { IssuerLevel } from './issuer-level';

/** The authority rank of a stored document (smaller is higher), or null when its type is unknown. */
export function documentRank(document: { docType: DocType | null; numberIssuerCode: string | null; issuerLevel?: IssuerLevel | null }): number | null {
  if (!document.docType) return null;
  const localLevel = document.issuerLevel === 'provincial' ? 'province' : document.issuerLevel === 'commune' ? 'commune' : undefined;
  return authorityRank({ docType: document.docType, issuerCode: document.numberIssuerCode, localLevel });
}
