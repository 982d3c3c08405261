import type { LegalBasis } from '../../legal-text';
import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';
import type { ResolvedBasisDocument } from '../types';
import { basisKey, basisLabel } from './basis-label';

/**
 * Decree 78/2025 Art. 62 admits only documents of higher legal force. Lower rank: blocking (the draft
 * cannot rest on it). Equal rank: a warning, not blocking: in practice it is the issuer's own earlier
 * act (the one amended or implemented), which belongs in the title or the body; an error in the basis
 * citation is corrected by đính chính (Decree 78 Art. 9), not a ground of unlawfulness. A document
 * with no rank is not a VBQPPL (a plan, a Party conclusion, an individual decision).
 */
export function basisRankFindings(basis: LegalBasis, resolved: ResolvedBasisDocument, rank: number | null): FindingDraft[] {
  const label = basisLabel(basis);
  const details = { line: basis.line, raw: basis.raw, documentId: resolved.documentId, basisRank: resolved.authorityRank, draftRank: rank };
  const base = { category: 'legal_basis' as const, pathKey: null, details, legalReference: LEGAL_REFERENCES.basis, key: basisKey(basis) };
  if (resolved.authorityRank === null) {
    return [
      {
        ...base,
        rule: 'basis_not_normative',
        severity: 'warning',
        message: `${label} is not a legal normative document; only VBQPPL can be a legal basis (move it to the "Theo đề nghị" / "Xét" lines or the body).`,
      },
    ];
  }
  if (rank === null || resolved.authorityRank < rank) return [];
  if (resolved.authorityRank > rank) {
    return [
      {
        ...base,
        rule: 'basis_lower_rank',
        severity: 'blocking',
        message: `${label} ranks below the draft (rank ${resolved.authorityRank} against ${rank}); a legal basis must have higher legal force.`,
      },
    ];
  }
  return [
    {
      ...base,
      rule: 'basis_equal_rank',
      severity: 'warning',
      message:
        `${label} has the same legal force as the draft; a legal basis must have higher legal force. If it is the issuer's own ` +
        'earlier document that the draft amends or implements, name it in the title or the body instead.',
    },
  ];
}
