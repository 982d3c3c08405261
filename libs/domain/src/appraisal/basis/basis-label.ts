import { docTypeInfo, type LegalBasis } from '../../legal-text';

const RAW_MAX = 120;

/** How a basis line is named in messages: "Nghị định 78/2025/NĐ-CP", "Luật Đất đai", or its text. */
export function basisLabel(basis: LegalBasis): string {
  if (basis.number !== null) return basis.docType === null ? basis.number : `${docTypeInfo(basis.docType).name} ${basis.number}`;
  if (basis.title !== null) return basis.title;
  return basis.raw.length <= RAW_MAX ? basis.raw : `${basis.raw.slice(0, RAW_MAX)}…`;
}

/** What tells basis lines apart in finding ids (not the line number: it moves when the preamble grows). */
export function basisKey(basis: LegalBasis): string {
  return basis.number ?? basis.title ?? basis.raw;
}
