import type { ActivityDependencies } from './activity-dependencies';
import { createSystemCheckActivities } from './system-check.activities';

export { buildActivityDependencies, type ActivityDependencies } from './activity-dependencies';

/** Every activity the worker registers, built from its dependencies (real ones, or a test's). */
export function createActivities(deps: ActivityDependencies) {
  return {
    ...createSystemCheckActivities(deps),
  };
}
