import { docTypeInfo, parseDocumentNumber, type LegalBasis } from '../../legal-text';
import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';
import type { JsonValue, ResolvedBasisDocument } from '../types';
import { basisKey, basisLabel } from './basis-label';

/**
 * The first citation of a document gives its type, number and date exactly (Decree 78/2025 Art.
 * 68(1)): the cited date against the stored one (or against the year of the number when the document
 * was not found), the cited type against the stored one.
 */
export function basisCitationFindings(basis: LegalBasis, resolved: ResolvedBasisDocument | null): FindingDraft[] {
  const problems: string[] = [];
  const details: Record<string, JsonValue> = { line: basis.line, raw: basis.raw, citedDate: basis.date, citedType: basis.docType };
  if (basis.date !== null && resolved?.issuedDate != null) {
    if (basis.date !== resolved.issuedDate) {
      problems.push(`the date cited is ${basis.date} but the document was issued on ${resolved.issuedDate}`);
      details.issuedDate = resolved.issuedDate;
    }
  } else if (basis.date !== null && basis.number !== null) {
    const parsed = parseDocumentNumber(basis.number);
    const year = parsed.ok ? parsed.value.year : null;
    if (year !== null && Number(basis.date.slice(0, 4)) !== year) {
      problems.push(`the date cited (${basis.date}) is not in the year of the number (${year})`);
      details.numberYear = year;
    }
  }
  if (basis.docType !== null && resolved?.docType != null && basis.docType !== resolved.docType) {
    problems.push(`it is cited as a ${docTypeInfo(basis.docType).name} but is a ${docTypeInfo(resolved.docType).name}`);
    details.storedType = resolved.docType;
  }
  if (problems.length === 0) return [];
  return [
    {
      category: 'legal_basis',
      rule: 'basis_citation_mismatch',
      severity: 'warning',
      pathKey: null,
      message: `In the basis line for ${basisLabel(basis)}, ${problems.join('; ')}.`,
      details,
      legalReference: LEGAL_REFERENCES.citation,
      key: basisKey(basis),
    },
  ];
}
