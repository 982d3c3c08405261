import type { IntakeActivities, ValidityActivities } from '@legis/workflows/contracts';
import type { ActivityDependencies } from './activity-dependencies';
import { createDeadlineActivities } from './deadline.activities';
import { createControlActivities } from './control';
import { createHandlingActivities } from './control/handling';
import { createReviewActivities } from './review';
import { createDraftActivities } from './drafts';
import { createDutyActivities } from './duties';
import { enterIntoForce } from './entry-into-force.activity';
import { checkDraftOverlaps } from './draft-overlaps.activity';
import { extractVersion } from './intake-extract.activity';
import { heartbeatingAll } from './heartbeating';
import { indexVersion } from './intake-index.activity';
import { parseVersion } from './intake-parse.activity';
import { createPetitionActivities } from './petitions';
import { createPublicationActivities } from './publication.activities';
import { createSystemCheckActivities } from './system-check.activities';
import { createSystematisationActivities } from './systematisation';

export { buildActivityDependencies, type ActivityDependencies } from './activity-dependencies';

/**
 * Activities of the main task queue, built from their dependencies (real ones, or a test's). Every
 * one heartbeats while it runs, so a workflow may give any of them a heartbeat timeout.
 */
export function createActivities(deps: ActivityDependencies) {
  const intake: Omit<IntakeActivities, 'extractVersion'> = {
    parseVersion: ({ versionId }) => parseVersion(deps, versionId),
    indexVersion: ({ versionId }) => indexVersion(deps, versionId),
    checkDraftOverlaps: ({ versionId }) => checkDraftOverlaps(deps, versionId),
  };
  const validity: ValidityActivities = { enterIntoForce: ({ documentId }) => enterIntoForce(deps, documentId) };
  return heartbeatingAll({ ...createSystemCheckActivities(deps), ...intake, ...createDeadlineActivities(deps), ...createPublicationActivities(deps), ...validity, ...createDraftActivities(deps), ...createControlActivities(deps), ...createHandlingActivities(deps), ...createSystematisationActivities(deps), ...createReviewActivities(deps), ...createPetitionActivities(deps), ...createDutyActivities(deps) });
}

/** Activities of the extraction task queue: CPU- and memory-heavy, run with low concurrency. */
export function createExtractActivities(deps: ActivityDependencies): Pick<IntakeActivities, 'extractVersion'> {
  return heartbeatingAll({ extractVersion: ({ versionId }) => extractVersion(deps, versionId) });
}
