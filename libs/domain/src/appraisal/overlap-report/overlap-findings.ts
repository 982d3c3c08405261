import type { FindingDraft } from '../findings';
import { LEGAL_REFERENCES } from '../legal-references';
import { pathLabel } from '../path-label';
import type { FindingCategory, FindingSeverity, OverlapReport, OverlapReportCandidate } from '../types';

interface Verdict {
  rule: string;
  category: FindingCategory;
  severity: FindingSeverity;
  legalReference: string;
  message: (provision: string, candidate: string) => string;
}

/**
 * What each class of the overlap report means for the draft. Candidates are provisions in force.
 * - conflict with higher-ranking law: unlawful content; blocking when the report confirms it (a value
 *   or a modality differs inside a clause both texts share), a warning otherwise;
 * - conflict with a provision of the same or lower rank: the issuer must amend or repeal its own
 *   earlier provision, or the draft say which one applies (warning);
 * - duplicate of higher-ranking law: restating instead of citing breaks drafting technique (warning);
 *   overlap with it: worth a look (info);
 * - duplicate of a same-level provision: the draft repeats a rule in force (warning); overlap (info).
 * `related` candidates are left out.
 */
function verdictOf(candidate: OverlapReportCandidate): Verdict | null {
  const higher = candidate.higherRanking;
  switch (candidate.class) {
    case 'conflict':
      return higher
        ? {
            rule: 'conflict_higher_law',
            category: 'conflict',
            severity: confirmed(candidate) ? 'blocking' : 'warning',
            legalReference: LEGAL_REFERENCES.legality,
            message: (p, c) => `${p} contradicts ${c}, which ranks higher: a provision contrary to higher-ranking law is unlawful.`,
          }
        : {
            rule: 'conflict_in_force',
            category: 'conflict',
            severity: 'warning',
            legalReference: LEGAL_REFERENCES.ownEarlierDocuments,
            message: (p, c) =>
              `${p} contradicts ${c}, in force: the draft must amend or repeal it, or state which rule continues to apply.`,
          };
    case 'duplicate':
      return higher
        ? {
            rule: 'higher_law_restated',
            category: 'higher_law_copy',
            severity: 'warning',
            legalReference: LEGAL_REFERENCES.restatement,
            message: (p, c) => `${p} restates ${c}, which ranks higher: cite the provision instead of repeating it.`,
          }
        : {
            rule: 'duplicate_in_force',
            category: 'overlap',
            severity: 'warning',
            legalReference: LEGAL_REFERENCES.ownEarlierDocuments,
            message: (p, c) => `${p} repeats ${c}, in force: amend or replace that provision rather than stating the rule twice.`,
          };
    case 'overlap':
      return {
        rule: higher ? 'higher_law_overlap' : 'overlap_in_force',
        category: higher ? 'higher_law_copy' : 'overlap',
        severity: 'info',
        legalReference: higher ? LEGAL_REFERENCES.restatement : LEGAL_REFERENCES.ownEarlierDocuments,
        message: (p, c) =>
          higher
            ? `${p} overlaps ${c}, which ranks higher: check that it details rather than repeats it.`
            : `${p} overlaps ${c}, in force: check that the two do not regulate the same matter twice.`,
      };
    default:
      return null;
  }
}

/** A difference inside a clause both texts share, as opposed to a mere pairing by subject. */
function confirmed(candidate: OverlapReportCandidate): boolean {
  const { differingValues, modality } = candidate.explanation;
  return differingValues.some((value) => value.confirmed) || modality?.confirmed === true;
}

/** One finding per (draft provision, candidate) worth showing. */
export function overlapFindings(report: OverlapReport): FindingDraft[] {
  return report.findings.flatMap((finding) =>
    finding.candidates.flatMap((candidate): FindingDraft[] => {
      const verdict = verdictOf(candidate);
      if (verdict === null) return [];
      return [
        {
          category: verdict.category,
          rule: verdict.rule,
          severity: verdict.severity,
          pathKey: finding.pathKey,
          message: verdict.message(`The draft's ${pathLabel(finding.pathKey)}`, candidateLabel(candidate)),
          details: detailsOf(candidate),
          legalReference: verdict.legalReference,
          key: candidate.citationKey,
        },
      ];
    }),
  );
}

function candidateLabel(candidate: OverlapReportCandidate): string {
  const document = candidate.documentNumber ?? candidate.documentTitle ?? candidate.documentId;
  return `${pathLabel(candidate.pathKey)} of ${document}`;
}

function detailsOf(candidate: OverlapReportCandidate) {
  const { differingValues, modality, sharedSpans, notes } = candidate.explanation;
  return {
    documentId: candidate.documentId,
    documentNumber: candidate.documentNumber,
    citationKey: candidate.citationKey,
    class: candidate.class,
    score: Math.round(candidate.score * 1000) / 1000,
    higherRanking: candidate.higherRanking,
    sharedText: sharedSpans.map((span) => span.text),
    differingValues: differingValues.map((value) => ({
      subject: value.subject,
      draft: value.query.text,
      inForce: value.candidate.text,
      confirmed: value.confirmed,
    })),
    modality: modality === undefined ? null : { draft: modality.query.marker, inForce: modality.candidate.marker, action: modality.query.action, confirmed: modality.confirmed },
    notes: [...notes],
  };
}
