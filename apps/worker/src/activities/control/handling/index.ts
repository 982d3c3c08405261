import { HANDLING_ACTIVITIES } from '@legis/domain';
import type { ActivityDependencies } from '../../activity-dependencies';
import { applyHandlingResult, type HandlingResultInput } from './apply-handling-result';
import { startHandlingDraft, type HandlingDraftInput } from './start-handling-draft';

/** The `run` effects of handling cases, under the names the case machine gives them. */
export function createHandlingActivities(deps: ActivityDependencies) {
  return {
    [HANDLING_ACTIVITIES.applyResult]: async (input: HandlingResultInput): Promise<void> => {
      await applyHandlingResult(deps, input);
    },
    [HANDLING_ACTIVITIES.startDraft]: (input: HandlingDraftInput): Promise<void> => startHandlingDraft(deps, input),
  };
}
