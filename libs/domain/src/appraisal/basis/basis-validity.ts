import type { LegalBasis } from '../../legal-text';
import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';
import type { FindingSeverity, ResolvedBasisDocument } from '../types';
import { basisKey, basisLabel } from './basis-label';

/**
 * Decree 78/2025 Art. 62: a basis is in force, or already adopted or signed and effective no later
 * than the new document. Judged on the planned effective date when there is one, else on today's
 * status (the caller's `validityStatus`).
 */
export function basisValidityFindings(basis: LegalBasis, resolved: ResolvedBasisDocument, planned: string | null): FindingDraft[] {
  const label = basisLabel(basis);
  const on = planned === null ? 'today' : `on the planned effective date ${planned}`;
  const finding = (rule: string, severity: FindingSeverity, message: string, legalReference: string = LEGAL_REFERENCES.basis): FindingDraft => ({
    category: 'legal_basis',
    rule,
    severity,
    pathKey: null,
    message,
    details: {
      line: basis.line,
      raw: basis.raw,
      documentId: resolved.documentId,
      validityStatus: resolved.validityStatus,
      effectiveDate: resolved.effectiveDate,
      expiryDate: resolved.expiryDate,
      plannedEffectiveDate: planned,
    },
    legalReference,
    key: basisKey(basis),
  });

  if (!resolved.adoptedOrSigned) {
    return [finding('basis_not_adopted', 'blocking', `${label} is not adopted or signed yet; only an adopted or signed document can be a legal basis.`)];
  }
  if (resolved.validityStatus === 'FULLY_EXPIRED' || (planned !== null && resolved.expiryDate !== null && resolved.expiryDate <= planned)) {
    const when = resolved.expiryDate === null ? 'has expired' : `expires on ${resolved.expiryDate}`;
    return [finding('basis_expired', 'blocking', `${label} ${when} and is not in force ${on}; a legal basis must be in force.`)];
  }
  if (planned !== null && resolved.effectiveDate !== null && resolved.effectiveDate > planned) {
    return [
      finding(
        'basis_not_yet_effective',
        'blocking',
        `${label} takes effect on ${resolved.effectiveDate}, after the planned effective date ${planned}; a basis not yet in force must take effect no later than the new document.`,
      ),
    ];
  }
  const findings: FindingDraft[] = [];
  if (resolved.validityStatus === 'NOT_YET_EFFECTIVE') {
    const check = planned === null ? '; check that the draft takes effect on or after that date' : `, no later than ${planned}: admissible`;
    findings.push(finding('basis_pending', 'info', `${label} is adopted but not in force yet (effective ${resolved.effectiveDate ?? 'date unknown'})${check}.`));
  }
  if (resolved.validityStatus === 'SUSPENDED' || resolved.validityStatus === 'PARTIALLY_SUSPENDED') {
    const part = resolved.validityStatus === 'SUSPENDED' ? 'is suspended' : 'is partly suspended';
    findings.push(
      finding('basis_suspended', 'warning', `${label} ${part} (tạm ngưng hiệu lực); check that the provisions relied on apply ${on}.`, LEGAL_REFERENCES.basisValidity),
    );
  }
  if (resolved.validityStatus === 'PARTIALLY_EXPIRED') {
    const cited = basis.provision === null ? 'the provisions relied on are' : `${basis.provision} is`;
    findings.push(finding('basis_partially_expired', 'warning', `${label} has partly expired; check that ${cited} still in force.`, LEGAL_REFERENCES.basisValidity));
  }
  return findings;
}
