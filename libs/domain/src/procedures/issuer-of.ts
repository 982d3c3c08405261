import { type DocType } from '../legal-text';
import { type ProcedureDocType } from './vocabulary';

/** The document type a procedure produces (Law 64 Art. 4: nghị quyết, quyết định). */
export const DOCUMENT_TYPE_OF: Readonly<Record<ProcedureDocType, DocType>> = {
  COUNCIL_RESOLUTION: 'RESOLUTION',
  COMMITTEE_DECISION: 'DECISION',
  CHAIR_DECISION: 'DECISION',
};

const ISSUER_PREFIX: Readonly<Record<ProcedureDocType, string>> = {
  COUNCIL_RESOLUTION: 'Hội đồng nhân dân',
  COMMITTEE_DECISION: 'Ủy ban nhân dân',
  CHAIR_DECISION: 'Chủ tịch Ủy ban nhân dân',
};

/** Who issues the document in the province: "Ủy ban nhân dân tỉnh Bắc Ninh" for `tỉnh Bắc Ninh`. */
export function issuerNameOf(docType: ProcedureDocType, provinceName: string): string {
  return `${ISSUER_PREFIX[docType]} ${provinceName}`;
}
