import { allowedCaseActions, caseDeadlineResolved, openCase, ROLES, vietnamDateOf, type ControlCaseState, type Role } from '@legis/domain';
import type { ControlCaseInput } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';
import { createControlActivities } from '../control';
import { resolveDeadline } from '../deadline.activities';

/** Rows written at once; the pool of the worker's data source is shared with running activities. */
const PARALLEL_WRITES = 8;

/**
 * Lists every case as opened (revision 0, with its due date) before its workflow starts, through the
 * same pure opening and the same projection its workflow uses: a thousand workflows take a while to
 * run their first step, and the review must be on the reviewers' lists as soon as the change takes
 * effect. The workflow's own projections (revision 1 and up) replace these rows; a case already
 * listed is left as it is.
 */
export async function listOpenedCases(deps: ActivityDependencies, inputs: readonly Extract<ControlCaseInput, { opening: unknown }>[]): Promise<void> {
  const now = new Date();
  const at = { instant: now.toISOString(), date: vietnamDateOf(now) };
  const control = createControlActivities(deps);
  const resolved = new Map<string, Promise<string>>();
  const dueDateOf = (state: ControlCaseState) => {
    const { rule } = state.deadline!;
    const key = JSON.stringify(rule);
    if (!resolved.has(key)) resolved.set(key, resolveDeadline(deps)({ rule, remindWorkingDaysBefore: [] }).then((resolution) => resolution.dueDate));
    return resolved.get(key)!;
  };
  for (let start = 0; start < inputs.length; start += PARALLEL_WRITES) {
    await Promise.all(
      inputs.slice(start, start + PARALLEL_WRITES).map(async (input) => {
        let { state } = openCase(input.opening, at, input.settings ?? deps.procedures.controlSettings);
        if (state.deadline) state = caseDeadlineResolved(state, state.deadline.id, await dueDateOf(state)).state;
        const allowedActions = Object.fromEntries(ROLES.map((role) => [role, allowedCaseActions(state, { roles: [role], agencyId: state.assigneeAgencyId })])) as Record<Role, string[]>;
        await control.projectCase({ view: { state, allowedActions, today: at.date, revision: 0 }, history: state.history.entries });
      }),
    );
  }
}
