import type { BasisChangeActivities } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';
import { openBasisChangeReviews } from './open-basis-change-reviews';

/** Review on basis change: the fan-out that opens review cases. */
export function createReviewActivities(deps: ActivityDependencies): BasisChangeActivities {
  return { openBasisChangeReviews: (input) => openBasisChangeReviews(deps, input) };
}
