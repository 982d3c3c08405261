import type { ReviewOverlap } from '@legis/domain';
import { checkOverlaps, overlapUnits } from '@legis/search';
import type { BasisChange } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';

/** The changed text checked per change: a whole law has hundreds of clauses; its first ones are kept. */
const UNITS_PER_CHANGE = 200;
/** Candidates kept per changed provision: the recall pool of the overlap engine is 2 × 20. */
const CANDIDATES_PER_UNIT = 40;
const OVERLAPS_PER_DOCUMENT = 50;

/**
 * The provisions of `dependents` that overlap the changed text: one overlap check per change (its
 * changed provisions, or the whole document) against everything in force on `asOf`, keeping the
 * candidates that belong to a dependent. The cost follows the size of the change, not the number of
 * dependents; a dependent outside a changed provision's best candidates is not reported.
 */
export async function changedTextOverlaps(
  deps: ActivityDependencies,
  changes: readonly BasisChange[],
  dependents: ReadonlySet<string>,
  asOf: string,
  exclude: readonly string[],
): Promise<Map<string, ReviewOverlap[]>> {
  const found = new Map<string, ReviewOverlap[]>();
  for (const change of changes) {
    const document = await deps.documents.findById(change.changedDocumentId);
    if (!document?.currentVersionId) continue;
    const paths = change.changedProvisionPaths;
    const provisions = (await deps.provisions.ofVersion(document.currentVersionId)).filter(
      (provision) => paths.length === 0 || paths.some((key) => provision.pathKey === key || provision.pathKey.startsWith(`${key}.`)),
    );
    const units = overlapUnits(provisions).slice(0, UNITS_PER_CHANGE);
    if (units.length === 0) continue;
    const report = await checkOverlaps(deps.meili, deps.search, deps.termStatistics, {
      units,
      asOf,
      excludeDocumentIds: [change.changedDocumentId, ...exclude],
      filters: { visibility: { agencyIds: 'all' } },
      limit: CANDIDATES_PER_UNIT,
      authorityRank: null,
    });
    for (const finding of report.findings) {
      for (const candidate of finding.candidates) {
        if (!dependents.has(candidate.documentId)) continue;
        const list = found.get(candidate.documentId) ?? [];
        if (list.length >= OVERLAPS_PER_DOCUMENT || list.some((o) => o.pathKey === candidate.pathKey && o.changedPathKey === finding.pathKey)) continue;
        list.push({ pathKey: candidate.pathKey, changedDocumentId: change.changedDocumentId, changedPathKey: finding.pathKey, class: candidate.class, scorePercent: Math.round(candidate.score * 100) });
        found.set(candidate.documentId, list);
      }
    }
  }
  return found;
}
