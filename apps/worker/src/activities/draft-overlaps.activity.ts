import { documentRank, vietnamDateOf } from '@legis/domain';
import { checkOverlaps, overlapUnits } from '@legis/search';
import type { OverlapOutcome } from '@legis/workflows/contracts';
import { ApplicationFailure } from '@temporalio/activity';
import type { ActivityDependencies } from './activity-dependencies';

/** Candidates kept per draft provision in the stored report. */
const CANDIDATES_PER_PROVISION = 10;

/**
 * Runs the overlap check of a draft version against the provisions in force on its planned
 * effective date (today when it has none) and stores the report for
 * GET /documents/{id}/versions/{v}/overlaps and the appraisal pre-check; the version is `indexed`
 * (its intake complete) once the report is stored.
 */
export async function checkDraftOverlaps(deps: ActivityDependencies, versionId: string): Promise<OverlapOutcome> {
  const version = await deps.documents.findVersionById(versionId);
  if (!version) throw ApplicationFailure.nonRetryable(`No version ${versionId}`, 'VERSION_NOT_FOUND');
  const document = (await deps.documents.findById(version.documentId))!;
  const units = overlapUnits(await deps.provisions.ofVersion(versionId));
  const asOf = document.effectiveDate ?? vietnamDateOf(Date.now());
  const report = await checkOverlaps(deps.meili, deps.search, deps.termStatistics, {
    units,
    asOf,
    excludeDocumentIds: [document.id],
    filters: { visibility: { agencyIds: 'all' } },
    limit: CANDIDATES_PER_PROVISION,
    authorityRank: documentRank({ ...document, issuerLevel: document.issuer?.level }),
  });
  await deps.overlapReports.save({ versionId, documentId: document.id, asOf, summary: report.summary, findings: report.findings, durationMs: report.durationMs });
  await deps.documents.setVersionStatus(versionId, 'indexed');
  return { units: report.units, findings: report.findings.length, durationMs: report.durationMs };
}
