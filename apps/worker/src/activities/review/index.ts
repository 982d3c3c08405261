import type { BasisChangeActivities, BasisChangeIntakeActivities } from '@legis/workflows/contracts';
import type { ActivityDependencies } from '../activity-dependencies';
import { openBasisChangeReviews } from './open-basis-change-reviews';
import { reviewBasisChangeOnIntake } from './review-on-intake';

/** Review on basis change: the fan-out that opens review cases, and its start when intake loads a changing document. */
export function createReviewActivities(deps: ActivityDependencies): BasisChangeActivities & BasisChangeIntakeActivities {
  return {
    openBasisChangeReviews: (input) => openBasisChangeReviews(deps, input),
    reviewBasisChangeOnIntake: ({ documentId }) => reviewBasisChangeOnIntake(deps, documentId),
  };
}
