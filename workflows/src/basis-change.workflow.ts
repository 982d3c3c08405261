import { proxyActivities } from '@temporalio/workflow';
import type { BasisChangeActivities, BasisChangeInput, BasisChangeOutcome } from './contracts';

// One activity starts every case through the client (ids are deterministic, so a retry skips those
// already open); starting them as child workflows one by one would add a workflow task per case here.
const { openBasisChangeReviews } = proxyActivities<BasisChangeActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Review on basis change (REFERENCE §4.10), id `basis-change-<changeKey>`. */
export async function basisChangeReview(input: BasisChangeInput): Promise<BasisChangeOutcome> {
  return openBasisChangeReviews(input);
}
