import { normalizeForm } from '../../overlap/text/spelling';
import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';
import type { BasisLine } from '../types';
import { basisCitationFindings } from './basis-citation';
import { basisKey, basisLabel } from './basis-label';
import { basisRankFindings } from './basis-rank';
import { basisValidityFindings } from './basis-validity';

/** The law that gives local councils and committees their competence (Law 72/2025, formerly 77/2015). */
const LOCAL_GOVERNMENT_LAW = /tổ\s+chức\s+chính\s+quyền\s+địa\s+phương/u;

/** The "Căn cứ …" lines: present, naming the competence act, readable, found, and each one admissible. */
export function legalBasisFindings(lines: readonly BasisLine[], rank: number | null, planned: string | null): FindingDraft[] {
  if (lines.length === 0) {
    return [
      {
        category: 'legal_basis',
        rule: 'basis_missing',
        severity: 'blocking',
        pathKey: null,
        message: 'The draft has no "Căn cứ …" lines; a document must cite the act that gives its issuer competence and the higher-ranking law it rests on.',
        details: {},
        legalReference: LEGAL_REFERENCES.basis,
        key: '',
      },
    ];
  }
  const findings: FindingDraft[] = [];
  if (!lines.some(citesLocalGovernmentLaw)) {
    findings.push({
      category: 'legal_basis',
      rule: 'basis_competence_missing',
      severity: 'warning',
      pathKey: null,
      message:
        'No basis line cites the Luật Tổ chức chính quyền địa phương; the basis must include the act that gives the issuer its competence.',
      details: { lines: lines.length },
      legalReference: LEGAL_REFERENCES.basis,
      key: '',
    });
  }
  for (const { basis, resolved } of lines) {
    findings.push(...basisCitationFindings(basis, resolved));
    if (resolved !== null) {
      findings.push(...basisRankFindings(basis, resolved, rank), ...basisValidityFindings(basis, resolved, planned));
      continue;
    }
    const readable = basis.number !== null || basis.title !== null || basis.docType !== null;
    findings.push({
      category: 'legal_basis',
      rule: readable ? 'basis_not_found' : 'basis_unreadable',
      severity: readable ? 'info' : 'warning',
      pathKey: null,
      message: readable
        ? `${basisLabel(basis)} is not in the database: its rank and validity could not be verified.`
        : `No document could be read from the basis line "${basisLabel(basis)}"; a basis line cites a legal normative document by type, number, date, issuer and title.`,
      details: { line: basis.line, raw: basis.raw, number: basis.number, title: basis.title },
      legalReference: readable ? LEGAL_REFERENCES.basis : LEGAL_REFERENCES.citation,
      key: basisKey(basis),
    });
  }
  return findings;
}

function citesLocalGovernmentLaw({ basis, resolved }: BasisLine): boolean {
  return [basis.title, basis.raw, resolved?.title].some((text) => text != null && LOCAL_GOVERNMENT_LAW.test(normalizeForm(text)));
}
